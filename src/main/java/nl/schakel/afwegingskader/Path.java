package nl.schakel.afwegingskader;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The path through the afwegingen so far: what the answers up to here decided, and why (as message keys). */
record Path(
        Outcome outcome,
        @Nullable Meldnorm meldnorm,
        boolean jointlyWithVeiligThuis,
        boolean acuteOnveiligheid,
        @Nullable Boolean hulpBiedenMogelijk,
        List<Text> explanation) {

    Path {
        explanation = List.copyOf(explanation);
    }

    static Path start() {
        return new Path(Outcome.ONVOLLEDIG, null, false, false, null, List.of());
    }

    boolean hasMelding() {
        return meldnorm != null;
    }

    Path explain(Text sentence) {
        List<Text> sentences = new ArrayList<>(explanation);
        sentences.add(sentence);
        return new Path(outcome, meldnorm, jointlyWithVeiligThuis, acuteOnveiligheid, hulpBiedenMogelijk, sentences);
    }

    /**
     * Afweging 2 = ja: melden (meldnorm 1) and go on with afwegingen 3 to 5 together with Veilig Thuis.
     *
     * @param acuut the unsafety is acute (or a disclosure), not only structureel: the accelerated path (rule 26)
     */
    Path meldenJointly(boolean acuut) {
        return new Path(Outcome.MELDEN, Meldnorm.NORM_1, true, acuut, hulpBiedenMogelijk, explanation);
    }

    /**
     * Melden under this norm. Meldnorm 1 stays once afweging 2 made the melding necessary: what afwegingen 3 to 5,
     * answered together with Veilig Thuis, say afterwards does not change why the melding was required (§2.3).
     */
    Path melden(Meldnorm norm) {
        Meldnorm kept = meldnorm == Meldnorm.NORM_1 ? Meldnorm.NORM_1 : norm;
        return new Path(
                Outcome.MELDEN, kept, jointlyWithVeiligThuis, acuteOnveiligheid, hulpBiedenMogelijk, explanation);
    }

    /**
     * Beslissing 2. No help possible without a melding means melden under meldnorm 2 ("no melding and no adequate
     * help" never happens).
     */
    Path hulpBiedenMogelijk(boolean possible) {
        Path decided = new Path(outcome, meldnorm, jointlyWithVeiligThuis, acuteOnveiligheid, possible, explanation);
        if (possible) {
            return hasMelding() ? decided : decided.to(Outcome.HULP_BIEDEN);
        }
        return hasMelding() ? decided : decided.melden(Meldnorm.NORM_2);
    }

    /** Go to this outcome, unless a melding is necessary: that outcome stays {@link Outcome#MELDEN}. */
    Path to(Outcome next) {
        return new Path(
                hasMelding() ? Outcome.MELDEN : next,
                meldnorm,
                jointlyWithVeiligThuis,
                acuteOnveiligheid,
                hulpBiedenMogelijk,
                explanation);
    }

    Evaluation.Result result(KaderVersion kader, @Nullable Afweging next) {
        Boolean meldenNoodzakelijk = outcome == Outcome.ONVOLLEDIG ? null : outcome == Outcome.MELDEN;
        List<Text> sentences = new ArrayList<>(explanation);
        if (meldnorm != null) {
            sentences.add(meldnorm.text());
        }
        if (next != null) {
            sentences.add(ask(next));
        }
        return new Evaluation.Result(
                kader,
                outcome,
                next,
                meldenNoodzakelijk,
                hulpBiedenMogelijk,
                meldnorm,
                jointlyWithVeiligThuis,
                acuteOnveiligheid,
                sentences);
    }

    /**
     * The next afweging to answer, with its question: together with Veilig Thuis after a melding for onveiligheid,
     * within the desired period while help is offered, else now.
     */
    private Text ask(Afweging next) {
        String when;
        if (jointlyWithVeiligThuis) {
            when = "samenmetvt";
        } else if (outcome == Outcome.HULP_BIEDEN) {
            when = "binnentermijn";
        } else {
            when = "nu";
        }
        return Text.of("kader.uitleg.beantwoord." + when, next.number(), next.question());
    }
}
