package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TestMeldingen;
import nl.schakel.dossier.domain.Terugkoppeling;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.MeldingStatus;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.keten.VtStatus;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen.Herinnering;
import nl.schakel.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The terugkoppeling of Veilig Thuis arrives in the dossier the melding was sent from (rule 41): once, however often
 * its event is delivered, with its access-log row, and as a reminder for the owner until they open the dossier; the
 * Veilig Thuis status of the melding is shown with the dossier.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class DossierTerugkoppelingIT {

    private static final Instant SENT = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    TerugkoppelingManagement terugkoppelingen;

    @Autowired
    TerugkoppelingOntvangst ontvangst;

    @Autowired
    KetenManagement keten;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private VeiligThuisRegio noord() {
        return TestMeldingen.noord(keten);
    }

    /** A dossier of leerkracht with a melding sent to Demo-Noord; returns the dossier and the melding's keten id. */
    private record Sent(UUID dossierId, UUID meldingId) {}

    private Sent dossierWithASentMelding() {
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers,
                meldingen,
                keten,
                jdbc,
                "Sam Terugkoppeling",
                "123456782",
                "Sam vertelt dat er thuis geslagen wordt.",
                "Ik blijf Sam op school volgen.");
        return new Sent(v.dossierId(), v.meldingId());
    }

    private UUID terugkoppelen(UUID meldingId) {
        return keten.terugkoppelen(
                actor("vt-noord"),
                nl.schakel.keten.Terugkoppeling.of(
                        meldingId,
                        noord(),
                        nl.schakel.keten.Terugkoppeling.Moment.NA_VEILIGHEIDSBEOORDELING,
                        true,
                        "Overdracht na veiligheidsbeoordeling",
                        List.of("Wijkteam Noord"),
                        true,
                        "School volgt het verzuim.",
                        "",
                        "Vera Veilig",
                        SENT));
    }

    private int entries(UUID dossier) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'TERUGKOPPELING'",
                Integer.class,
                dossier);
    }

    private int logRows(UUID dossier) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'dossier' AND object_id = ?"
                        + " AND event = 'dossier.terugkoppeling.ontvangen' AND outcome = 'GESLAAGD'"
                        + " AND segment = 'terugkoppeling'",
                Integer.class,
                dossier.toString());
    }

    private List<Herinnering> remindersAbout(String username, UUID dossier) {
        return terugkoppelingen.open(actor(username)).stream()
                .filter(h -> h.href().equals("/dossiers/" + dossier))
                .toList();
    }

    @Test
    void aTerugkoppelingArrivesOnceInTheDossierOfItsMelding() {
        Sent sent = dossierWithASentMelding();

        UUID id = terugkoppelen(sent.meldingId());

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(entries(sent.dossierId())).isEqualTo(1));
        var entry = dossiers.dossier(actor("leerkracht"), sent.dossierId()).journal().stream()
                .filter(e -> e.payload() instanceof Terugkoppeling)
                .findFirst()
                .orElseThrow();
        assertThat(entry.authorName()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(entry.authorRole()).isEqualTo(Role.VT_MEDEWERKER);
        Terugkoppeling t = (Terugkoppeling) entry.payload();
        assertThat(t.terugkoppelingId()).isEqualTo(id);
        assertThat(t.meldingId()).isEqualTo(sent.meldingId());
        assertThat(t.moment()).isEqualTo(Terugkoppeling.Moment.NA_VEILIGHEIDSBEOORDELING);
        assertThat(t.vervolg()).isTrue();
        assertThat(t.besluit()).isEqualTo("Overdracht na veiligheidsbeoordeling");
        assertThat(t.ontvangendePartijen()).containsExactly("Wijkteam Noord");
        assertThat(t.voorwaardenEnAfspraken()).isEqualTo("School volgt het verzuim.");
        assertThat(t.afzender()).isEqualTo("Vera Veilig");
        assertThat(logRows(sent.dossierId())).isEqualTo(1);

        assertThat(ontvangst.receive(id)).as("a repeated delivery").isFalse();
        assertThat(entries(sent.dossierId())).isEqualTo(1);
        assertThat(logRows(sent.dossierId())).isEqualTo(1);
        assertThat(remindersAbout("leerkracht", sent.dossierId())).hasSize(1);
    }

    @Test
    void theOwnerIsRemindedUntilTheyOpenTheDossier() {
        Sent sent = dossierWithASentMelding();
        terugkoppelen(sent.meldingId());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(remindersAbout("leerkracht", sent.dossierId()))
                        .hasSize(1));

        assertThat(remindersAbout("leerkracht", sent.dossierId()))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.messageKey()).isEqualTo("terugkoppeling.herinnering");
                    assertThat(h.datum()).isEqualTo(dossiers.today());
                });
        assertThat(remindersAbout("af-school", sent.dossierId()))
                .as("not the owner")
                .isEmpty();

        terugkoppelingen.gelezen(actor("af-school"), dossiers.dossier(actor("af-school"), sent.dossierId()));
        assertThat(remindersAbout("leerkracht", sent.dossierId()))
                .as("another user opening the dossier")
                .hasSize(1);

        terugkoppelingen.gelezen(actor("leerkracht"), dossiers.dossier(actor("leerkracht"), sent.dossierId()));
        assertThat(remindersAbout("leerkracht", sent.dossierId())).isEmpty();
    }

    @Test
    void theVeiligThuisStatusOfEachMeldingIsShownWithTheDossier() {
        Sent sent = dossierWithASentMelding();
        DossierView view = dossiers.dossier(actor("leerkracht"), sent.dossierId());
        // Demo-Noord takes the melding in after the commit and reports "ontvangen" itself
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> terugkoppelingen.vtStatus(view).containsKey(sent.meldingId()));
        assertThat(terugkoppelingen.vtStatus(view).get(sent.meldingId()).status())
                .isEqualTo(VtStatus.ONTVANGEN);

        MeldingStatus status =
                new MeldingStatus(sent.meldingId(), VtStatus.BESLUIT_GENOMEN, null, SENT.plusSeconds(86_400 * 30));
        keten.statusMelden(noord(), status);

        assertThat(terugkoppelingen.vtStatus(view)).containsExactly(java.util.Map.entry(sent.meldingId(), status));
    }
}
