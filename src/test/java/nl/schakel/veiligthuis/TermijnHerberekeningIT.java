package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TotpCodes;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.Kalenderbeheer;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When the list of equated days changes, the deadline of every melding whose veiligheidsbeoordeling is still open is
 * computed again on the new calendar (through the event from organisation), and each moved deadline is in the access
 * log of the case's region; a deadline stored before the list existed is put right at start-up; doing it twice moves
 * nothing twice.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class TermijnHerberekeningIT {

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    TermijnHerberekening herberekening;

    @Autowired
    Kalenderbeheer kalenderbeheer;

    @Autowired
    ZaakStore store;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    private TenantId regio;
    private Actor medewerker;

    @BeforeEach
    void region() {
        regio = organisation.createSystemTenant(
                "Veilig Thuis Termijn " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.VEILIG_THUIS_REGIO,
                Set.of(),
                Set.of());
        String username = TestActors.uniqueUsername("vth-mw");
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        "Test " + username,
                        TotpCodes.DEMO_PASSWORD,
                        regio,
                        TenantKind.VEILIG_THUIS_REGIO,
                        null,
                        Role.VT_MEDEWERKER,
                        null),
                TotpCodes.DEMO_SECRET);
        medewerker = TestActors.actor(jdbc, username);
    }

    private UUID melding(LocalDate ontvangen) {
        Instant om = ZonedDateTime.of(ontvangen, LocalTime.of(10, 0), Intake.NL).toInstant();
        return veiligThuis.registreer(
                medewerker,
                VeiligThuisIntakeIT.melding("Termijn Kind", LocalDate.of(2016, 3, 4), "", om, Instant.now()));
    }

    private LocalDate uiterlijk(UUID zaak) {
        return store.find(regio, zaak).orElseThrow().vbUiterlijk();
    }

    private int logRows(UUID zaak) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.termijn.herberekend'"
                        + " AND object_id = ? AND tenant_id = ? AND outcome = 'GESLAAGD'",
                Integer.class,
                zaak.toString(),
                regio.value());
    }

    /**
     * A melding of 24 December 2025 whose deadline was stored before 2 January 2026 was known (5 January) gets 6
     * January at start-up, once, with one access-log row; running again changes nothing.
     */
    @Test
    void aDeadlineStoredOnAnOlderCalendarIsPutRightAtStartUpOnce() {
        UUID zaak = melding(LocalDate.of(2025, 12, 24));
        assertThat(uiterlijk(zaak)).isEqualTo(LocalDate.of(2026, 1, 6));
        jdbc.update("UPDATE veiligthuis.zaak SET vb_uiterlijk = DATE '2026-01-05' WHERE id = ?", zaak);
        jdbc.update("UPDATE veiligthuis.termijn_kalender SET versie = -1");

        herberekening.bijStart();

        assertThat(uiterlijk(zaak)).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(logRows(zaak)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT purpose FROM audit.access_log WHERE event = 'veiligthuis.termijn.herberekend'"
                                + " AND object_id = ?",
                        String.class,
                        zaak.toString()))
                .contains("2026-01-05 -> 2026-01-06");

        herberekening.bijStart();
        herberekening.herbereken();
        assertThat(logRows(zaak)).isEqualTo(1);
    }

    /**
     * A day added by a decree moves the open deadline one working day on; withdrawing it moves the deadline back. Each
     * move is one access-log row in the region's log.
     */
    @Test
    void addingAndWithdrawingAnEquatedDayMovesTheOpenDeadlines() {
        Actor platform = TestActors.actor(jdbc, "platform");
        UUID zaak = melding(LocalDate.of(2024, 11, 13));
        assertThat(uiterlijk(zaak)).isEqualTo(LocalDate.of(2024, 11, 20));

        UUID besluit = kalenderbeheer.voegBesluitToe(platform, "Testbesluit herberekening 2024", "", "15-11-2024");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(uiterlijk(zaak)).isEqualTo(LocalDate.of(2024, 11, 21)));
        assertThat(logRows(zaak)).isEqualTo(1);

        kalenderbeheer.trekDagIn(
                platform, new Kalenderbeheer.Keuze(besluit, LocalDate.of(2024, 11, 15)).waarde(), "Testdag");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(uiterlijk(zaak)).isEqualTo(LocalDate.of(2024, 11, 20)));
        assertThat(logRows(zaak)).isEqualTo(2);
    }
}
