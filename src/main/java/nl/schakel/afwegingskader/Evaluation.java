package nl.schakel.afwegingskader;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Afwegingskader#evaluate} makes of a set of answers: a {@link Result}, or {@link NotAllowed} when the
 * answers hold an answer the branch does not allow. Such an answer is never used silently: the caller has to handle
 * {@code NotAllowed} and decides whether to refuse the input or to show the result without those answers.
 */
public sealed interface Evaluation {

    /**
     * The outcome of the afwegingen so far.
     *
     * @param kader the kader and version the answers were evaluated under
     * @param outcome where the afwegingen lead
     * @param nextAfweging the afweging to answer next: the first one without an answer on the path, {@code null} when
     *     the path has ended; after a melding for acute or structurele onveiligheid it is answered together with
     *     Veilig Thuis, after {@link Outcome#HULP_BIEDEN} it is afweging 5, to be re-evaluated
     * @param meldenNoodzakelijk beslissing 1 "is melden noodzakelijk?"; {@code null} while not known
     * @param hulpBiedenMogelijk beslissing 2 "is hulp bieden of organiseren (ook) mogelijk?": adequate help that the
     *     betrokkenen accept (afwegingen 3 and 4); {@code null} while not known or after afweging 1 = nee
     * @param meldnorm the meldnorm that makes the melding necessary; {@code null} when no melding is necessary
     * @param jointlyWithVeiligThuis afweging 2 = ja: a melding is made and afwegingen 3 to 5 are answered together
     *     with Veilig Thuis
     * @param acuteOnveiligheid afweging 2 = ja for acute onveiligheid (or without saying which kind), or a
     *     disclosure: the accelerated path of rule 26; {@code false} for structurele onveiligheid alone
     * @param explanation why, in sentences for the professional (B1), as message keys with arguments; shown one after
     *     the other
     */
    record Result(
            KaderVersion kader,
            Outcome outcome,
            @Nullable Afweging nextAfweging,
            @Nullable Boolean meldenNoodzakelijk,
            @Nullable Boolean hulpBiedenMogelijk,
            @Nullable Meldnorm meldnorm,
            boolean jointlyWithVeiligThuis,
            boolean acuteOnveiligheid,
            List<Text> explanation)
            implements Evaluation {

        public Result {
            explanation = List.copyOf(explanation);
        }
    }

    /**
     * The answers hold answers that the branch does not allow: answers to afwegingen after the point where the path
     * ends or stops at a missing answer, or afweging 1 or 2 = nee after a disclosure (which pre-sets them to ja).
     *
     * @param afwegingen the afwegingen whose answers are not allowed, in order
     * @param withoutThem the result of the same answers with those answers left out
     * @param explanation why they are not used, in sentences (B1) as message keys with arguments
     */
    record NotAllowed(List<Afweging> afwegingen, Result withoutThem, List<Text> explanation) implements Evaluation {

        public NotAllowed {
            afwegingen = List.copyOf(afwegingen);
            explanation = List.copyOf(explanation);
        }
    }
}
