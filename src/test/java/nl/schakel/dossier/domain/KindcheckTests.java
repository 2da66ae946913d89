package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.dossier.domain.Kindcheck.Aanleiding;
import nl.schakel.dossier.domain.Kindcheck.Minderjarigen;
import nl.schakel.dossier.domain.Kindcheck.Uitkomst;
import nl.schakel.dossier.domain.Kindcheck.Zorg;
import nl.schakel.dossier.domain.Kindcheck.Zwangerschap;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

class KindcheckTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    private static final UUID DOSSIER = UUID.randomUUID();
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-05-12T08:00:00Z");

    private static Kindcheck kindcheck(Minderjarigen m, Zwangerschap z, String overgenomenDoor) {
        return Kindcheck.of(Set.of(Aanleiding.VERSLAVING), "", m, null, "", null, z, overgenomenDoor);
    }

    @Test
    void rule19_noChildrenAndNoPregnancyClosesTheKindcheckWithANote() {
        Kindcheck k = kindcheck(Minderjarigen.NEE, Zwangerschap.NEE, "");
        assertThat(k.uitkomst()).isEqualTo(Uitkomst.GEEN_KINDEREN);
        assertThat(k.uitkomst().closesKindcheck()).isTrue();
        assertThat(k.uitkomst().continuesMeldcodeSteps()).isFalse();
        assertThat(k.uitkomst().offersChildDossier()).isFalse();
    }

    @Test
    void rule20_aPositiveKindcheckContinuesAndOffersADossierForTheChildren() {
        Kindcheck k = Kindcheck.of(
                Set.of(Aanleiding.PARTNERGEWELD), "", Minderjarigen.JA, 2, "3, 7", Zorg.ALLEEN, Zwangerschap.NEE, "");
        assertThat(k.uitkomst()).isEqualTo(Uitkomst.POSITIEF);
        assertThat(k.uitkomst().offersChildDossier()).isTrue();
        assertThat(k.uitkomst().continuesMeldcodeSteps()).isTrue();
        assertThat(k.leeftijden()).containsExactly(3, 7);
        assertThat(k.zorg()).isEqualTo(Zorg.ALLEEN);

        Kindcheck pregnant = kindcheck(Minderjarigen.NEE, Zwangerschap.JA, "");
        assertThat(pregnant.uitkomst()).isEqualTo(Uitkomst.POSITIEF);
    }

    @Test
    void rule21_anUnclearAnswerLetsTheStepsContinueUnlessAnotherProfessionalTookOver() {
        Kindcheck unclear = kindcheck(Minderjarigen.ONDUIDELIJK, Zwangerschap.NEE, " ");
        assertThat(unclear.uitkomst()).isEqualTo(Uitkomst.ONDUIDELIJK);
        assertThat(unclear.uitkomst().continuesMeldcodeSteps()).isTrue();
        assertThat(unclear.overgenomenDoor()).isNull();

        Kindcheck unknownPregnancy = kindcheck(Minderjarigen.NEE, Zwangerschap.ONBEKEND, "");
        assertThat(unknownPregnancy.uitkomst().continuesMeldcodeSteps()).isTrue();

        Kindcheck takenOver = kindcheck(Minderjarigen.ONDUIDELIJK, Zwangerschap.ONBEKEND, " wijkteam, Jan ");
        assertThat(takenOver.uitkomst()).isEqualTo(Uitkomst.OVERGENOMEN);
        assertThat(takenOver.overgenomenDoor()).isEqualTo("wijkteam, Jan");
        assertThat(takenOver.uitkomst().continuesMeldcodeSteps()).isFalse();
    }

    @Test
    void childrenNeedTheirNumberMatchingAgesAndHowCareIsShared() {
        assertThatThrownBy(() ->
                        Kindcheck.of(Set.of(Aanleiding.ANDERS), " ", Minderjarigen.JA, 2, "3, 19", null, null, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("anders", "leeftijden", "zorg", "zwangerschap"));
        assertThatThrownBy(() ->
                        Kindcheck.of(Set.of(), "", Minderjarigen.JA, null, "4", Zorg.GEDEELD, Zwangerschap.NEE, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("aantal"));
        assertThatThrownBy(
                        () -> Kindcheck.of(Set.of(), "", Minderjarigen.JA, 2, "4", Zorg.GEDEELD, Zwangerschap.NEE, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("leeftijden"));
        assertThatThrownBy(() -> Kindcheck.of(Set.of(), "", null, null, "", null, null, "123456782"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("minderjarigen", "zwangerschap", "overgenomenDoor"));
    }

    @Test
    void rule18_anAdultClientWithATriggerNeedsAKindcheckUntilOneIsRecorded() {
        Betrokkene adult = Betrokkene.of("Client", TODAY.minusYears(18), "", Relatie.CLIENT, TODAY);
        Betrokkene minor = Betrokkene.of("Client", TODAY.minusYears(18).plusDays(1), "", Relatie.CLIENT, TODAY);
        Betrokkene child = Betrokkene.of("Kind", TODAY.minusYears(30), "", Relatie.KIND, TODAY);
        Signaal partnergeweld =
                new Signaal(TODAY, "Slaat haar.", SignaalSoort.FEIT, null, Set.of(VormVanGeweld.PARTNERGEWELD), false);
        Signaal other = new Signaal(TODAY, "Iets.", SignaalSoort.FEIT, null, Set.of(VormVanGeweld.ANDERS), false);
        Journal<EntryPayload> empty = new Journal<EntryPayload>(DOSSIER, List.of());
        JournalEntry<EntryPayload> trigger = empty.append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, partnergeweld, T0);
        Journal<EntryPayload> withTrigger = new Journal<EntryPayload>(DOSSIER, List.of(trigger));
        Journal<EntryPayload> withoutTrigger = new Journal<EntryPayload>(
                DOSSIER, List.of(empty.append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, other, T0)));

        assertThat(Kindcheck.isRequired(List.of(adult), withTrigger, TODAY)).isTrue();
        assertThat(Kindcheck.isRequired(List.of(minor), withTrigger, TODAY))
                .as("not an adult")
                .isFalse();
        assertThat(Kindcheck.isRequired(List.of(child), withTrigger, TODAY))
                .as("not the client")
                .isFalse();
        assertThat(Kindcheck.isRequired(List.of(adult), withoutTrigger, TODAY))
                .as("no trigger")
                .isFalse();
        assertThat(Kindcheck.isRequired(List.of(adult), empty, TODAY)).isFalse();

        JournalEntry<EntryPayload> done = withTrigger.append(
                AUTHOR, "Lotte", Role.BEROEPSKRACHT, kindcheck(Minderjarigen.NEE, Zwangerschap.NEE, ""), T0);
        assertThat(Kindcheck.isRequired(
                        List.of(adult), new Journal<EntryPayload>(DOSSIER, List.of(trigger, done)), TODAY))
                .as("a kindcheck is recorded")
                .isFalse();
    }

    @Test
    void aChildUnder12IsNotAskedWhetherTheyArePregnantNorWhetherTheyCareAlone() {
        // Domain spec §1.4 [S19][S20][S21]: the pregnancy question is for an adult or adolescent client.
        Kindcheck.Vragen kind = Kindcheck.Vragen.voor(Betrokkene.Levensfase.KIND);
        assertThat(kind.zwangerschap()).isFalse();
        assertThat(kind.zorg()).isFalse();
        assertThat(kind.andereKinderen()).isTrue();
        assertThat(Kindcheck.Vragen.voor(Betrokkene.Levensfase.JONGERE).zwangerschap())
                .isTrue();
        assertThat(Kindcheck.Vragen.voor(Betrokkene.Levensfase.VOLWASSENE)).isEqualTo(Kindcheck.Vragen.ALLE);

        Kindcheck siblings = Kindcheck.of(Set.of(), "", Minderjarigen.JA, 1, "6", null, null, "", kind);
        assertThat(siblings.zwangerschap()).isEqualTo(Zwangerschap.NIET_GEVRAAGD);
        assertThat(siblings.zorg()).isNull();
        assertThat(siblings.uitkomst()).isEqualTo(Uitkomst.POSITIEF);

        Kindcheck none = Kindcheck.of(Set.of(), "", Minderjarigen.NEE, null, "", null, Zwangerschap.JA, "", kind);
        assertThat(none.zwangerschap()).isEqualTo(Zwangerschap.NIET_GEVRAAGD);
        assertThat(none.uitkomst()).isEqualTo(Uitkomst.GEEN_KINDEREN);
    }

    @Test
    void anAdultMustAnswerThePregnancyQuestionAndCannotSkipItAsNotAsked() {
        assertThatThrownBy(() -> kindcheck(Minderjarigen.NEE, Zwangerschap.NIET_GEVRAAGD, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("zwangerschap", "kindcheck.fout.zwangerschap"));
    }

    @Test
    void itsTextShowsNoContent() {
        Kindcheck k = kindcheck(Minderjarigen.ONDUIDELIJK, Zwangerschap.NEE, "Jan de Vries");
        assertThat(k.toString()).doesNotContain("Jan");
    }
}
