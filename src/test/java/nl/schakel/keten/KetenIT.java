package nl.schakel.keten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The keten facade on its own: who may send, to which regions, and what a region gets to read back. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class KetenIT {

    @Autowired
    KetenManagement keten;

    @Autowired
    JdbcTemplate jdbc;

    private VeiligThuisRegio regio(String naam) {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals(naam))
                .findFirst()
                .orElseThrow();
    }

    private Melding melding(Actor melder, VeiligThuisRegio aan, boolean informed, String reden) {
        return new Melding(
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
                List.of(new Melding.Betrokkene("Sam Keten", LocalDate.of(2018, 3, 4), null, Relatie.KIND)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "Volgen.",
                informed,
                reden,
                false,
                Instant.now(),
                Melding.Oordeel.ONBEKEND);
    }

    private int rows(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM keten.melding WHERE id = ?", Integer.class, id);
    }

    @Test
    void aMeldingIsKeptAndReadByTheAddressedRegionOnly() {
        Melding m = melding(TestActors.actor(jdbc, "leerkracht"), regio("Veilig Thuis Demo-Noord"), true, null);

        keten.send(TestActors.actor(jdbc, "leerkracht"), m);

        assertThat(keten.melding(regio("Veilig Thuis Demo-Noord"), m.id())).contains(m);
        assertThat(keten.melding(regio("Veilig Thuis Demo-Zuid"), m.id())).isEmpty();
    }

    @Test
    void theMeldersJudgementTravelsWithTheMeldingAndAnOlderPayloadWithoutItStillReads() {
        Melding zonder = melding(TestActors.actor(jdbc, "leerkracht"), regio("Veilig Thuis Demo-Noord"), true, null);
        Melding m = new Melding(
                zonder.id(),
                zonder.aan(),
                zonder.melder(),
                zonder.betrokkenen(),
                zonder.signalen(),
                zonder.consultaties(),
                zonder.gesprekken(),
                zonder.afwegingen(),
                zonder.beslissingen(),
                zonder.watBlijfIkDoen(),
                zonder.clientGeinformeerd(),
                zonder.redenNietGeinformeerd(),
                zonder.anoniemNaarGezin(),
                zonder.verzondenOp(),
                new Melding.Oordeel(true, true, false));

        keten.send(TestActors.actor(jdbc, "leerkracht"), m);

        Melding gelezen =
                keten.melding(regio("Veilig Thuis Demo-Noord"), m.id()).orElseThrow();
        assertThat(gelezen.oordeel()).isEqualTo(new Melding.Oordeel(true, true, false));
        assertThat(gelezen.oordeel().acuut()).isTrue();

        // a payload stored before the judgement was sent along (the table is append-only: a copy under a new id)
        UUID oudId = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO keten.melding (id, van_tenant_id, aan_tenant_id, verzonden_op, payload)"
                        + " SELECT ?, van_tenant_id, aan_tenant_id, verzonden_op,"
                        + " jsonb_set(payload - 'oordeel', '{id}', to_jsonb(?::text)) FROM keten.melding WHERE id = ?",
                oudId,
                oudId.toString(),
                m.id());
        assertThat(jdbc.queryForObject(
                        "SELECT payload -> 'oordeel' IS NULL FROM keten.melding WHERE id = ?", Boolean.class, oudId))
                .isTrue();
        Melding oud = keten.melding(regio("Veilig Thuis Demo-Noord"), oudId).orElseThrow();
        assertThat(oud.oordeel()).isEqualTo(Melding.Oordeel.ONBEKEND);
        assertThat(oud.oordeel().acuut()).isFalse();
        assertThat(oud.betrokkenen()).isEqualTo(m.betrokkenen());
    }

    @Test
    void onlyTheMelderOfTheOwnOrganisationMaySend() {
        Melding m = melding(TestActors.actor(jdbc, "leerkracht"), regio("Veilig Thuis Demo-Noord"), true, null);

        for (String other : List.of("af-school", "huisarts", "beheer-school", "vt-noord")) {
            assertThatThrownBy(() -> keten.send(TestActors.actor(jdbc, other), m))
                    .as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rows(m.id())).isZero();
    }

    @Test
    void anUnknownRegionAndRule17WithoutAReasonAreRefused() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        VeiligThuisRegio school =
                new VeiligThuisRegio(new TenantId(TestActors.tenantId(jdbc, TestActors.SCHOOL)), "Geen Veilig Thuis");
        Melding toSchool = melding(leerkracht, school, true, null);
        Melding withoutReason = melding(leerkracht, regio("Veilig Thuis Demo-Noord"), false, " ");

        assertThatThrownBy(() -> keten.send(leerkracht, toSchool))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("regio"));
        assertThatThrownBy(() -> keten.send(leerkracht, withoutReason))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("redenNietGeinformeerd"));
        assertThat(rows(toSchool.id()) + rows(withoutReason.id())).isZero();
    }
}
