package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TotpCodes;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.TermijnOverzicht;
import nl.schakel.veiligthuis.domain.Veiligheidscheck;
import nl.schakel.veiligthuis.domain.WachtrijRegel;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue of a fresh region seeded with meldingen received 0 to 20 working days ago: the order of rule 34, the
 * working days left, the re-triage flags, marking acute later, the teamleider's weekly figures and late list; another
 * region's cases never appear, and every read and refusal is in the access log.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class WachtrijIT {

    @Autowired
    Wachtrij wachtrij;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    ZaakStore store;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    Werkdagkalender kalender;

    @Autowired
    JdbcTemplate jdbc;

    private TenantId regio;
    private Actor medewerker;
    private Actor teamleider;
    private LocalDate today;

    @BeforeEach
    void region() {
        regio = organisation.createSystemTenant(
                "Veilig Thuis Wachtrij " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.VEILIG_THUIS_REGIO,
                Set.of(),
                Set.of());
        medewerker = TestActors.actor(jdbc, account("vtw-mw", Role.VT_MEDEWERKER));
        teamleider = TestActors.actor(jdbc, account("vtw-tl", Role.VT_TEAMLEIDER));
        today = wachtrij.today();
    }

    private String account(String prefix, Role role) {
        String username = TestActors.uniqueUsername(prefix);
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        "Test " + username,
                        TotpCodes.DEMO_PASSWORD,
                        regio,
                        TenantKind.VEILIG_THUIS_REGIO,
                        null,
                        role,
                        null),
                TotpCodes.DEMO_SECRET);
        return username;
    }

    /** The working day that many working days before today (today itself for 0). */
    private LocalDate werkdagenGeleden(int n) {
        LocalDate dag = today;
        int geteld = 0;
        while (geteld < n) {
            dag = dag.minusDays(1);
            if (kalender.isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    private UUID melding(String naam, LocalDate ontvangen) {
        Instant now = Instant.now();
        Instant om = ontvangen.equals(today)
                ? now.minusSeconds(60)
                : ZonedDateTime.of(ontvangen, LocalTime.of(10, 0), Intake.NL).toInstant();
        return veiligThuis.registreer(
                medewerker, VeiligThuisIntakeIT.melding(naam, LocalDate.of(2015, 3, 4), "", om, now));
    }

    /**
     * Issue 9: 2 January 2026 is equated with a holiday by decree (migration V4_3), so a melding received on Wednesday
     * 24 December 2025, or on Saturday 27 December, is due on 6 January 2026 in the queue, not on 5 January.
     */
    @Test
    void aMeldingReceivedOn24December2025IsDueOn6January2026InTheQueue() {
        UUID kerst = melding("Kerst Wachtrij", LocalDate.of(2025, 12, 24));
        UUID zaterdag = melding("Zaterdag Wachtrij", LocalDate.of(2025, 12, 27));

        List<WachtrijRegel> regels = wachtrij.regels(medewerker);

        assertThat(regels)
                .filteredOn(r -> r.zaakId().equals(kerst) || r.zaakId().equals(zaterdag))
                .extracting(WachtrijRegel::uiterlijk)
                .containsExactly(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 6));
        assertThat(store.find(regio, kerst).orElseThrow().vbUiterlijk()).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    private int logRows(String event, String username, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND username = ? AND outcome = ?",
                Integer.class,
                event,
                username,
                outcome);
    }

    private boolean teLaat(UUID id) {
        return today.isAfter(store.find(regio, id).orElseThrow().vbUiterlijk());
    }

    @Test
    void theQueueOrdersAcuteFirstThenByDeadlineWithDaysLeftAndReTriageFlags() {
        LocalDate dagA = werkdagenGeleden(8);
        UUID a = melding("Wachtrij Acht", dagA);
        UUID e = melding("Wachtrij Zes", werkdagenGeleden(6));
        UUID b = melding("Wachtrij Vier", werkdagenGeleden(4));
        UUID c = melding("Wachtrij Twee", werkdagenGeleden(2));
        UUID d = melding("Wachtrij Vandaag", today);
        veiligThuis.veiligheidscheck(medewerker, e, Veiligheidscheck.of("Moeder gebeld: de kinderen zijn veilig."));

        // the region's queue, before and after marking the newest melding acute
        assertThat(wachtrij.regels(medewerker))
                .extracting(WachtrijRegel::zaakId)
                .containsExactly(a, e, b, c, d);
        wachtrij.markeerAcuut(medewerker, d, AcuutGemarkeerd.of("Dreiging met een mes."));
        List<WachtrijRegel> regels = wachtrij.regels(medewerker);
        assertThat(regels).extracting(WachtrijRegel::zaakId).containsExactly(d, a, e, b, c);

        WachtrijRegel regelA = regels.get(1);
        LocalDate uiterlijkA = kalender.werkdagenNa(dagA, 5);
        assertThat(regelA.naam()).isEqualTo("Wachtrij Acht");
        assertThat(regelA.uiterlijk()).isEqualTo(uiterlijkA);
        assertThat(regelA.werkdagenOver())
                .isEqualTo(kalender.werkdagenTussen(today, uiterlijkA))
                .isNegative();
        assertThat(regelA.teLaat()).isTrue();
        assertThat(regelA.laatsteVeiligheidscheck()).isNull();
        assertThat(regelA.hertriage()).isTrue();

        WachtrijRegel regelD = regels.getFirst();
        assertThat(regelD.acuut()).isTrue();
        assertThat(regelD.werkdagenOver()).isEqualTo(kalender.werkdagenTussen(today, kalender.werkdagenNa(today, 5)));
        assertThat(regelD.teLaat()).isFalse();
        assertThat(regelD.hertriage()).isFalse();

        // re-triage: more than two working days since receipt without a check; a check today clears it
        assertThat(regels.get(2).laatsteVeiligheidscheck()).isEqualTo(today);
        assertThat(regels.get(2).hertriage()).isFalse();
        assertThat(regels.get(3).hertriage()).isTrue();
        assertThat(regels.get(4).hertriage())
                .as("two working days without a check is not yet too long")
                .isFalse();
        assertThat(WachtrijRegel.Telling.van(regels).acuut()).isEqualTo(1);

        // the mark is on the case and in its journal; marking again is refused
        assertThat(veiligThuis.zaak(medewerker, d).zaak().acuut()).isTrue();
        assertThat(veiligThuis.zaak(medewerker, d).latest(AcuutGemarkeerd.class))
                .hasValue(new AcuutGemarkeerd("Dreiging met een mes."));
        assertThatThrownBy(() -> wachtrij.markeerAcuut(medewerker, d, AcuutGemarkeerd.of("Nog eens.")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsEntry("", "vtw.fout.alacuut"));
        assertThatThrownBy(() -> AcuutGemarkeerd.of(" ")).isInstanceOf(InvalidInputException.class);

        // another region's cases never appear, and its worker cannot mark ours acute
        Actor noord = TestActors.actor(jdbc, "vt-noord");
        assertThat(wachtrij.regels(noord)).extracting(WachtrijRegel::zaakId).doesNotContain(a, b, c, d, e);
        assertThatThrownBy(() -> wachtrij.markeerAcuut(noord, c, AcuutGemarkeerd.of("Niet van ons.")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> wachtrij.regels(TestActors.actor(jdbc, "leerkracht")))
                .isInstanceOf(AccessDeniedException.class);

        // the log: each look at the queue is one read; marking acute is a change of the case
        assertThat(logRows("veiligthuis.wachtrij", medewerker.username(), "GESLAAGD"))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.acuut'"
                                + " AND object_id = ? AND outcome = 'GESLAAGD' AND action = 'C'",
                        Integer.class,
                        d.toString()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.acuut'"
                                + " AND object_id = ? AND outcome = 'GEWEIGERD' AND username = 'vt-noord'",
                        Integer.class,
                        c.toString()))
                .isEqualTo(1);
    }

    @Test
    void theTeamleiderSeesTheWeeklyFiguresAndTheLateList() {
        LocalDate dagF = werkdagenGeleden(20);
        UUID opTijd = melding("Termijn Op Tijd", dagF);
        LocalDate uiterlijkF = kalender.werkdagenNa(dagF, 5);
        store.updateStatus(opTijd, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.BESLUIT_VOORGESTELD);
        store.updateBesluit(
                opTijd,
                Besluit.VOORWAARDEN_EN_VERVOLG,
                ZonedDateTime.of(uiterlijkF, LocalTime.of(16, 0), Intake.NL).toInstant());
        LocalDate dagG = werkdagenGeleden(15);
        UUID laatAf = melding("Termijn Te Laat", dagG);
        LocalDate uiterlijkG = kalender.werkdagenNa(dagG, 5);
        store.updateStatus(laatAf, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.BESLUIT_VOORGESTELD);
        store.updateBesluit(
                laatAf,
                Besluit.EINDE_BEMOEIENIS,
                ZonedDateTime.of(uiterlijkG.plusDays(1), LocalTime.of(9, 0), Intake.NL)
                        .toInstant());
        UUID open8 = melding("Termijn Acht", werkdagenGeleden(8));
        UUID open4 = melding("Termijn Vier", werkdagenGeleden(4));
        UUID open0 = melding("Termijn Vandaag", today);

        Wachtrij.Termijnen termijnen = wachtrij.termijnen(teamleider);
        TermijnOverzicht overzicht = termijnen.overzicht();

        assertThat(overzicht.weken()).hasSize(10);
        assertThat(overzicht.weken().stream()
                        .mapToInt(TermijnOverzicht.Week::verwacht)
                        .sum())
                .isEqualTo(5);
        TermijnOverzicht.Week weekF = week(overzicht, uiterlijkF);
        assertThat(weekF.opTijd()).isEqualTo(1);
        TermijnOverzicht.Week weekG = week(overzicht, uiterlijkG);
        assertThat(weekG.teLaatAfgerond()).isEqualTo(1);
        assertThat(overzicht.weken().stream()
                        .mapToInt(TermijnOverzicht.Week::opTijd)
                        .sum())
                .isEqualTo(1);
        assertThat(overzicht.weken().stream()
                        .mapToInt(TermijnOverzicht.Week::teLaatAfgerond)
                        .sum())
                .isEqualTo(1);
        List<UUID> laat =
                List.of(open8, open4, open0).stream().filter(this::teLaat).toList();
        assertThat(laat).contains(open8);
        assertThat(overzicht.weken().stream()
                        .mapToInt(TermijnOverzicht.Week::openTeLaat)
                        .sum())
                .isEqualTo(laat.size());

        // the list below: the late open meldingen (and any nearly late), earliest deadline first
        assertThat(overzicht.signaleringen())
                .extracting(TermijnOverzicht.Signalering::zaakId)
                .startsWith(open8);
        assertThat(overzicht.signaleringen())
                .extracting(TermijnOverzicht.Signalering::zaakId)
                .doesNotContain(opTijd, laatAf, open0);
        assertThat(overzicht.signaleringen().getFirst().werkdagenTeLaat())
                .isEqualTo(kalender.werkdagenTussen(kalender.werkdagenNa(werkdagenGeleden(8), 5), today));

        // only the teamleider; a refusal is logged
        assertThatThrownBy(() -> wachtrij.termijnen(medewerker)).isInstanceOf(AccessDeniedException.class);
        assertThat(logRows("veiligthuis.termijnen", medewerker.username(), "GEWEIGERD"))
                .isEqualTo(1);
        assertThat(logRows("veiligthuis.termijnen", teamleider.username(), "GESLAAGD"))
                .isEqualTo(1);
        assertThat(wachtrij.regels(teamleider))
                .extracting(WachtrijRegel::zaakId)
                .containsExactlyInAnyOrder(open8, open4, open0);
    }

    private static TermijnOverzicht.Week week(TermijnOverzicht overzicht, LocalDate dag) {
        return overzicht.weken().stream()
                .filter(w -> w.week() == dag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                        && w.jaar() == dag.get(IsoFields.WEEK_BASED_YEAR))
                .findFirst()
                .orElseThrow();
    }
}
