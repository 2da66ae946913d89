package nl.schakel.keten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.keten.Terugkoppeling.Moment;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The way back through keten: a region's terugkoppeling about a melding addressed to it is kept append-only and
 * announced once with ids only; the status of a melding is reported by its region and read back as the latest.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class KetenTerugkoppelingIT {

    private static final Instant SENT = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    KetenManagement keten;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private VeiligThuisRegio regio(String naam) {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals(naam))
                .findFirst()
                .orElseThrow();
    }

    private VeiligThuisRegio noord() {
        return regio("Veilig Thuis Demo-Noord");
    }

    private VeiligThuisRegio zuid() {
        return regio("Veilig Thuis Demo-Zuid");
    }

    /** A melding by leerkracht, sent through keten to the region. */
    private UUID sentTo(VeiligThuisRegio aan) {
        Actor melder = TestActors.actor(jdbc, "leerkracht");
        Melding m = new Melding(
                UUID.randomUUID(),
                aan,
                new Melding.Melder(
                        new TenantId(TestActors.tenantId(jdbc, TestActors.SCHOOL)),
                        TestActors.SCHOOL,
                        melder.userId(),
                        melder.displayName(),
                        melder.role(),
                        melder.beroepscluster(),
                        "0612345678"),
                List.of(new Melding.Betrokkene("Sam Terug", LocalDate.of(2018, 3, 4), null, Relatie.KIND)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Volgen.",
                true,
                null,
                false,
                SENT,
                Melding.Oordeel.ONBEKEND);
        return keten.send(melder, m);
    }

    private static Terugkoppeling terugkoppeling(UUID meldingId, VeiligThuisRegio van) {
        return Terugkoppeling.of(
                meldingId,
                van,
                Moment.NA_VEILIGHEIDSBEOORDELING,
                true,
                "Overdracht na veiligheidsbeoordeling",
                List.of("Wijkteam Noord"),
                true,
                "School volgt het verzuim en belt bij zorgen.",
                "Geheim-toelichting-over-Sam",
                "Vera Veilig",
                SENT);
    }

    /** A member of another region, as a region's own system would act for them. */
    private Actor vtMedewerkerOf(VeiligThuisRegio regio) {
        return new Actor(
                new UserId(UUID.randomUUID()),
                "vt-test",
                "VT Test",
                Role.VT_MEDEWERKER,
                regio.id(),
                null,
                null,
                Instant.now());
    }

    private int rows(String table, String column, UUID id) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM keten." + table + " WHERE " + column + " = ?", Integer.class, id);
    }

    @Test
    void aTerugkoppelingIsKeptAndAnnouncedOnceWithIdsOnly() {
        UUID meldingId = sentTo(noord());
        Terugkoppeling t = terugkoppeling(meldingId, noord());

        UUID id = keten.terugkoppelen(TestActors.actor(jdbc, "vt-noord"), t);

        assertThat(id).isEqualTo(t.id());
        assertThat(keten.terugkoppeling(id)).contains(t);
        assertThat(keten.terugkoppelingen(meldingId)).containsExactly(t);
        assertThat(rows("terugkoppeling", "id", id)).isEqualTo(1);
        assertThat(events.stream(TerugkoppelingSent.class)
                        .filter(e -> e.terugkoppelingId().equals(id)))
                .containsExactly(new TerugkoppelingSent(id, meldingId));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE '%Geheim-toelichting%'"
                                + " OR serialized_event LIKE '%Wijkteam Noord%'",
                        Integer.class))
                .as("the event registry holds ids only (ADR-0013)")
                .isZero();
    }

    @Test
    void aGedragswetenschapperOfTheRegionMaySendItToo() {
        UUID meldingId = sentTo(noord());

        keten.terugkoppelen(TestActors.actor(jdbc, "gw-noord"), terugkoppeling(meldingId, noord()));

        assertThat(keten.terugkoppelingen(meldingId)).hasSize(1);
    }

    @Test
    void onlyAWorkerOfTheAddressedRegionMaySendItAboutItsOwnMelding() {
        UUID meldingId = sentTo(noord());
        long before = events.stream(TerugkoppelingSent.class).count();

        for (String other : List.of("leerkracht", "af-school", "huisarts", "beheer-school")) {
            assertThatThrownBy(() ->
                            keten.terugkoppelen(TestActors.actor(jdbc, other), terugkoppeling(meldingId, noord())))
                    .as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() ->
                        keten.terugkoppelen(TestActors.actor(jdbc, "vt-noord"), terugkoppeling(meldingId, zuid())))
                .as("speaking for another region")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keten.terugkoppelen(vtMedewerkerOf(zuid()), terugkoppeling(meldingId, zuid())))
                .as("a melding addressed to another region")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("meldingId"));
        assertThatThrownBy(() -> keten.terugkoppelen(
                        TestActors.actor(jdbc, "vt-noord"), terugkoppeling(UUID.randomUUID(), noord())))
                .as("an unknown melding")
                .isInstanceOf(InvalidInputException.class);

        assertThat(rows("terugkoppeling", "melding_id", meldingId)).isZero();
        assertThat(events.stream(TerugkoppelingSent.class).count()).isEqualTo(before);
    }

    @Test
    void theTablesOfTheWayBackRefuseUpdateDeleteAndTruncate() {
        UUID meldingId = sentTo(noord());
        UUID id = keten.terugkoppelen(TestActors.actor(jdbc, "vt-noord"), terugkoppeling(meldingId, noord()));
        keten.statusMelden(noord(), new MeldingStatus(meldingId, VtStatus.ONTVANGEN, null, SENT));

        for (String table : List.of("terugkoppeling", "melding_status")) {
            assertThatThrownBy(() -> jdbc.update(
                            "UPDATE keten." + table + " SET van_tenant_id = van_tenant_id WHERE melding_id = ?",
                            meldingId))
                    .rootCause()
                    .hasMessageContaining("keten." + table + " is append-only: UPDATE refused");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM keten." + table + " WHERE melding_id = ?", meldingId))
                    .rootCause()
                    .hasMessageContaining("append-only: DELETE refused");
            assertThatThrownBy(() -> jdbc.execute("TRUNCATE keten." + table))
                    .rootCause()
                    .hasMessageContaining("append-only: TRUNCATE refused");
        }
        assertThat(rows("terugkoppeling", "id", id)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM keten.melding_status WHERE melding_id = ? AND op = ?",
                        Integer.class,
                        meldingId,
                        java.sql.Timestamp.from(SENT)))
                .as("our row is still there (Veilig Thuis reports its own 'received' too)")
                .isEqualTo(1);
    }

    @Test
    void theLatestStatusReportedByTheAddressedRegionIsRead() {
        UUID meldingId = sentTo(noord());
        assertThat(keten.status(UUID.randomUUID())).isEmpty();
        // The region reports "ontvangen" itself when it takes the melding in, at its own clock's time: the statuses
        // of this test come after that one, whatever day the test runs.
        Instant eigen = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> keten.status(meldingId), java.util.Optional::isPresent)
                .orElseThrow()
                .op();

        LocalDate uiterlijk = LocalDate.of(2026, 12, 4);
        MeldingStatus ontvangen =
                new MeldingStatus(meldingId, VtStatus.ONTVANGEN, uiterlijk, eigen.plusSeconds(86_400));
        MeldingStatus besluit =
                new MeldingStatus(meldingId, VtStatus.BESLUIT_GENOMEN, uiterlijk, eigen.plusSeconds(2 * 86_400));
        keten.statusMelden(noord(), besluit);
        keten.statusMelden(noord(), ontvangen);

        assertThat(keten.status(meldingId))
                .as("the status reached last, not the one stored last")
                .contains(besluit);

        assertThatThrownBy(() -> keten.statusMelden(
                        zuid(), new MeldingStatus(meldingId, VtStatus.AFGESLOTEN, null, eigen.plusSeconds(3 * 86_400))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("meldingId"));
        assertThatThrownBy(() -> keten.statusMelden(
                        noord(), new MeldingStatus(UUID.randomUUID(), VtStatus.ONTVANGEN, null, SENT)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(keten.status(meldingId)).contains(besluit);
    }
}
