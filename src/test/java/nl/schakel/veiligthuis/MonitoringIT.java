package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
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
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.Dienststand;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Monitoringsmoment;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.AntwoordInvoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.BevindingInvoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.GesprekInvoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate;
import nl.schakel.veiligthuis.domain.Monitoringsplan;
import nl.schakel.veiligthuis.domain.Overgang;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.VervolgmeldingOntvangen;
import nl.schakel.veiligthuis.domain.VoorwaardeStatus;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monitoring of a case brought into MONITORING in a fresh region: the monitoring moment with the child of 6 heard
 * (rule 39) and a voorwaarde not kept, the conclusion of stable safety approved by another gedragswetenschapper that
 * closes the case so that the next melding about the family is a hermelding (rule 55), a vervolgmelding during
 * monitoring linked to the case and leading to a new veiligheidsbeoordeling, late moments in the queue, and every
 * step in the access log.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class MonitoringIT {

    @Autowired
    MonitoringManagement monitoring;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    ZaakStore store;

    @Autowired
    ZaakAccess access;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    private TenantId regio;
    private Actor medewerker;
    private Actor gw;
    private Actor gwTwee;
    private Actor teamleider;
    private LocalDate vandaag;
    private String familie;

    @BeforeEach
    void region() {
        regio = organisation.createSystemTenant(
                "Veilig Thuis Monitoring " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.VEILIG_THUIS_REGIO,
                Set.of(),
                Set.of());
        medewerker = TestActors.actor(jdbc, account("vtm-mw", Role.VT_MEDEWERKER));
        gw = TestActors.actor(jdbc, account("vtm-gw", Role.GEDRAGSWETENSCHAPPER));
        gwTwee = TestActors.actor(jdbc, account("vtm-gw2", Role.GEDRAGSWETENSCHAPPER));
        teamleider = TestActors.actor(jdbc, account("vtm-tl", Role.VT_TEAMLEIDER));
        vandaag = access.vandaag();
        familie = "Monitor" + UUID.randomUUID().toString().substring(0, 6);
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

    /** A melding about a mother and her child of 6. */
    private UUID melding() {
        Instant nu = Instant.now();
        return veiligThuis.registreer(
                medewerker,
                Intake.of(
                        ZaakSoort.MELDING,
                        nu.minusSeconds(60),
                        Beller.BEROEPSKRACHT,
                        false,
                        new Intake.MelderInvoer("Huisarts Testmelder", "Praktijk Test", "0201234567", false),
                        MelderCategorie.GEZONDHEIDSZORG,
                        List.of(
                                new Intake.PersoonInvoer(
                                        "Moeder " + familie,
                                        vandaag.minusYears(34),
                                        Geslacht.VROUW,
                                        "",
                                        BetrokkeneRol.SLACHTOFFER),
                                new Intake.PersoonInvoer(
                                        "Kind " + familie,
                                        vandaag.minusYears(6),
                                        Geslacht.MAN,
                                        "",
                                        BetrokkeneRol.KIND_IN_HUISHOUDEN)),
                        List.of(),
                        Set.of(VormVanGeweld.ANDERS),
                        false,
                        "Moeder vertelt over klappen thuis.",
                        nu));
    }

    /** A case that entered monitoring on the day, with two veiligheidsvoorwaarden. */
    private UUID gemonitord(LocalDate sinds) {
        UUID id = melding();
        assertThat(store.updateStatus(id, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.MONITORING, sinds))
                .isTrue();
        voorwaarde(id, Veiligheidsvoorwaarde.of("Vader drinkt niet als de kinderen thuis zijn.", "Vader", "Wijkteam"));
        voorwaarde(id, Veiligheidsvoorwaarde.of("De kinderen gaan elke dag naar school.", "Ouders", "School"));
        return id;
    }

    private void voorwaarde(UUID zaak, Veiligheidsvoorwaarde v) {
        store.insertEntry(JournalEntry.of(
                zaak, Instant.now(), medewerker.userId(), medewerker.displayName(), Role.VT_MEDEWERKER, null, v));
    }

    private Monitoringsmoment.Invoer moment(
            ZaakView zaak, LocalDate gepland, boolean kindGesproken, String afspraak, Mate mate) {
        Directbetrokkene moeder = zaak.betrokkenen().get(0);
        Directbetrokkene kind = zaak.betrokkenen().get(1);
        List<BevindingInvoer> bevindingen =
                monitoring.bekijk(medewerker, zaak.zaak().id()).voorwaarden().alle().stream()
                        .map(v -> new BevindingInvoer(
                                v.id(),
                                v.geldend().tekst().startsWith("Vader") && mate != Mate.JA
                                        ? VoorwaardeStatus.NIET
                                        : VoorwaardeStatus.NAGELEEFD,
                                "Gesprek met moeder en met de school."))
                        .toList();
        AntwoordInvoer antwoord = new AntwoordInvoer(mate, "Toelichting bij het antwoord.");
        return new Monitoringsmoment.Invoer(
                vandaag,
                gepland,
                List.of(
                        new GesprekInvoer(moeder.id(), true, ""),
                        new GesprekInvoer(kind.id(), kindGesproken, afspraak)),
                kindGesproken ? "Het is thuis rustiger, papa schreeuwt minder." : "",
                bevindingen,
                antwoord,
                antwoord,
                antwoord);
    }

    private int logRows(String event, Actor by, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND username = ? AND outcome = ?",
                Integer.class,
                event,
                by.username(),
                outcome);
    }

    @Test
    void rule39_aMomentWithoutTheChildOfSixHeardOrAnAgreementIsRefusedAndWithTheChildHeardItIsRecorded() {
        UUID id = gemonitord(vandaag.minusMonths(3).minusDays(1));
        ZaakView zaak = veiligThuis.zaak(medewerker, id);
        LocalDate drie = Monitoringsplan.drieMaanden(zaak.zaak().monitoringSinds());

        assertThatThrownBy(() -> monitoring.legVast(medewerker, id, moment(zaak, drie, false, "", Mate.DEELS)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry(
                                        Monitoringsmoment.afspraakVeld(
                                                zaak.betrokkenen().get(1).id()),
                                        "monitoring.fout.kindnietgesproken"));
        assertThat(veiligThuis.zaak(medewerker, id).all(Monitoringsmoment.class))
                .isEmpty();

        monitoring.legVast(medewerker, id, moment(zaak, drie, true, "", Mate.DEELS));

        Monitoringsplan plan = veiligThuis.zaak(medewerker, id).monitoring().orElseThrow();
        assertThat(plan.momenten().getFirst().vervuld()).isEqualTo(vandaag);
        assertThat(plan.teLaat()).isEmpty();
        assertThat(plan.laatste().orElseThrow().nietNageleefd()).hasSize(1);
        assertThat(plan.laatste().orElseThrow().kindVertelt()).contains("rustiger");
        assertThat(logRows("veiligthuis.monitoring.moment", medewerker, "GESLAAGD"))
                .isEqualTo(1);
    }

    @Test
    void aLateMomentIsFlaggedInTheQueueUntilAMomentFulfilsIt() {
        UUID id = gemonitord(vandaag.minusMonths(4));
        ZaakView zaak = veiligThuis.zaak(medewerker, id);
        LocalDate drie = Monitoringsplan.drieMaanden(zaak.zaak().monitoringSinds());

        assertThat(monitoring.signaleringen(teamleider)).singleElement().satisfies(s -> {
            assertThat(s.zaakId()).isEqualTo(id);
            assertThat(s.teLaat()).containsExactly(drie);
        });
        monitoring.legVast(medewerker, id, moment(zaak, drie, true, "", Mate.DEELS));
        assertThat(monitoring.signaleringen(medewerker)).isEmpty();
    }

    @Test
    void theConclusionOfStableSafetyIsApprovedByAnotherGedragswetenschapperAndTheNextMeldingIsAHermelding() {
        UUID id = gemonitord(vandaag.minusMonths(12));
        ZaakView zaak = veiligThuis.zaak(medewerker, id);
        LocalDate twaalf = Monitoringsplan.twaalfMaanden(zaak.zaak().monitoringSinds());
        monitoring.legVast(medewerker, id, moment(zaak, null, true, "", Mate.DEELS));
        assertThatThrownBy(() -> monitoring.stelConclusieVoor(gw, id, "Stabiel."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "monitoring.fout.nietstabiel"));

        monitoring.legVast(medewerker, id, moment(zaak, twaalf, true, "", Mate.JA));
        monitoring.stelConclusieVoor(gw, id, "Een jaar lang veilig, de kinderen zeggen het ook.");

        // the proposer, a medewerker and the teamleider may not judge it
        assertThatThrownBy(() -> monitoring.beoordeelConclusie(gw, id, true, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "monitoring.fout.eigenvoorstel"));
        assertThatThrownBy(() -> monitoring.beoordeelConclusie(medewerker, id, true, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.bekijk(teamleider, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(logRows("veiligthuis.monitoring.beoordeling", gw, "GEWEIGERD"))
                .isEqualTo(1);

        assertThat(monitoring.beoordeelConclusie(gwTwee, id, true, "")).isEqualTo(ZaakStatus.AFGESLOTEN);
        assertThat(store.find(regio, id).orElseThrow().status()).isEqualTo(ZaakStatus.AFGESLOTEN);

        UUID nieuw = melding();
        assertThat(store.find(regio, nieuw).orElseThrow().classificatie()).isEqualTo(Classificatie.HERMELDING);
    }

    @Test
    void aMeldingDuringMonitoringIsLinkedToTheCaseRaisedInTheQueueAndMayStartANewVeiligheidsbeoordeling() {
        UUID id = gemonitord(vandaag.minusMonths(1));

        UUID vervolg = melding();

        assertThat(store.find(regio, vervolg).orElseThrow().classificatie())
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_MONITORING);
        ZaakView zaak = veiligThuis.zaak(medewerker, id);
        assertThat(zaak.all(VervolgmeldingOntvangen.class))
                .singleElement()
                .satisfies(v -> assertThat(v.melding()).isEqualTo(vervolg));
        assertThat(monitoring.signaleringen(medewerker))
                .singleElement()
                .satisfies(s -> assertThat(s.vervolgmeldingen()).isEqualTo(1));

        assertThatThrownBy(() -> monitoring.nieuweVeiligheidsbeoordeling(medewerker, id, " "))
                .isInstanceOf(InvalidInputException.class);
        LocalDate uiterlijk =
                monitoring.nieuweVeiligheidsbeoordeling(medewerker, id, "De vervolgmelding gaat over nieuw geweld.");

        Zaak row = store.find(regio, id).orElseThrow();
        assertThat(row.status()).isEqualTo(ZaakStatus.VEILIGHEIDSBEOORDELING);
        assertThat(row.vbUiterlijk()).isEqualTo(uiterlijk).isAfter(vandaag);
        assertThat(row.besluit()).isNull();
        assertThat(logRows("veiligthuis.monitoring.nieuwevb", medewerker, "GESLAAGD"))
                .isEqualTo(1);
    }

    @Test
    void everyMoveIntoMonitoringRecordsTheDayItStarted() {
        UUID id = melding();
        assertThatThrownBy(() -> store.updateStatus(id, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.MONITORING))
                .isInstanceOf(IllegalArgumentException.class);
        store.updateStatus(id, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.OVERDRACHT);

        ZaakStatus na = access.beweeg(
                veiligThuis.zaak(medewerker, id),
                new Overgang.OverdrachtAanvaard(),
                new Dienststand(1, false, true, false));

        assertThat(na).isEqualTo(ZaakStatus.MONITORING);
        assertThat(store.find(regio, id).orElseThrow().monitoringSinds()).isEqualTo(vandaag);
        assertThat(veiligThuis.zaak(medewerker, id).monitoring().orElseThrow().momenten())
                .extracting(Monitoringsplan.Moment::datum)
                .containsExactly(vandaag.plusMonths(3), vandaag.plusMonths(12));
    }

    @Test
    void theReminderOfAPlannedMomentShowsOnTheWorkersHomePageUntilTheMomentIsRecorded() {
        UUID id = gemonitord(vandaag.minusMonths(3).plusDays(2));
        LocalDate drie =
                Monitoringsplan.drieMaanden(store.find(regio, id).orElseThrow().monitoringSinds());
        Zaak row = store.find(regio, id).orElseThrow();
        assertThat(store.insertMonitoringHerinnering(row, drie, medewerker.userId(), Instant.now()))
                .isTrue();
        assertThat(store.insertMonitoringHerinnering(row, drie, new UserId(UUID.randomUUID()), Instant.now()))
                .isFalse();

        assertThat(monitoring.open(medewerker)).singleElement().satisfies(h -> {
            assertThat(h.datum()).isEqualTo(drie);
            assertThat(h.href()).isEqualTo("/veilig-thuis/zaken/" + id + "/monitoring");
        });
        assertThat(monitoring.open(gw)).isEmpty();
        assertThat(monitoring.open(teamleider)).isEmpty();

        monitoring.legVast(medewerker, id, moment(veiligThuis.zaak(medewerker, id), drie, true, "", Mate.DEELS));
        assertThat(monitoring.open(medewerker)).isEmpty();
    }
}
