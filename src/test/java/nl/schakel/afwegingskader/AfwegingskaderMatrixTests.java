package nl.schakel.afwegingskader;

import static nl.schakel.afwegingskader.TextFixtures.nl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every combination of answers (each of the six answers ja, nee or open; the checklist open, all met, each one
 * missing, or none met: 3^6 × 8 = 5832; with afweging 2 = ja also each of the three kinds of unsafety: 3 × 1944
 * more), enumerated, with the invariants of the domain spec §2.1–2.4 checked on each. No random data: the matrix is
 * small enough to run whole.
 */
class AfwegingskaderMatrixTests {

    private static final Kader KADER = Kaders.get("artsen");

    private static final List<Answers> ALL = allAnswers();

    @Test
    void enumeratesTheWholeMatrix() {
        assertThat(ALL).hasSize(5832 + 3 * 1944).doesNotHaveDuplicates();
        assertThat(ALL.stream().map(this::evaluate).filter(Evaluation.Result.class::isInstance))
                .isNotEmpty();
        assertThat(ALL.stream().map(this::evaluate).filter(Evaluation.NotAllowed.class::isInstance))
                .isNotEmpty();
    }

    @Test
    void acuteOrStructureleOnveiligheidOrADisclosureAlwaysMeansMeldenJointlyWithVeiligThuis() {
        for (Answers answers : ALL) {
            Evaluation.Result result = usable(answers);
            boolean onveilig = Boolean.TRUE.equals(answers.vermoeden())
                    && (Boolean.TRUE.equals(answers.acuteOfStructureleOnveiligheid()) || answers.hasDisclosure());
            assertThat(result.jointlyWithVeiligThuis()).as("%s", answers).isEqualTo(onveilig);
            boolean acuut = Boolean.TRUE.equals(answers.vermoeden())
                    && (answers.hasDisclosure()
                            || (Boolean.TRUE.equals(answers.acuteOfStructureleOnveiligheid())
                                    && (answers.soortOnveiligheid() == null
                                            || answers.soortOnveiligheid().acuut())));
            assertThat(result.acuteOnveiligheid())
                    .as("%s: only acute onveiligheid or a disclosure; without the kind possibly acute", answers)
                    .isEqualTo(acuut);
            if (onveilig) {
                assertThat(result.outcome()).as("%s", answers).isEqualTo(Outcome.MELDEN);
                assertThat(result.meldenNoodzakelijk()).as("%s", answers).isTrue();
                assertThat(result.meldnorm())
                        .as("%s: meldnorm 1 whatever afwegingen 3-5 say", answers)
                        .isEqualTo(Meldnorm.NORM_1);
            }
        }
    }

    @Test
    void noMeldingAndNoAdequateHelpNeverHappens() {
        for (Answers answers : ALL) {
            Evaluation.Result result = usable(answers);
            if (Boolean.FALSE.equals(result.hulpBiedenMogelijk())) {
                assertThat(result.meldenNoodzakelijk()).as("%s", answers).isTrue();
            }
            if (Boolean.FALSE.equals(result.meldenNoodzakelijk()) && result.outcome() != Outcome.AFSLUITEN) {
                assertThat(result.hulpBiedenMogelijk()).as("%s", answers).isTrue();
            }
        }
    }

    @Test
    void outcomeBeslissing1AndMeldnormAgree() {
        for (Answers answers : ALL) {
            Evaluation.Result result = usable(answers);
            boolean melden = result.outcome() == Outcome.MELDEN;
            assertThat(Boolean.TRUE.equals(result.meldenNoodzakelijk()))
                    .as("%s", answers)
                    .isEqualTo(melden);
            assertThat(result.meldnorm() != null).as("%s", answers).isEqualTo(melden);
            assertThat(result.meldenNoodzakelijk() == null)
                    .as("%s", answers)
                    .isEqualTo(result.outcome() == Outcome.ONVOLLEDIG);
            assertThat(result.outcome() == Outcome.AFSLUITEN)
                    .as("%s", answers)
                    .isEqualTo(Boolean.FALSE.equals(answers.vermoeden()) && !answers.hasDisclosure());
            if (result.meldnorm() == Meldnorm.NORM_2) {
                assertThat(result.jointlyWithVeiligThuis()).as("%s", answers).isFalse();
            }
            if (result.meldnorm() == Meldnorm.NORM_3) {
                assertThat(answers.hulpResultaat()).as("%s", answers).isFalse();
                assertThat(result.jointlyWithVeiligThuis()).as("%s", answers).isFalse();
            }
            assertThat(result.kader()).isEqualTo(KADER.kaderVersion());
            assertThat(nl(result.explanation())).as("%s", answers).isNotBlank();
        }
    }

    /**
     * Every explanation the rules give, on every path, is message keys with a Dutch and an English message: nothing
     * shows a key or falls back to Dutch on an English page.
     */
    @Test
    void everyExplanationHasItsMessagesInDutchAndEnglish() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (Answers answers : ALL) {
            Evaluation evaluation = evaluate(answers);
            List<Text> explanation = switch (evaluation) {
                case Evaluation.Result result -> result.explanation();
                case Evaluation.NotAllowed notAllowed -> {
                    List<Text> both = new ArrayList<>(notAllowed.explanation());
                    both.addAll(notAllowed.withoutThem().explanation());
                    yield both;
                }
            };
            keys.addAll(TextFixtures.keys(explanation));
            assertThat(TextFixtures.en(explanation)).as("%s", answers).isNotEqualTo(nl(explanation));
        }
        for (String key : keys) {
            assertThat(TextFixtures.MESSAGES.getMessage(key, null, TextFixtures.NL))
                    .as(key)
                    .isNotEqualTo(TextFixtures.MESSAGES.getMessage(key, null, TextFixtures.EN));
        }
        assertThat(keys).contains("kader.uitleg.geenvermoeden", "kader.nietgebruikt", "meldnorm.3");
    }

    @Test
    void eachMissingAnswerIsTheNextAfweging() {
        for (Answers answers : ALL) {
            if (!(evaluate(answers) instanceof Evaluation.Result result)) {
                continue;
            }
            Afweging expected = firstMissingOnThePath(answers);
            assertThat(result.nextAfweging()).as("%s", answers).isEqualTo(expected);
            if (expected == null) {
                assertThat(result.outcome()).as("%s", answers).isNotEqualTo(Outcome.ONVOLLEDIG);
            } else if (!result.jointlyWithVeiligThuis() && expected != Afweging.RESULTAAT) {
                assertThat(result.outcome()).as("%s", answers).isEqualTo(Outcome.ONVOLLEDIG);
            }
        }
    }

    @Test
    void answeringTheNextAfwegingAlwaysMovesOn() {
        for (Answers answers : ALL) {
            if (!(evaluate(answers) instanceof Evaluation.Result result) || result.nextAfweging() == null) {
                continue;
            }
            for (boolean ja : new boolean[] {true, false}) {
                Answers more = answer(answers, result.nextAfweging(), ja);
                if (!ja && result.nextAfweging() == Afweging.VERMOEDEN && answers.hasDisclosure()) {
                    assertThat(evaluate(more)).as("%s answered nee", answers).isInstanceOf(Evaluation.NotAllowed.class);
                    continue;
                }
                Evaluation.Result after = AnswersFixtures.result(evaluate(more));
                assertThat(after.nextAfweging())
                        .as("%s answered %s", answers, ja)
                        .isNotEqualTo(result.nextAfweging());
            }
        }
    }

    @Test
    void helpMissingARequirementIsNeverOffered() {
        for (Answers answers : ALL) {
            HulpVereisten vereisten = answers.hulpVereisten();
            if (vereisten == null || vereisten.isAdequate() || !Boolean.TRUE.equals(answers.hulpMogelijk())) {
                continue;
            }
            Evaluation.Result result = usable(answers);
            assertThat(result.hulpBiedenMogelijk()).as("%s", answers).isNotEqualTo(true);
            assertThat(result.outcome())
                    .as("%s", answers)
                    .isNotIn(Outcome.HULP_BIEDEN, Outcome.HULP_AFSLUITEN_MET_AFSPRAKEN);
        }
    }

    @Test
    void answersTheBranchDoesNotAllowAreReportedNeverUsed() {
        for (Answers given : ALL) {
            boolean noVermoedenAfterDisclosure = given.hasDisclosure() && Boolean.FALSE.equals(given.vermoeden());
            Answers answers = noVermoedenAfterDisclosure ? given.withoutAnswerTo(Afweging.VERMOEDEN) : given;
            Afweging stop = lastAfwegingOnThePath(answers);
            boolean neeAfterDisclosure = stop.compareTo(Afweging.VEILIGHEID) >= 0
                    && answers.hasDisclosure()
                    && Boolean.FALSE.equals(answers.acuteOfStructureleOnveiligheid());
            List<Afweging> expected = new ArrayList<>();
            if (noVermoedenAfterDisclosure) {
                expected.add(Afweging.VERMOEDEN);
            }
            if (neeAfterDisclosure) {
                expected.add(Afweging.VEILIGHEID);
            }
            Arrays.stream(Afweging.values())
                    .filter(afweging -> afweging.compareTo(stop) > 0 && answers.hasAnswerTo(afweging))
                    .forEach(expected::add);

            Evaluation evaluation = evaluate(given);
            if (expected.isEmpty()) {
                assertThat(evaluation).as("%s", answers).isInstanceOf(Evaluation.Result.class);
                continue;
            }
            assertThat(evaluation).as("%s", answers).isInstanceOf(Evaluation.NotAllowed.class);
            Evaluation.NotAllowed notAllowed = (Evaluation.NotAllowed) evaluation;
            assertThat(notAllowed.afwegingen()).as("%s", answers).isEqualTo(expected);
            Answers allowed = answers;
            for (Afweging afweging : expected) {
                allowed = afweging.compareTo(stop) > 0 || afweging == Afweging.VERMOEDEN
                        ? allowed.withoutAnswerTo(afweging)
                        : allowed.withoutAcuteOfStructureleOnveiligheid();
            }
            assertThat(evaluate(allowed)).as("%s", answers).isEqualTo(notAllowed.withoutThem());
            assertThat(nl(notAllowed.explanation())).isNotBlank();
        }
    }

    @Test
    void isDeterministic() {
        for (Answers answers : ALL) {
            assertThat(evaluate(answers)).isEqualTo(evaluate(answers));
        }
    }

    // ---- an independent reading of the branch in the domain spec §2.1 ----

    /** The first afweging the path needs an answer for; {@code null} when the path has ended. */
    private static @Nullable Afweging firstMissingOnThePath(Answers a) {
        if (a.vermoeden() == null) {
            return Afweging.VERMOEDEN;
        }
        if (!a.vermoeden()) {
            return null;
        }
        if (!a.hasDisclosure() && a.acuteOfStructureleOnveiligheid() == null) {
            return Afweging.VEILIGHEID;
        }
        if (a.hulpMogelijk() == null || (a.hulpMogelijk() && a.hulpVereisten() == null)) {
            return Afweging.HULP;
        }
        if (!a.hulpMogelijk() || !Objects.requireNonNull(a.hulpVereisten()).isAdequate()) {
            return null;
        }
        if (a.hulpAanvaard() == null) {
            return Afweging.ACCEPTATIE;
        }
        if (!a.hulpAanvaard()) {
            return null;
        }
        return a.hulpResultaat() == null ? Afweging.RESULTAAT : null;
    }

    /** The afweging where the path stops: the first missing one, or the one whose answer ends the branch. */
    private static Afweging lastAfwegingOnThePath(Answers a) {
        Afweging missing = firstMissingOnThePath(a);
        if (missing != null) {
            return missing;
        }
        if (Boolean.FALSE.equals(a.vermoeden())) {
            return Afweging.VERMOEDEN;
        }
        if (Boolean.FALSE.equals(a.hulpMogelijk())
                || !Objects.requireNonNull(a.hulpVereisten()).isAdequate()) {
            return Afweging.HULP;
        }
        return Boolean.FALSE.equals(a.hulpAanvaard()) ? Afweging.ACCEPTATIE : Afweging.RESULTAAT;
    }

    // ---- helpers ----

    private Evaluation evaluate(Answers answers) {
        return Afwegingskader.evaluate(KADER, answers);
    }

    /** The result the answers lead to, leaving out answers the branch does not allow. */
    private Evaluation.Result usable(Answers answers) {
        return switch (evaluate(answers)) {
            case Evaluation.Result result -> result;
            case Evaluation.NotAllowed notAllowed -> notAllowed.withoutThem();
        };
    }

    private static Answers answer(Answers a, Afweging afweging, boolean ja) {
        return switch (afweging) {
            case VERMOEDEN ->
                new Answers(
                        ja,
                        a.acuteOfStructureleOnveiligheid(),
                        a.disclosure(),
                        a.hulpMogelijk(),
                        a.hulpAanvaard(),
                        a.hulpResultaat(),
                        a.hulpVereisten(),
                        a.soortOnveiligheid());
            case VEILIGHEID ->
                new Answers(
                        a.vermoeden(),
                        ja,
                        a.disclosure(),
                        a.hulpMogelijk(),
                        a.hulpAanvaard(),
                        a.hulpResultaat(),
                        a.hulpVereisten(),
                        a.soortOnveiligheid());
            case HULP ->
                new Answers(
                        a.vermoeden(),
                        a.acuteOfStructureleOnveiligheid(),
                        a.disclosure(),
                        ja,
                        a.hulpAanvaard(),
                        a.hulpResultaat(),
                        HulpVereisten.allMet(),
                        a.soortOnveiligheid());
            case ACCEPTATIE ->
                new Answers(
                        a.vermoeden(),
                        a.acuteOfStructureleOnveiligheid(),
                        a.disclosure(),
                        a.hulpMogelijk(),
                        ja,
                        a.hulpResultaat(),
                        a.hulpVereisten(),
                        a.soortOnveiligheid());
            case RESULTAAT ->
                new Answers(
                        a.vermoeden(),
                        a.acuteOfStructureleOnveiligheid(),
                        a.disclosure(),
                        a.hulpMogelijk(),
                        a.hulpAanvaard(),
                        ja,
                        a.hulpVereisten(),
                        a.soortOnveiligheid());
        };
    }

    private static List<Answers> allAnswers() {
        List<@Nullable Boolean> values = Arrays.asList(null, true, false);
        List<@Nullable HulpVereisten> checklists = new ArrayList<>();
        checklists.add(null);
        checklists.add(HulpVereisten.allMet());
        Arrays.stream(HulpVereiste.values()).map(HulpVereisten::allMetExcept).forEach(checklists::add);
        checklists.add(new HulpVereisten(false, false, false, false, false));
        List<Answers> all = new ArrayList<>();
        for (Boolean vermoeden : values) {
            for (Boolean onveilig : values) {
                for (Boolean disclosure : values) {
                    for (Boolean hulp : values) {
                        for (Boolean aanvaard : values) {
                            for (Boolean resultaat : values) {
                                for (HulpVereisten vereisten : checklists) {
                                    for (Onveiligheid soort : soorten(onveilig)) {
                                        all.add(new Answers(
                                                vermoeden,
                                                onveilig,
                                                disclosure,
                                                hulp,
                                                aanvaard,
                                                resultaat,
                                                vereisten,
                                                soort));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /** The kinds of unsafety to try: with afweging 2 = ja each kind and none (an older answer), else none. */
    private static List<@Nullable Onveiligheid> soorten(@Nullable Boolean onveilig) {
        List<@Nullable Onveiligheid> soorten = new ArrayList<>();
        soorten.add(null);
        if (Boolean.TRUE.equals(onveilig)) {
            soorten.addAll(Arrays.asList(Onveiligheid.values()));
        }
        return soorten;
    }
}
