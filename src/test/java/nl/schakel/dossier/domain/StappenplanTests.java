package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.dossier.domain.Stappenplan.Actie;
import nl.schakel.dossier.domain.Stappenplan.Status;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The five steps of the meldcode on the dossier page: status, reason, next step and what the member may do. */
class StappenplanTests {

    private static final Kader ONDERWIJS = Kaders.of(Beroepscluster.ONDERWIJS);
    private static final Kader ARTSEN = Kaders.of(Beroepscluster.ARTSEN);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());
    private static final Betrokkene KIND =
            Betrokkene.of("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "", Relatie.KIND, TODAY);
    private static final Betrokkene VOLWASSEN_CLIENT =
            Betrokkene.of("Anna Voorbeeld", LocalDate.of(1990, 3, 4), "", Relatie.CLIENT, TODAY);

    /** A dossier's journal built entry by entry, and its plan as one member sees it. */
    private static final class Dossier {
        private final UUID id = UUID.randomUUID();
        private final List<JournalEntry<EntryPayload>> entries = new ArrayList<>();
        private Instant now = Instant.parse("2026-05-12T08:00:00Z");
        private Kader kader = ONDERWIJS;
        private @Nullable Kader gekozen = ONDERWIJS;
        private List<Betrokkene> betrokkenen = List.of(KIND);
        private boolean alleenSignaleren;
        private boolean medewerkerRouteMogelijk;
        private boolean gesloten;

        Journal<EntryPayload> journal() {
            return new Journal<EntryPayload>(id, entries);
        }

        Dossier add(EntryPayload payload) {
            now = now.plusSeconds(60);
            entries.add(journal().append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, payload, now));
            return this;
        }

        Dossier signaal(boolean disclosure, VormVanGeweld... vormen) {
            return add(new Signaal(TODAY, "gezien", SignaalSoort.FEIT, null, Set.of(vormen), disclosure, Set.of()));
        }

        Dossier consultatie(ConsultatieMet met) {
            return add(new CollegialeConsultatie(TODAY, met, "Anouk", "advies"));
        }

        Dossier gesprek() {
            return add(new Gesprek(true, TODAY, "moeder", "de signalen", "schrok", null, null, null));
        }

        Dossier afweging(int nummer, boolean antwoord) {
            return add(Afweging.of(
                    nummer,
                    antwoord,
                    "omdat",
                    kader.kaderVersion(),
                    nummer == 3 ? EnumSet.allOf(HulpVereiste.class) : Set.of(),
                    nummer == 5 && antwoord ? "afspraken" : "",
                    nummer == 2 && antwoord ? Onveiligheid.ACUUT : null));
        }

        Dossier beslissing(int nummer, boolean antwoord) {
            return add(Beslissing.of(nummer, antwoord, "reden", Set.of()));
        }

        Dossier melding() {
            return add(new Melding(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "Veilig Thuis Demo-Noord",
                    new MeldingInhoud(List.of(KIND), List.of(), List.of(), List.of(), List.of(), List.of()),
                    "volgen",
                    true,
                    null,
                    false,
                    "06"));
        }

        Stappenplan plan() {
            Voortgang voortgang = gekozen == null ? null : new Voortgang(journal(), gekozen, betrokkenen, TODAY);
            return Stappenplan.van(new Stappenplan.Gegevens(
                    journal(), voortgang, betrokkenen, TODAY, alleenSignaleren, medewerkerRouteMogelijk, gesloten));
        }
    }

    private static List<Status> statussen(Stappenplan plan) {
        return plan.stappen().stream().map(Stappenplan.Stap::status).toList();
    }

    @Test
    void aNewDossierStartsAtStep1WithEveryStepNotStarted() {
        Stappenplan plan = new Dossier().plan();

        assertThat(plan.stappen()).extracting(Stappenplan.Stap::nummer).containsExactly(1, 2, 3, 4, 5);
        assertThat(statussen(plan)).containsOnly(Status.NIET_BEGONNEN);
        assertThat(plan.volgende()).isEqualTo(1);
        assertThat(plan.stap(1).hint()).isEqualTo("stappenplan.hint.signaal");
        assertThat(plan.stap(1).link()).isEqualTo(Actie.SIGNAAL);
        assertThat(plan.stap(2).link()).isEqualTo(Actie.CONSULTATIE);
        assertThat(plan.stap(3).link()).isEqualTo(Actie.GESPREK);
        assertThat(plan.stap(4).link()).isEqualTo(Actie.AFWEGINGEN);
        assertThat(plan.stap(5).link()).isEqualTo(Actie.BESLISSINGEN);
        assertThat(plan.stap(5).acties()).containsExactly(Actie.AFSLUITEN);
    }

    @Test
    void theStepsAreDoneInOrderAndTheFirstOneNotDoneIsNext() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK);
        assertThat(d.plan().stap(1).status()).isEqualTo(Status.GEDAAN);
        assertThat(d.plan().volgende()).isEqualTo(2);

        d.consultatie(ConsultatieMet.AANDACHTSFUNCTIONARIS);
        assertThat(d.plan().volgende()).isEqualTo(3);

        d.gesprek();
        assertThat(statussen(d.plan()))
                .containsExactly(
                        Status.GEDAAN, Status.GEDAAN, Status.GEDAAN, Status.NIET_BEGONNEN, Status.NIET_BEGONNEN);
        assertThat(d.plan().volgende()).isEqualTo(4);

        d.afweging(1, true);
        assertThat(d.plan().stap(4).status()).isEqualTo(Status.BEZIG);
        assertThat(d.plan().stap(4).hint()).isEqualTo("stappenplan.hint.afwegingverder");
    }

    @Test
    void rule1_afweging1NeeEndsTheAfwegingenAndBeslissing1NeeEndsStep5WithAdviceToClose() {
        Dossier d = new Dossier()
                .signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK)
                .consultatie(ConsultatieMet.COLLEGA)
                .gesprek()
                .afweging(1, false);
        assertThat(d.plan().stap(4).status()).isEqualTo(Status.GEDAAN);
        assertThat(d.plan().volgende()).isEqualTo(5);
        assertThat(d.plan().stap(5).hint()).isEqualTo("stappenplan.hint.beslissing1");

        d.beslissing(1, false);
        Stappenplan plan = d.plan();
        assertThat(plan.stap(5).status()).isEqualTo(Status.GEDAAN);
        assertThat(plan.stap(5).hint()).isEqualTo("stappenplan.hint.afsluiten");
        assertThat(plan.volgende()).isNull();
    }

    @Test
    void rule11_afterAMeldingBeslissing2IsStillAskedBeforeStep5IsDone() {
        Dossier d = new Dossier()
                .signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK)
                .consultatie(ConsultatieMet.COLLEGA)
                .gesprek()
                .afweging(1, true)
                .afweging(2, true)
                .beslissing(1, true);
        assertThat(d.plan().stap(5).status()).isEqualTo(Status.BEZIG);
        assertThat(d.plan().stap(5).hint()).isEqualTo("stappenplan.hint.melden");
        assertThat(d.plan().stap(5).acties()).containsExactly(Actie.MELDING, Actie.AFSLUITEN);

        d.melding();
        assertThat(d.plan().stap(5).status()).isEqualTo(Status.BEZIG);
        assertThat(d.plan().stap(5).hint()).isEqualTo("stappenplan.hint.beslissing2");
        assertThat(d.plan().stap(5).acties()).containsExactly(Actie.AFSLUITEN);

        d.beslissing(2, false);
        assertThat(d.plan().stap(5).status()).isEqualTo(Status.GEDAAN);
    }

    @Test
    void rule14_withoutAfweging1Step5SaysWhyTheBeslissingenMustWait() {
        Stappenplan plan = new Dossier()
                .signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK)
                .plan();

        assertThat(plan.stap(5).status()).isEqualTo(Status.NIET_BEGONNEN);
        assertThat(plan.stap(5).reden()).isEqualTo("voortgang.blokkade.afweging1");
    }

    @Test
    void rule16_aGesprekSkippedForAReasonIsNotNeededUnlessItIsHeldLater() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK);
        d.add(new Gesprek(false, null, null, null, null, RedenGeenGesprek.VEILIGHEID_CLIENT, null, false));
        assertThat(d.plan().stap(3).status()).isEqualTo(Status.NIET_NODIG);
        assertThat(d.plan().stap(3).reden()).isEqualTo("stappenplan.reden.gesprekovergeslagen");

        d.add(new Gesprek(false, null, null, null, null, RedenGeenGesprek.VEILIGHEID_CLIENT, null, true));
        assertThat(d.plan().stap(3).status()).isEqualTo(Status.BEZIG);
        assertThat(d.plan().stap(3).hint()).isEqualTo("stappenplan.hint.gesprekalsnog");
    }

    @Test
    void rule18_anAdultClientWithPartnerViolenceKeepsStep1OpenUntilTheKindcheck() {
        Dossier d = new Dossier();
        d.betrokkenen = List.of(VOLWASSEN_CLIENT);
        d.signaal(false, VormVanGeweld.PARTNERGEWELD);

        Stappenplan plan = d.plan();
        assertThat(plan.stap(1).status()).isEqualTo(Status.BEZIG);
        assertThat(plan.stap(1).reden()).isEqualTo("stappenplan.reden.kindcheck");
        assertThat(plan.stap(1).hint()).isEqualTo("stappenplan.hint.kindcheck");
        assertThat(plan.stap(1).acties()).containsExactly(Actie.KINDCHECK, Actie.MANTELZORGCHECK);
        assertThat(plan.volgende()).isEqualTo(1);

        d.add(new Kindcheck(
                Set.of(),
                null,
                Kindcheck.Minderjarigen.NEE,
                null,
                List.of(),
                null,
                Kindcheck.Zwangerschap.NEE,
                null,
                Kindcheck.Uitkomst.GEEN_KINDEREN));
        assertThat(d.plan().stap(1).status()).isEqualTo(Status.GEDAAN);
        assertThat(d.plan().volgende()).isEqualTo(2);
    }

    @Test
    void theMantelzorgcheckIsNotOfferedForAChild() {
        Stappenplan plan = new Dossier().plan();

        assertThat(plan.stap(1).acties()).containsExactly(Actie.KINDCHECK);
    }

    @Test
    void rule24_aMemberWhoOnlySignalsMayOnlyRecordSignalenAndSeesWhoDoesSteps2To5() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK);
        d.alleenSignaleren = true;

        Stappenplan plan = d.plan();
        assertThat(plan.volgende()).isEqualTo(1);
        assertThat(plan.stap(1).link()).isEqualTo(Actie.SIGNAAL);
        assertThat(plan.stap(1).acties()).isEmpty();
        for (int n = 2; n <= 5; n++) {
            assertThat(plan.stap(n).link()).as("stap %d", n).isNull();
            assertThat(plan.stap(n).acties()).as("stap %d", n).isEmpty();
            assertThat(plan.stap(n).hint()).as("stap %d", n).isEqualTo("stappenplan.hint.uitvoerder");
        }
    }

    @Test
    void rule25_honourRelatedViolenceAsksForANamedExpertInStep2() {
        Dossier d = new Dossier()
                .signaal(false, VormVanGeweld.EERGERELATEERD_GEWELD)
                .consultatie(ConsultatieMet.AANDACHTSFUNCTIONARIS);
        assertThat(d.plan().stap(2).status()).isEqualTo(Status.BEZIG);
        assertThat(d.plan().stap(2).reden()).isEqualTo("stappenplan.reden.deskundige");
        assertThat(d.plan().volgende()).isEqualTo(2);

        d.consultatie(ConsultatieMet.DESKUNDIGE);
        assertThat(d.plan().stap(2).status()).isEqualTo(Status.GEDAAN);
    }

    @Test
    void rule26_withAcuteOnveiligheidSteps2And3MayWaitAndTheMeldingIsNext() {
        Dossier d = new Dossier().signaal(true, VormVanGeweld.EERGERELATEERD_GEWELD);

        Stappenplan plan = d.plan();
        assertThat(plan.stap(2).status()).isEqualTo(Status.NIET_NODIG);
        assertThat(plan.stap(2).reden()).isEqualTo("stappenplan.reden.versneld");
        assertThat(plan.stap(3).status()).isEqualTo(Status.NIET_NODIG);
        assertThat(plan.stap(3).reden()).isEqualTo("stappenplan.reden.versneld");
        assertThat(plan.stap(2).link()).as("the step can still be done later").isEqualTo(Actie.CONSULTATIE);
        assertThat(plan.volgende()).isEqualTo(5);
        assertThat(plan.stap(5).reden()).isEqualTo("stappenplan.reden.versneldmelden");
        assertThat(plan.stap(5).acties()).startsWith(Actie.MELDING);

        d.melding();
        assertThat(d.plan().volgende()).as("after the melding, the afwegingen").isEqualTo(4);
    }

    @Test
    void rule26_structureleOnveiligheidAloneIsNotTheAcceleratedPath() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK);
        d.afweging(1, true);
        d.add(Afweging.of(2, true, "omdat", ONDERWIJS.kaderVersion(), Set.of(), "", Onveiligheid.STRUCTUREEL));

        Stappenplan plan = d.plan();
        assertThat(plan.stap(2).status()).isEqualTo(Status.NIET_BEGONNEN);
        assertThat(plan.stap(3).status()).isEqualTo(Status.NIET_BEGONNEN);
        assertThat(plan.volgende()).isEqualTo(2);
    }

    @Test
    void rule27_theEmployeeOffenceRouteReplacesSteps4And5() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.SEKSUEEL_MISBRUIK);
        d.medewerkerRouteMogelijk = true;
        assertThat(d.plan().stap(4).acties()).containsExactly(Actie.MEDEWERKER);

        d.add(new MedewerkerRoute(TODAY, null, null, false, null));
        Stappenplan plan = d.plan();
        assertThat(plan.stap(4).status()).isEqualTo(Status.NIET_NODIG);
        assertThat(plan.stap(4).reden()).isEqualTo("stappenplan.reden.medewerkerroute");
        assertThat(plan.stap(5).status()).isEqualTo(Status.NIET_NODIG);
        assertThat(plan.stap(5).link()).isEqualTo(Actie.MEDEWERKER);
    }

    @Test
    void forArtsenTheAfwegingenAreInStep5AndStep4IsNotNeeded() {
        Dossier d = new Dossier();
        d.kader = ARTSEN;
        d.gekozen = ARTSEN;
        d.signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK)
                .consultatie(ConsultatieMet.COLLEGA)
                .gesprek();

        Stappenplan plan = d.plan();
        assertThat(plan.stap(4).status()).isEqualTo(Status.NIET_NODIG);
        assertThat(plan.stap(4).reden()).isEqualTo("stappenplan.reden.afwegingeninstap5");
        assertThat(plan.stap(5).naam()).isEqualTo("stappenplan.stap5.metafwegingen");
        assertThat(plan.stap(5).link()).isEqualTo(Actie.AFWEGINGEN);
        assertThat(plan.stap(5).hint()).isEqualTo("stappenplan.hint.afwegingen");
        assertThat(plan.volgende()).isEqualTo(5);
    }

    @Test
    void rule15_withoutAKaderStep4AsksToChooseOne() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK);
        d.gekozen = null;

        Stappenplan plan = d.plan();
        assertThat(plan.stap(4).status()).isEqualTo(Status.NIET_BEGONNEN);
        assertThat(plan.stap(4).hint()).isEqualTo("stappenplan.hint.kaderkeuze");
    }

    @Test
    void aClosedDossierOffersNoStepAndHasNoNextStep() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK);
        d.gesloten = true;

        Stappenplan plan = d.plan();
        assertThat(plan.volgende()).isNull();
        assertThat(plan.stappen()).allSatisfy(s -> {
            assertThat(s.link()).isNull();
            assertThat(s.acties()).isEmpty();
            assertThat(s.hint()).isNull();
        });
        assertThat(plan.stap(1).status()).isEqualTo(Status.GEDAAN);
    }
}
