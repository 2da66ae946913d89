package nl.schakel.afwegingskader;

import static nl.schakel.afwegingskader.AnswersFixtures.given;
import static nl.schakel.afwegingskader.AnswersFixtures.resultOf;
import static nl.schakel.afwegingskader.TextFixtures.nl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.schakel.shared.Beroepscluster;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The paths through the five afwegingen (domain spec §2.1–2.4) and the rules 1–15 of §8 that concern them. */
class AfwegingskaderTests {

    private static final Kader KADER = Kaders.get("onderwijs");

    // ---- one row per path (style guide §3.8); tokens as in AnswersFixtures ----

    static Stream<Arguments> paths() {
        return Stream.of(
                // path, outcome, next afweging, beslissing 1, beslissing 2, meldnorm, jointly with Veilig Thuis
                row("", Outcome.ONVOLLEDIG, 1, null, null, null, false),
                row("1n", Outcome.AFSLUITEN, null, false, null, null, false),
                row("1j", Outcome.ONVOLLEDIG, 2, null, null, null, false),
                row("1j 2j", Outcome.MELDEN, 3, true, null, 1, true),
                row("1j d", Outcome.MELDEN, 3, true, null, 1, true),
                row("1j 2j d", Outcome.MELDEN, 3, true, null, 1, true),
                row("1j 2j 3n", Outcome.MELDEN, null, true, false, 1, true),
                row("1j 2j 3jx", Outcome.MELDEN, null, true, false, 1, true),
                row("1j 2j 3j?", Outcome.MELDEN, 3, true, null, 1, true),
                row("1j 2j 3j", Outcome.MELDEN, 4, true, null, 1, true),
                row("1j 2j 3j 4n", Outcome.MELDEN, null, true, false, 1, true),
                row("1j 2j 3j 4j", Outcome.MELDEN, 5, true, true, 1, true),
                row("1j 2j 3j 4j 5j", Outcome.MELDEN, null, true, true, 1, true),
                row("1j 2j 3j 4j 5n", Outcome.MELDEN, null, true, true, 1, true),
                row("1j 2s", Outcome.MELDEN, 3, true, null, 1, true),
                row("1j 2s 3j 4j 5n", Outcome.MELDEN, null, true, true, 1, true),
                row("1j d 3j 4j 5n", Outcome.MELDEN, null, true, true, 1, true),
                row("1j 2n", Outcome.ONVOLLEDIG, 3, null, null, null, false),
                row("1j 2n 3n", Outcome.MELDEN, null, true, false, 2, false),
                row("1j 2n 3jx", Outcome.MELDEN, null, true, false, 2, false),
                row("1j 2n 3j?", Outcome.ONVOLLEDIG, 3, null, null, null, false),
                row("1j 2n 3j", Outcome.ONVOLLEDIG, 4, null, null, null, false),
                row("1j 2n 3j 4n", Outcome.MELDEN, null, true, false, 2, false),
                row("1j 2n 3j 4j", Outcome.HULP_BIEDEN, 5, false, true, null, false),
                row("1j 2n 3j 4j 5j", Outcome.HULP_AFSLUITEN_MET_AFSPRAKEN, null, false, true, null, false),
                row("1j 2n 3j 4j 5n", Outcome.MELDEN, null, true, true, 3, false));
    }

    @DisplayName("1 'Heb ik een vermoeden?' → 2 'Acute en/of structurele onveiligheid?' → 3 'Kan ik passende hulp"
            + " bieden of organiseren?' → 4 'Aanvaarden de betrokkenen de hulp?' → 5 'Leidt de hulp tot resultaat?'")
    @ParameterizedTest(
            name = "[{0}] → {1}, volgende afweging {2}, melden {3}, hulp {4}, meldnorm {5}, samen met VT {6}")
    @MethodSource("paths")
    void followsEachPathThroughTheAfwegingen(
            String path,
            Outcome outcome,
            @Nullable Integer next,
            @Nullable Boolean meldenNoodzakelijk,
            @Nullable Boolean hulpBiedenMogelijk,
            @Nullable Integer meldnorm,
            boolean jointly) {
        Evaluation.Result result = resultOf(path);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.nextAfweging()).isEqualTo(next == null ? null : Afweging.ofNumber(next));
        assertThat(result.meldenNoodzakelijk()).isEqualTo(meldenNoodzakelijk);
        assertThat(result.hulpBiedenMogelijk()).isEqualTo(hulpBiedenMogelijk);
        assertThat(result.meldnorm() == null ? null : result.meldnorm().number())
                .isEqualTo(meldnorm);
        assertThat(result.jointlyWithVeiligThuis()).isEqualTo(jointly);
        assertThat(result.kader()).isEqualTo(new KaderVersion("onderwijs", "2019.1"));
        assertThat(nl(result.explanation())).isNotBlank();
    }

    private static Arguments row(
            String path,
            Outcome outcome,
            @Nullable Integer next,
            @Nullable Boolean melden,
            @Nullable Boolean hulp,
            @Nullable Integer meldnorm,
            boolean jointly) {
        return Arguments.of(path, outcome, next, melden, hulp, meldnorm, jointly);
    }

    // ---- answers the branch does not allow ----

    @Test
    void reportsAnAnswerAfterTheBranchHasEndedAndDoesNotUseIt() {
        Evaluation evaluation = Afwegingskader.evaluate(KADER, given("1j 2n 3n 4j 5j"));

        assertThat(evaluation).isInstanceOfSatisfying(Evaluation.NotAllowed.class, notAllowed -> {
            assertThat(notAllowed.afwegingen()).containsExactly(Afweging.ACCEPTATIE, Afweging.RESULTAAT);
            assertThat(notAllowed.withoutThem()).isEqualTo(resultOf("1j 2n 3n"));
            assertThat(nl(notAllowed.explanation())).contains("afweging 3").contains("4, 5");
        });
    }

    @Test
    void reportsAnswersAfterAfweging1Nee() {
        Evaluation evaluation = Afwegingskader.evaluate(KADER, given("1n 2j"));

        assertThat(evaluation).isInstanceOfSatisfying(Evaluation.NotAllowed.class, notAllowed -> {
            assertThat(notAllowed.afwegingen()).containsExactly(Afweging.VEILIGHEID);
            assertThat(notAllowed.withoutThem().outcome()).isEqualTo(Outcome.AFSLUITEN);
        });
    }

    @Test
    void reportsAnAnswerThatSkipsAnUnansweredAfweging() {
        Evaluation evaluation = Afwegingskader.evaluate(KADER, given("1j 3j 4j"));

        assertThat(evaluation).isInstanceOfSatisfying(Evaluation.NotAllowed.class, notAllowed -> {
            assertThat(notAllowed.afwegingen()).containsExactly(Afweging.HULP, Afweging.ACCEPTATIE);
            assertThat(notAllowed.withoutThem().nextAfweging()).isEqualTo(Afweging.VEILIGHEID);
        });
    }

    @Test
    void rule13_afweging1NeeAfterADisclosureIsNotAllowed() {
        Evaluation evaluation = Afwegingskader.evaluate(KADER, given("1n d"));

        assertThat(evaluation).isInstanceOfSatisfying(Evaluation.NotAllowed.class, notAllowed -> {
            assertThat(notAllowed.afwegingen()).contains(Afweging.VERMOEDEN);
            assertThat(notAllowed.withoutThem().outcome()).isNotEqualTo(Outcome.AFSLUITEN);
            assertThat(notAllowed.withoutThem().nextAfweging()).isEqualTo(Afweging.VERMOEDEN);
            assertThat(nl(notAllowed.explanation())).contains("disclosure", "afweging 1", "signaal");
        });
        assertThat(Afwegingskader.evaluate(KADER, given("1j d"))).isInstanceOf(Evaluation.Result.class);
    }

    // ---- the meldnorm and the kind of unsafety on the path of afweging 2 = ja ----

    @ParameterizedTest(name = "[{0}] blijft meldnorm 1")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "1j 2j 3n",
                "1j 2j 3jx",
                "1j 2j 3j 4n",
                "1j 2j 3j 4j",
                "1j 2j 3j 4j 5j",
                "1j 2j 3j 4j 5n",
                "1j 2a 3j 4j 5n",
                "1j 2s 3j 4j 5n",
                "1j 2as 3j 4j 5n",
                "1j d 3j 4j 5n"
            })
    void afterAfweging2JaTheMeldnormStays1WhateverAfwegingen3To5Say(String path) {
        Evaluation.Result result = resultOf(path);

        assertThat(result.outcome()).isEqualTo(Outcome.MELDEN);
        assertThat(result.meldnorm()).isEqualTo(Meldnorm.NORM_1);
        assertThat(nl(result.explanation())).contains("Meldnorm 1").doesNotContain("Meldnorm 3");
    }

    @Test
    void rule26_acuteOnveiligheidTakesTheAcceleratedPath() {
        assertThat(resultOf("1j 2a").acuteOnveiligheid()).isTrue();
        assertThat(resultOf("1j 2as").acuteOnveiligheid()).isTrue();
        assertThat(nl(resultOf("1j 2a").explanation())).contains("acute onveiligheid", "Meld direct");
    }

    @Test
    void rule25_structureleOnveiligheidAloneMeansMeldenButNotTheAcceleratedPath() {
        Evaluation.Result result = resultOf("1j 2s");

        assertThat(result.outcome()).isEqualTo(Outcome.MELDEN);
        assertThat(result.meldnorm()).isEqualTo(Meldnorm.NORM_1);
        assertThat(result.jointlyWithVeiligThuis()).isTrue();
        assertThat(result.acuteOnveiligheid()).isFalse();
        assertThat(nl(result.explanation())).contains("structurele onveiligheid", "geen acute onveiligheid");
    }

    @Test
    void rule13_aDisclosureIsAcuteEvenWhenAfweging2SaysStructureel() {
        assertThat(resultOf("1j d").acuteOnveiligheid()).isTrue();
        assertThat(resultOf("1j 2s d").acuteOnveiligheid()).isTrue();
    }

    @Test
    void afweging2JaWithoutTheKindIsReadAsPossiblyAcute() {
        assertThat(resultOf("1j 2j").acuteOnveiligheid()).isTrue();
        assertThat(resultOf("1j 2n").acuteOnveiligheid()).isFalse();
        assertThat(resultOf("1j 2n 3n").acuteOnveiligheid()).isFalse();
    }

    @Test
    void reportsAfweging2NeeAfterADisclosure() {
        Evaluation evaluation = Afwegingskader.evaluate(KADER, given("1j 2n d"));

        assertThat(evaluation).isInstanceOfSatisfying(Evaluation.NotAllowed.class, notAllowed -> {
            assertThat(notAllowed.afwegingen()).containsExactly(Afweging.VEILIGHEID);
            assertThat(notAllowed.withoutThem()).isEqualTo(resultOf("1j d"));
            assertThat(nl(notAllowed.explanation())).contains("disclosure");
        });
    }

    // ---- adequate hulp and meldnormen ----

    @ParameterizedTest(name = "zonder {0}")
    @EnumSource(HulpVereiste.class)
    void helpMissingOneRequirementIsNotAdequate(HulpVereiste missing) {
        HulpVereisten vereisten = HulpVereisten.allMetExcept(missing);

        assertThat(vereisten.isAdequate()).isFalse();
        assertThat(vereisten.unmet()).containsExactly(missing);
        assertThat(HulpVereisten.allMet().isAdequate()).isTrue();
    }

    @Test
    void namesTheMissingRequirementsInTheExplanation() {
        Evaluation.Result result = resultOf("1j 2n 3jx");

        assertThat(nl(result.explanation())).contains(nl(HulpVereiste.ZICHT_OP_VEILIGHEID.text()));
    }

    @Test
    void showsTheMeldnormThatApplies() {
        assertThat(resultOf("1j 2j").meldnorm()).isEqualTo(Meldnorm.NORM_1);
        assertThat(resultOf("1j 2n 3n").meldnorm()).isEqualTo(Meldnorm.NORM_2);
        assertThat(resultOf("1j 2n 3j 4j 5n").meldnorm()).isEqualTo(Meldnorm.NORM_3);
        assertThat(nl(resultOf("1j 2n 3n").explanation())).contains(nl(Meldnorm.NORM_2.text()));
    }

    @Test
    void asksForTheChecklistWhenHelpIsPossible() {
        Evaluation.Result result = resultOf("1j 2n 3j?");

        assertThat(result.nextAfweging()).isEqualTo(Afweging.HULP);
        assertThat(nl(result.explanation())).contains("vijf eisen");
    }

    // ---- §8 rules 1–15 ----

    @Test
    void rule1_afweging1NeeClosesWithADossierNoteAndNoMelding() {
        Evaluation.Result result = resultOf("1n");

        assertThat(result.outcome()).isEqualTo(Outcome.AFSLUITEN);
        assertThat(result.meldenNoodzakelijk()).isFalse();
        assertThat(result.meldnorm()).isNull();
        assertThat(nl(result.explanation())).contains("leg dit vast in het dossier");
    }

    @Test
    void rule2_afweging1And2JaRequireAMelding() {
        Evaluation.Result result = resultOf("1j 2j");

        assertThat(result.outcome()).isEqualTo(Outcome.MELDEN);
        assertThat(result.meldenNoodzakelijk()).isTrue();
    }

    @Test
    void rule3_afweging2JaKeepsTheCaseOpenWithAfwegingen3To5JointlyWithVeiligThuis() {
        Evaluation.Result result = resultOf("1j 2j");

        assertThat(result.jointlyWithVeiligThuis()).isTrue();
        assertThat(result.nextAfweging()).isEqualTo(Afweging.HULP);
        assertThat(nl(result.explanation())).contains("samen met Veilig Thuis afweging 3");
        assertThat(resultOf("1j 2j 3j").nextAfweging()).isEqualTo(Afweging.ACCEPTATIE);
        assertThat(resultOf("1j 2j 3j 4j").jointlyWithVeiligThuis()).isTrue();
    }

    @Test
    void rule4_afweging2NeeAnd3NeeMeansMeldenUnderNorm2() {
        Evaluation.Result result = resultOf("1j 2n 3n");

        assertThat(result.meldenNoodzakelijk()).isTrue();
        assertThat(result.meldnorm()).isEqualTo(Meldnorm.NORM_2);
    }

    @Test
    void rule5_helpNotAcceptedMeansMelden() {
        Evaluation.Result result = resultOf("1j 2n 3j 4n");

        assertThat(result.outcome()).isEqualTo(Outcome.MELDEN);
        assertThat(result.meldenNoodzakelijk()).isTrue();
    }

    @Test
    void rule6_acceptedHelpIsOfferedAndAfweging5ReEvaluated() {
        Evaluation.Result result = resultOf("1j 2n 3j 4j");

        assertThat(result.outcome()).isEqualTo(Outcome.HULP_BIEDEN);
        assertThat(result.nextAfweging()).isEqualTo(Afweging.RESULTAAT);
        assertThat(nl(result.explanation())).contains("binnen de gewenste termijn afweging 5");
    }

    @Test
    void rule7_afweging5NeeMeansMeldenUnderNorm3EvenAfterAnEarlierMelding() {
        assertThat(resultOf("1j 2n 3j 4j 5n").meldnorm()).isEqualTo(Meldnorm.NORM_3);
        assertThat(resultOf("1j 2n 3j 4j 5n").outcome()).isEqualTo(Outcome.MELDEN);
        assertThat(nl(resultOf("1j 2j 3j 4j 5n").explanation())).contains("(opnieuw)");
    }

    @Test
    void rule8_afweging5JaClosesTheHelpWithAgreements() {
        Evaluation.Result result = resultOf("1j 2n 3j 4j 5j");

        assertThat(result.outcome()).isEqualTo(Outcome.HULP_AFSLUITEN_MET_AFSPRAKEN);
        assertThat(nl(result.explanation())).contains("afspraken");
    }

    @Test
    void rule9_beslissing1NeeAnd2JaMeansHelpWithAdviceFromVeiligThuis() {
        Evaluation.Result result = resultOf("1j 2n 3j 4j");

        assertThat(result.meldenNoodzakelijk()).isFalse();
        assertThat(result.hulpBiedenMogelijk()).isTrue();
        assertThat(nl(result.explanation())).contains("Veilig Thuis kan u daarbij advies en steun geven");
    }

    @Test
    void rule10_noAdequateHelpForcesAMelding() {
        for (String path : new String[] {"1j 2n 3n", "1j 2n 3jx", "1j 2n 3j 4n"}) {
            Evaluation.Result result = resultOf(path);

            assertThat(result.hulpBiedenMogelijk()).as(path).isFalse();
            assertThat(result.meldenNoodzakelijk()).as(path).isTrue();
        }
    }

    @Test
    void rule11_beslissing1JaStillAsksBeslissing2() {
        Evaluation.Result result = resultOf("1j 2j");

        assertThat(result.meldenNoodzakelijk()).isTrue();
        assertThat(result.hulpBiedenMogelijk()).isNull();
        assertThat(result.nextAfweging()).isEqualTo(Afweging.HULP);
        assertThat(resultOf("1j 2j 3j 4j").hulpBiedenMogelijk()).isTrue();
    }

    @ParameterizedTest(name = "zonder {0}")
    @EnumSource(HulpVereiste.class)
    void rule12_helpMissingAnyOfTheFiveRequirementsCountsAsNoHelp(HulpVereiste missing) {
        Answers answers = new Answers(true, false, null, true, null, null, HulpVereisten.allMetExcept(missing), null);

        Evaluation.Result result = AnswersFixtures.result(Afwegingskader.evaluate(KADER, answers));

        assertThat(result)
                .usingRecursiveComparison()
                .ignoringFields("explanation")
                .isEqualTo(resultOf("1j 2n 3n"));
        assertThat(nl(result.explanation())).contains(nl(missing.text()));
    }

    @Test
    void rule13_aDisclosurePreSetsAfweging2ToJa() {
        Evaluation.Result result = resultOf("1j d");

        assertThat(result.outcome()).isEqualTo(Outcome.MELDEN);
        assertThat(result.meldnorm()).isEqualTo(Meldnorm.NORM_1);
        assertThat(result.jointlyWithVeiligThuis()).isTrue();
        assertThat(nl(result.explanation())).contains("disclosure");
    }

    @Test
    void rule14_withoutAfweging1NoBeslissingIsKnown() {
        Evaluation.Result result = resultOf("");

        assertThat(result.outcome()).isEqualTo(Outcome.ONVOLLEDIG);
        assertThat(result.nextAfweging()).isEqualTo(Afweging.VERMOEDEN);
        assertThat(result.meldenNoodzakelijk()).isNull();
        assertThat(result.hulpBiedenMogelijk()).isNull();
        assertThat(Afwegingskader.evaluate(KADER, given("2j 3n"))).isInstanceOf(Evaluation.NotAllowed.class);
    }

    @ParameterizedTest
    @EnumSource(Beroepscluster.class)
    void rule15_everyBeroepsclusterHasAKader(Beroepscluster beroepscluster) {
        Kader kader = Kaders.of(beroepscluster);

        assertThat(kader.beroepscluster()).isEqualTo(beroepscluster);
        assertThat(AnswersFixtures.result(Afwegingskader.evaluate(kader, given("1j 2j")))
                        .kader())
                .isEqualTo(kader.kaderVersion());
    }
}
