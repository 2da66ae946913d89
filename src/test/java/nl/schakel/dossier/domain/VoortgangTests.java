package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.schakel.afwegingskader.Meldnorm;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.afwegingskader.Outcome;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** Where a dossier stands in steps 4 and 5, from its journal; the rules the dossier adds, tested by name. */
class VoortgangTests {

    private static final Kader ONDERWIJS = Kaders.of(Beroepscluster.ONDERWIJS);
    private static final Kader ARTSEN = Kaders.of(Beroepscluster.ARTSEN);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());

    /** A journal built entry by entry, as the facade appends them. */
    private static final class Dossier {
        private final UUID id = UUID.randomUUID();
        private final List<JournalEntry<EntryPayload>> entries = new ArrayList<>();
        private Instant now = Instant.parse("2026-05-12T08:00:00Z");

        Journal<EntryPayload> journal() {
            return new Journal<EntryPayload>(id, entries);
        }

        Voortgang voortgang() {
            return new Voortgang(journal(), ONDERWIJS);
        }

        JournalEntry<EntryPayload> add(EntryPayload payload) {
            now = now.plusSeconds(60);
            JournalEntry<EntryPayload> e = journal().append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, payload, now);
            entries.add(e);
            return e;
        }

        JournalEntry<EntryPayload> correct(JournalEntry<EntryPayload> original, EntryPayload payload) {
            now = now.plusSeconds(60);
            JournalEntry<EntryPayload> e =
                    journal().correction(AUTHOR, "Lotte", Role.BEROEPSKRACHT, original.id(), payload, "anders", now);
            entries.add(e);
            return e;
        }

        /** Answers the afweging asked now, as the facade does: refused when the branch does not allow it. */
        JournalEntry<EntryPayload> answer(int nummer, boolean antwoord) {
            Afweging a = afweging(nummer, antwoord);
            voortgang().checkNieuw(a);
            return add(a);
        }

        /** Answers afweging 2 with ja for this kind of unsafety. */
        JournalEntry<EntryPayload> onveilig(Onveiligheid soort) {
            Afweging a = Afweging.of(2, true, "omdat", ONDERWIJS.kaderVersion(), Set.of(), "", soort);
            voortgang().checkNieuw(a);
            return add(a);
        }

        Dossier signaal(boolean disclosure, VormVanGeweld... vormen) {
            add(new Signaal(TODAY, "gezien", SignaalSoort.FEIT, null, Set.of(vormen), disclosure));
            return this;
        }
    }

    /** An answer; afweging 2 = ja is for acute onveiligheid. */
    private static Afweging afweging(int nummer, boolean antwoord) {
        return Afweging.of(
                nummer,
                antwoord,
                "omdat",
                ONDERWIJS.kaderVersion(),
                nummer == 3 ? EnumSet.allOf(HulpVereiste.class) : Set.of(),
                nummer == 5 && antwoord ? "afspraken over volgen" : "",
                nummer == 2 && antwoord ? Onveiligheid.ACUUT : null);
    }

    private static Beslissing beslissing(int nummer, boolean antwoord, Set<HulpVereiste> vereisten) {
        return Beslissing.of(nummer, antwoord, "reden", vereisten);
    }

    @Test
    void theAfwegingenAreAskedOneAtATimeAsBranched() {
        Dossier d = new Dossier();
        assertThat(d.voortgang().vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.VERMOEDEN);
        assertThatThrownBy(() -> d.voortgang().checkNieuw(afweging(2, false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "afweging.fout.nietaandebeurt"));

        d.answer(1, true);
        assertThat(d.voortgang().vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.VEILIGHEID);
        d.answer(2, false);
        d.answer(3, true);
        assertThat(d.voortgang().vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.ACCEPTATIE);
    }

    @Test
    void eachAnswerStoresItsKaderAndVersion() {
        Dossier d = new Dossier();
        JournalEntry<EntryPayload> e = d.answer(1, true);

        Afweging a = (Afweging) e.payload();
        assertThat(a.kaderCode()).isEqualTo("onderwijs");
        assertThat(a.kaderVersie()).isEqualTo(ONDERWIJS.version());
        assertThat(a.reden()).isEqualTo("omdat");
    }

    @Test
    void theStepOfTheAfwegingenFollowsTheKader() {
        assertThat(new Voortgang(new Dossier().journal(), ONDERWIJS).stapVanAfwegingen())
                .isEqualTo(4);
        assertThat(new Voortgang(new Dossier().journal(), ARTSEN).stapVanAfwegingen())
                .isEqualTo(5);
    }

    @Test
    void rule1_afweging1NeeLeadsToClosingWithBeslissing1NeeOnly() {
        Dossier d = new Dossier();
        d.answer(1, false);

        Voortgang v = d.voortgang();
        assertThat(v.vraag()).isNull();
        assertThat(v.afsluitenAdvies()).isTrue();
        assertThat(v.toegestaanBeslissing1()).containsExactly(false);
        assertThat(v.meldenNodig()).isFalse();
        assertThat(v.meldenMogelijk()).isFalse();
    }

    @Test
    void rule2_afweging2JaMakesMeldenNecessaryAndOnlyBeslissing1JaIsOffered() {
        Dossier d = new Dossier();
        d.answer(1, true);
        d.answer(2, true);

        Voortgang v = d.voortgang();
        assertThat(v.meldenNodig()).isTrue();
        assertThat(v.toegestaanBeslissing1()).containsExactly(true);
        assertThat(v.evaluatie().meldnorm()).isEqualTo(Meldnorm.NORM_1);
    }

    @Test
    void rule3_afterAfweging2JaTheAfwegingen3To5AreMarkedTogetherWithVeiligThuis() {
        Dossier d = new Dossier();
        d.answer(1, true);
        d.answer(2, true);
        assertThat(d.voortgang().vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.HULP);
        d.answer(3, true);

        Voortgang v = d.voortgang();
        assertThat(v.antwoorden())
                .extracting(a -> a.afweging().nummer(), Voortgang.Antwoord::samenMetVeiligThuis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, false),
                        org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(3, true));
        assertThat(v.samenMetVeiligThuis(4)).isTrue();
    }

    @Test
    void rule6_helpAcceptedAsksForAHulpplanThenAfweging5IsDueOnItsDate() {
        Dossier d = new Dossier();
        d.answer(1, true);
        d.answer(2, false);
        d.answer(3, true);
        d.answer(4, true);

        assertThat(d.voortgang().evaluatie().outcome()).isEqualTo(Outcome.HULP_BIEDEN);
        assertThat(d.voortgang().hulpplanNodig()).isTrue();
        assertThat(d.voortgang().vraag()).isNull();

        d.add(Hulpplan.of("gesprekken", "schoolmaatschappelijk werk", TODAY.plusWeeks(6), TODAY));
        Voortgang v = d.voortgang();
        assertThat(v.hulpplanNodig()).isFalse();
        assertThat(v.vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.RESULTAAT);
        assertThat(v.herbeoordelingNodig(TODAY.plusWeeks(6).minusDays(1))).isFalse();
        assertThat(v.herbeoordelingNodig(TODAY.plusWeeks(6))).isTrue();

        d.answer(5, true);
        assertThat(d.voortgang().herbeoordelingNodig(TODAY.plusWeeks(7))).isFalse();
        assertThat(Voortgang.herbeoordelingNodig(d.journal(), TODAY.plusWeeks(7)))
                .isFalse();
    }

    @Test
    void rule7_afweging5NeeMakesARemeldingNecessaryEvenAfterAnEarlierMelding() {
        Dossier d = new Dossier();
        d.answer(1, true);
        d.answer(2, true);
        d.answer(3, true);
        d.answer(4, true);
        d.add(Hulpplan.of("samen met Veilig Thuis", "Veilig Thuis", TODAY.plusDays(1), TODAY));
        d.answer(5, false);

        Voortgang v = d.voortgang();
        assertThat(v.evaluatie().meldnorm()).isEqualTo(Meldnorm.NORM_1);
        assertThat(v.meldenNodig()).isTrue();
        assertThat(v.meldenMogelijk()).isTrue();

        Dossier zonderOnveiligheid = new Dossier();
        zonderOnveiligheid.answer(1, true);
        zonderOnveiligheid.answer(2, false);
        zonderOnveiligheid.answer(3, true);
        zonderOnveiligheid.answer(4, true);
        zonderOnveiligheid.add(Hulpplan.of("gesprekken", "school", TODAY.plusDays(1), TODAY));
        zonderOnveiligheid.answer(5, false);
        assertThat(zonderOnveiligheid.voortgang().evaluatie().meldnorm()).isEqualTo(Meldnorm.NORM_3);
        assertThat(zonderOnveiligheid.voortgang().meldenNodig()).isTrue();
    }

    @Test
    void afterAfweging2JaTheMeldnormStays1WhateverAfweging5Says() {
        for (Onveiligheid soort : Onveiligheid.values()) {
            Dossier d = new Dossier();
            d.answer(1, true);
            d.onveilig(soort);
            d.answer(3, true);
            d.answer(4, true);
            d.add(Hulpplan.of("samen met Veilig Thuis", "Veilig Thuis", TODAY.plusDays(1), TODAY));
            d.answer(5, false);

            assertThat(d.voortgang().evaluatie().meldnorm()).as(soort.name()).isEqualTo(Meldnorm.NORM_1);
        }
    }

    @Test
    void rule25_structureleOnveiligheidAloneStillWaitsForTheExpertConsultation() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.EERGERELATEERD_GEWELD);
        d.answer(1, true);
        d.onveilig(Onveiligheid.STRUCTUREEL);

        Voortgang v = d.voortgang();
        assertThat(v.acuteOnveiligheid()).isFalse();
        assertThat(v.structureleOnveiligheid()).isTrue();
        assertThat(v.meldenNodig()).isTrue();
        assertThat(v.evaluatie().meldnorm()).isEqualTo(Meldnorm.NORM_1);
        assertThat(v.blokkades()).containsExactly("voortgang.blokkade.deskundige");
        assertThat(v.meldenMogelijk()).isFalse();

        d.add(CollegialeConsultatie.of(TODAY, ConsultatieMet.DESKUNDIGE, "deskundige eer", "advies", TODAY));
        d.add(beslissing(1, true, Set.of()));
        assertThat(d.voortgang().meldenMogelijk()).isTrue();
    }

    @Test
    void rule26_acuteOrAcuteAndStructureleOnveiligheidDoesNotWaitForTheExpert() {
        for (Onveiligheid soort : List.of(Onveiligheid.ACUUT, Onveiligheid.ACUUT_EN_STRUCTUREEL)) {
            Dossier d = new Dossier().signaal(false, VormVanGeweld.VROUWELIJKE_GENITALE_VERMINKING);
            d.answer(1, true);
            d.onveilig(soort);

            Voortgang v = d.voortgang();
            assertThat(v.acuteOnveiligheid()).as(soort.name()).isTrue();
            assertThat(v.structureleOnveiligheid()).as(soort.name()).isEqualTo(soort.structureel());
            assertThat(v.blokkades()).as(soort.name()).isEmpty();
            assertThat(v.meldenMogelijk()).as(soort.name()).isTrue();
        }
    }

    @Test
    void afweging2JaRecordedWithoutTheKindCountsAsPossiblyAcute() {
        Dossier d = new Dossier().signaal(false, VormVanGeweld.EERGERELATEERD_GEWELD);
        d.answer(1, true);
        d.add(new Afweging(2, true, "van voor de keuze", "onderwijs", "2019.1", Set.of(), null, null));

        Voortgang v = d.voortgang();
        assertThat(v.acuteOnveiligheid()).isTrue();
        assertThat(v.structureleOnveiligheid()).isFalse();
        assertThat(v.meldenMogelijk()).isTrue();
    }

    @Test
    void afweging2JaNeedsTheKindOfUnsafetyAndNeeTakesNone() {
        assertThatThrownBy(() -> Afweging.of(2, true, "r", ONDERWIJS.kaderVersion(), Set.of(), "", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("onveiligheid", "afweging.fout.soort"));
        assertThatThrownBy(() -> Afweging.of(2, false, "r", ONDERWIJS.kaderVersion(), Set.of(), "", Onveiligheid.ACUUT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("onveiligheid", "afweging.fout.soortzonderja"));
        assertThat(Afweging.of(2, true, "r", ONDERWIJS.kaderVersion(), Set.of(), "", Onveiligheid.STRUCTUREEL)
                        .onveiligheid())
                .isEqualTo(Onveiligheid.STRUCTUREEL);
    }

    @Test
    void rule13_afweging1NeeIsRefusedAfterADisclosure() {
        Dossier d = new Dossier().signaal(true);

        assertThat(d.voortgang().toegestaneAntwoorden(nl.schakel.afwegingskader.Afweging.VERMOEDEN))
                .containsExactly(true);
        assertThatThrownBy(() -> d.answer(1, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("antwoord", "afweging.fout.disclosurevermoeden"));
        d.answer(1, true);
        assertThat(d.voortgang().meldenNodig()).isTrue();
    }

    @Test
    void rule13_afweging1NeeRecordedBeforeADisclosureNoLongerCountsAndIsAskedAgain() {
        Dossier d = new Dossier();
        JournalEntry<EntryPayload> nee = d.answer(1, false);
        d.signaal(true);

        Voortgang v = d.voortgang();
        assertThat(v.antwoord(1)).isEmpty();
        assertThat(v.vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.VERMOEDEN);
        assertThat(v.afsluitenAdvies()).isFalse();
        assertThat(v.meldenNodig()).isTrue();
        assertThatThrownBy(() -> d.voortgang().checkWijziging(nee.id(), afweging(1, false)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rule8_afweging5JaClosesTheHelpOnlyWithRecordedAgreements() {
        assertThatThrownBy(() -> Afweging.of(5, true, "het gaat goed", ONDERWIJS.kaderVersion(), Set.of(), " ", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("afspraken", "afweging.fout.afspraken"));
        Afweging met =
                Afweging.of(5, true, "het gaat goed", ONDERWIJS.kaderVersion(), Set.of(), " elk kwartaal ", null);
        assertThat(met.afspraken()).isEqualTo("elk kwartaal");
        assertThat(Afweging.of(5, false, "niet", ONDERWIJS.kaderVersion(), Set.of(), "x", null)
                        .afspraken())
                .isNull();
    }

    @Test
    void rule10_beslissing1NeeWithoutAdequateHelpForcesAMelding() {
        Dossier d = new Dossier();
        d.answer(1, true);
        d.add(beslissing(1, false, Set.of()));
        assertThat(d.voortgang().meldenNodig()).isFalse();

        d.add(beslissing(2, false, Set.of()));
        Voortgang v = d.voortgang();
        assertThat(v.meldenAfgedwongen()).isTrue();
        assertThat(v.meldenNodig()).isTrue();
        assertThat(v.meldenMogelijk()).isTrue();
    }

    @Test
    void rule11_beslissing2IsAskedAfterBeslissing1AlsoWhenMeldenIsNecessary() {
        Dossier d = new Dossier();
        d.answer(1, true);
        d.answer(2, true);
        assertThat(d.voortgang().beslissing2Gevraagd()).isFalse();
        assertThatThrownBy(() -> d.voortgang().checkBeslissing(beslissing(2, true, EnumSet.allOf(HulpVereiste.class))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "beslissing.fout.eerst1"));

        d.add(beslissing(1, true, Set.of()));
        assertThat(d.voortgang().beslissing2Gevraagd()).isTrue();
    }

    @Test
    void rule12_helpMissingOneRequirementIsNotAdequateAndBeslissing2CountsAsNee() {
        Beslissing alle = beslissing(2, true, EnumSet.allOf(HulpVereiste.class));
        assertThat(alle.geldt()).isTrue();
        for (HulpVereiste missing : HulpVereiste.values()) {
            Set<HulpVereiste> vier = EnumSet.allOf(HulpVereiste.class);
            vier.remove(missing);
            assertThat(beslissing(2, true, vier).geldt()).as(missing.name()).isFalse();
        }

        Dossier d = new Dossier();
        d.answer(1, true);
        d.add(beslissing(1, false, Set.of()));
        d.add(beslissing(2, true, Set.of(HulpVereiste.ZICHT_OP_VEILIGHEID)));
        assertThat(d.voortgang().meldenAfgedwongen()).isTrue();
    }

    @Test
    void rule13_aDisclosurePresetsAfweging2ToJaAndNeeIsNotOffered() {
        Dossier d = new Dossier().signaal(true);
        d.answer(1, true);

        Voortgang v = d.voortgang();
        assertThat(v.acuteOnveiligheid()).isTrue();
        assertThat(v.vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.HULP);
        assertThat(v.toegestaneAntwoorden(nl.schakel.afwegingskader.Afweging.VEILIGHEID))
                .containsExactly(true);
        assertThat(v.meldenNodig()).isTrue();
        assertThat(v.evaluatie().jointlyWithVeiligThuis()).isTrue();
    }

    @Test
    void rule14_noBeslissingBeforeAfweging1IsAnswered() {
        Dossier d = new Dossier();
        assertThat(d.voortgang().blokkades()).containsExactly("voortgang.blokkade.afweging1");
        assertThatThrownBy(() -> d.voortgang().checkBeslissing(beslissing(1, true, Set.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voortgang.blokkade.afweging1"));

        d.answer(1, true);
        assertThat(d.voortgang().beslissingenMogelijk()).isTrue();
    }

    @Test
    void rule25_honourRelatedViolenceOrVgvNeedsANamedExpertBeforeTheBeslissingen() {
        for (VormVanGeweld vorm :
                List.of(VormVanGeweld.EERGERELATEERD_GEWELD, VormVanGeweld.VROUWELIJKE_GENITALE_VERMINKING)) {
            Dossier d = new Dossier().signaal(false, vorm);
            d.answer(1, true);
            d.answer(2, false);
            assertThat(d.voortgang().blokkades()).as(vorm.name()).containsExactly("voortgang.blokkade.deskundige");
            assertThatThrownBy(() -> d.voortgang().checkBeslissing(beslissing(1, true, Set.of())))
                    .isInstanceOf(InvalidInputException.class);

            d.add(CollegialeConsultatie.of(TODAY, ConsultatieMet.COLLEGA, "collega", "advies", TODAY));
            assertThat(d.voortgang().beslissingenMogelijk()).as(vorm.name()).isFalse();

            d.add(CollegialeConsultatie.of(
                    TODAY, ConsultatieMet.DESKUNDIGE, "deskundige eergerelateerd geweld", "advies", TODAY));
            assertThat(d.voortgang().beslissingenMogelijk()).as(vorm.name()).isTrue();
        }
        Dossier other = new Dossier().signaal(false, VormVanGeweld.PARTNERGEWELD);
        other.answer(1, true);
        assertThat(other.voortgang().beslissingenMogelijk()).isTrue();
    }

    @Test
    void rule26_acuteOnveiligheidOpensTheAcceleratedPathToMelden() {
        Dossier afweging2 = new Dossier().signaal(false, VormVanGeweld.EERGERELATEERD_GEWELD);
        afweging2.answer(1, true);
        afweging2.answer(2, true);
        Voortgang v = afweging2.voortgang();
        assertThat(v.deskundigeGeraadpleegd()).isFalse();
        assertThat(v.blokkades()).isEmpty();
        assertThat(v.beslissing(1)).isEmpty();
        assertThat(v.meldenMogelijk()).isTrue();

        // A disclosure counts as acute onveiligheid before any afweging is answered.
        Dossier disclosure = new Dossier().signaal(true, VormVanGeweld.EERGERELATEERD_GEWELD);
        assertThat(disclosure.voortgang().meldenMogelijk()).isTrue();

        // Without acute onveiligheid, the melding waits for beslissing 1.
        Dossier gewoon = new Dossier();
        gewoon.answer(1, true);
        gewoon.answer(2, false);
        gewoon.answer(3, false);
        assertThat(gewoon.voortgang().meldenNodig()).isTrue();
        assertThat(gewoon.voortgang().meldenMogelijk()).isFalse();
        gewoon.add(beslissing(1, true, Set.of()));
        assertThat(gewoon.voortgang().meldenMogelijk()).isTrue();
    }

    @Test
    void changingAnEarlierAnswerPutsLaterAnswersOutOfForce() {
        Dossier d = new Dossier();
        JournalEntry<EntryPayload> eerste = d.answer(1, true);
        d.answer(2, false);
        d.answer(3, false);

        Afweging nee = afweging(1, false);
        d.voortgang().checkWijziging(eerste.id(), nee);
        d.correct(eerste, nee);

        Voortgang v = d.voortgang();
        assertThat(v.antwoorden())
                .extracting(a -> a.afweging().nummer(), Voortgang.Antwoord::vanKracht)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(3, false),
                        org.assertj.core.groups.Tuple.tuple(1, true));
        assertThat(v.antwoord(2)).isEmpty();
        assertThat(v.vraag()).isNull();
    }

    @Test
    void afterADisclosureAfweging2CannotBeChangedToNee() {
        Dossier d = new Dossier();
        d.answer(1, true);
        JournalEntry<EntryPayload> twee = d.answer(2, true);
        d.signaal(true);

        assertThatThrownBy(() -> d.voortgang().checkWijziging(twee.id(), afweging(2, false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("antwoord", "afweging.fout.nietmogelijk"));
    }

    @Test
    void rule18_anAdultClientWithAKindcheckTriggerNeedsAKindcheckBeforeTheBeslissingen() {
        List<Betrokkene> adultClient =
                List.of(Betrokkene.of("Mo Voorbeeld", TODAY.minusYears(30), "", Relatie.CLIENT, TODAY));
        Dossier d = new Dossier().signaal(false, VormVanGeweld.PARTNERGEWELD);
        d.answer(1, true);
        Voortgang zonderKindcheck = new Voortgang(d.journal(), ONDERWIJS, adultClient, TODAY);
        assertThat(zonderKindcheck.blokkades()).containsExactly("voortgang.blokkade.kindcheck");

        d.add(Kindcheck.of(
                Set.of(Kindcheck.Aanleiding.PARTNERGEWELD),
                "",
                Kindcheck.Minderjarigen.NEE,
                null,
                "",
                null,
                Kindcheck.Zwangerschap.NEE,
                ""));
        assertThat(new Voortgang(d.journal(), ONDERWIJS, adultClient, TODAY).beslissingenMogelijk())
                .isTrue();

        List<Betrokkene> child = List.of(Betrokkene.of("Sam Voorbeeld", TODAY.minusYears(8), "", Relatie.KIND, TODAY));
        Dossier childDossier = new Dossier().signaal(false, VormVanGeweld.PARTNERGEWELD);
        childDossier.answer(1, true);
        assertThat(new Voortgang(childDossier.journal(), ONDERWIJS, child, TODAY).beslissingenMogelijk())
                .isTrue();
    }

    @Test
    void rule27_theEmployeeOffenceRouteReplacesTheAfwegingskaderOfTheHomeSituation() {
        Dossier d = new Dossier();
        d.add(MedewerkerRoute.of(TODAY, TODAY, "Aangifte doen.", true, TODAY, TODAY));

        assertThat(d.voortgang().medewerkerRoute()).isTrue();
        assertThatThrownBy(() -> d.voortgang().checkNieuw(afweging(1, true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "voortgang.blokkade.medewerkerroute"));
        assertThat(d.voortgang().blokkades()).contains("voortgang.blokkade.medewerkerroute");
        assertThat(new Dossier().voortgang().medewerkerRoute()).isFalse();
    }

    @Test
    void whatComesNextFollowsTheStepsOfTheMeldcode() {
        Dossier d = new Dossier();
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.AFWEGING);
        d.answer(1, true);
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.AFWEGING);
        d.answer(2, false);
        d.answer(3, true);
        d.answer(4, true);
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.HULPPLAN);
        d.add(Hulpplan.of("gesprekken", "school", TODAY.plusWeeks(6), TODAY));
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.AFWEGING);
        d.answer(5, true);
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.BESLISSING_1);
        d.add(beslissing(1, false, Set.of()));
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.BESLISSING_2);
        d.add(beslissing(2, true, EnumSet.allOf(HulpVereiste.class)));
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.UITKOMST);
    }

    @Test
    void rule3_theAfwegingenTogetherWithVeiligThuisComeAfterTheMelding() {
        Dossier d = new Dossier();
        d.answer(1, true);
        d.answer(2, true);
        assertThat(d.voortgang().vraag()).isEqualTo(nl.schakel.afwegingskader.Afweging.HULP);
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.BESLISSING_1);
        d.add(beslissing(1, true, Set.of()));
        d.add(beslissing(2, false, Set.of()));
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.UITKOMST);

        d.add(Melding.of(
                new MeldingInhoud(
                        List.of(Betrokkene.of("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "", Relatie.KIND, TODAY)),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                UUID.randomUUID(),
                "VT",
                "Volgen.",
                true,
                "",
                false,
                "06"));
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.AFWEGING);
    }

    @Test
    void rule27_underTheEmployeeOffenceRouteNothingIsAsked() {
        Dossier d = new Dossier();
        d.add(MedewerkerRoute.of(TODAY, TODAY, "Aangifte doen.", true, TODAY, TODAY));
        assertThat(d.voortgang().volgende()).isEqualTo(Voortgang.Volgende.UITKOMST);
    }
}
