package nl.schakel.afwegingskader;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the afwegingskader evaluation (ADR-0041) under every kader version with any answers, the whole checklist of
 * afweging 3 included (the matrix test enumerates one kader): it never throws; an answer the branch does not allow is
 * reported as {@link Evaluation.NotAllowed} whose result without them is itself allowed; a result's outcome, beslissing
 * 1 and meldnorm agree, and acute or structurele onveiligheid after a vermoeden always means melden (meldnorm 1).
 */
class AfwegingskaderFuzzTests {

    private static final List<Kader> KADERS = Kaders.allVersions();

    @FuzzTest
    void anyAnswersUnderAnyKaderGiveAConsistentEvaluation(FuzzedDataProvider data) {
        Kader kader = KADERS.get(data.consumeInt(0, KADERS.size() - 1));
        Answers answers = new Answers(
                answer(data),
                answer(data),
                answer(data),
                answer(data),
                answer(data),
                answer(data),
                data.consumeBoolean()
                        ? null
                        : new HulpVereisten(
                                data.consumeBoolean(),
                                data.consumeBoolean(),
                                data.consumeBoolean(),
                                data.consumeBoolean(),
                                data.consumeBoolean()),
                data.consumeBoolean() ? null : data.pickValue(Onveiligheid.values()));

        Evaluation evaluation = Afwegingskader.evaluate(kader, answers);

        Evaluation.Result result = switch (evaluation) {
            case Evaluation.Result r -> r;
            case Evaluation.NotAllowed notAllowed -> {
                assertThat(notAllowed.afwegingen()).isNotEmpty().doesNotHaveDuplicates();
                assertThat(notAllowed.explanation()).isNotEmpty();
                yield notAllowed.withoutThem();
            }
        };
        assertThat(result.kader()).isEqualTo(kader.kaderVersion());
        assertThat(result.explanation()).isNotEmpty();
        boolean melden = result.outcome() == Outcome.MELDEN;
        assertThat(Boolean.TRUE.equals(result.meldenNoodzakelijk())).isEqualTo(melden);
        assertThat(result.meldnorm() != null).isEqualTo(melden);
        assertThat(result.meldenNoodzakelijk() == null).isEqualTo(result.outcome() == Outcome.ONVOLLEDIG);
        if (Boolean.TRUE.equals(answers.vermoeden()) && answers.hasDisclosure()) {
            assertThat(result.outcome())
                    .as("%s: a disclosure means melden", answers)
                    .isEqualTo(Outcome.MELDEN);
            assertThat(result.meldnorm()).isEqualTo(Meldnorm.NORM_1);
            assertThat(result.acuteOnveiligheid()).isTrue();
        }
        if (result.jointlyWithVeiligThuis()) {
            assertThat(result.meldnorm()).isEqualTo(Meldnorm.NORM_1);
        }
        if (Boolean.FALSE.equals(result.hulpBiedenMogelijk())) {
            assertThat(result.meldenNoodzakelijk()).as("%s", answers).isTrue();
        }
    }

    private static @Nullable Boolean answer(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 2)) {
            case 0 -> null;
            case 1 -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
    }
}
