package nl.schakel.afwegingskader;

import org.jspecify.annotations.Nullable;

/**
 * The professional's answers to the afwegingen; {@code null} is "not answered yet". The names follow the evaluation
 * contract ({@code POST /api/v1/afwegingskaders/{kadercode}/evaluaties}).
 *
 * @param vermoeden afweging 1: a suspicion of (threat of) huiselijk geweld or kindermishandeling
 * @param acuteOfStructureleOnveiligheid afweging 2: acute and/or structurele onveiligheid
 * @param disclosure a victim told of the unsafety at home on their own initiative; counts as acute onveiligheid, so
 *     {@code true} answers afweging 2 with ja (rule 13); {@code false} and {@code null} both mean "no disclosure"
 * @param hulpMogelijk afweging 3: the professional can offer or organise passende hulp
 * @param hulpAanvaard afweging 4: the betrokkenen accept the help and commit to it
 * @param hulpResultaat afweging 5: the help leads, within the desired period, to the results needed for safety
 * @param hulpVereisten the checklist of afweging 3; needed when {@code hulpMogelijk} is {@code true}, not read when
 *     it is {@code false}
 * @param soortOnveiligheid with afweging 2 = ja: acute, structurele or both; {@code null} when not given, which is
 *     read as possibly acute ({@link Onveiligheid#leesAlsAcuut})
 */
public record Answers(
        @Nullable Boolean vermoeden,
        @Nullable Boolean acuteOfStructureleOnveiligheid,
        @Nullable Boolean disclosure,
        @Nullable Boolean hulpMogelijk,
        @Nullable Boolean hulpAanvaard,
        @Nullable Boolean hulpResultaat,
        @Nullable HulpVereisten hulpVereisten,
        @Nullable Onveiligheid soortOnveiligheid) {

    /** No afweging answered yet. */
    public static Answers none() {
        return new Answers(null, null, null, null, null, null, null, null);
    }

    /**
     * Acute onveiligheid: a disclosure (rule 13), or afweging 2 = ja for acute onveiligheid, or without saying which
     * kind ({@link Onveiligheid#leesAlsAcuut}). Structurele onveiligheid alone is not acute (rules 25 and 26).
     */
    public boolean acuteOnveiligheid() {
        return hasDisclosure()
                || (Boolean.TRUE.equals(acuteOfStructureleOnveiligheid)
                        && Onveiligheid.leesAlsAcuut(soortOnveiligheid));
    }

    /** Afweging 2 = ja for structurele onveiligheid (alone or with acute onveiligheid). */
    public boolean structureleOnveiligheid() {
        return Boolean.TRUE.equals(acuteOfStructureleOnveiligheid)
                && soortOnveiligheid != null
                && soortOnveiligheid.structureel();
    }

    /** Whether the answers hold anything for this afweging (for afweging 2 a disclosure counts). */
    public boolean hasAnswerTo(Afweging afweging) {
        return switch (afweging) {
            case VERMOEDEN -> vermoeden != null;
            case VEILIGHEID -> acuteOfStructureleOnveiligheid != null || hasDisclosure();
            case HULP -> hulpMogelijk != null || hulpVereisten != null;
            case ACCEPTATIE -> hulpAanvaard != null;
            case RESULTAAT -> hulpResultaat != null;
        };
    }

    public boolean hasDisclosure() {
        return Boolean.TRUE.equals(disclosure);
    }

    /** These answers with everything for the given afweging removed. */
    public Answers withoutAnswerTo(Afweging afweging) {
        return switch (afweging) {
            case VERMOEDEN ->
                new Answers(
                        null,
                        acuteOfStructureleOnveiligheid,
                        disclosure,
                        hulpMogelijk,
                        hulpAanvaard,
                        hulpResultaat,
                        hulpVereisten,
                        soortOnveiligheid);
            case VEILIGHEID ->
                new Answers(vermoeden, null, null, hulpMogelijk, hulpAanvaard, hulpResultaat, hulpVereisten, null);
            case HULP ->
                new Answers(
                        vermoeden,
                        acuteOfStructureleOnveiligheid,
                        disclosure,
                        null,
                        hulpAanvaard,
                        hulpResultaat,
                        null,
                        soortOnveiligheid);
            case ACCEPTATIE ->
                new Answers(
                        vermoeden,
                        acuteOfStructureleOnveiligheid,
                        disclosure,
                        hulpMogelijk,
                        null,
                        hulpResultaat,
                        hulpVereisten,
                        soortOnveiligheid);
            case RESULTAAT ->
                new Answers(
                        vermoeden,
                        acuteOfStructureleOnveiligheid,
                        disclosure,
                        hulpMogelijk,
                        hulpAanvaard,
                        null,
                        hulpVereisten,
                        soortOnveiligheid);
        };
    }

    /** These answers without the explicit answer to afweging 2, keeping a disclosure. */
    Answers withoutAcuteOfStructureleOnveiligheid() {
        return new Answers(vermoeden, null, disclosure, hulpMogelijk, hulpAanvaard, hulpResultaat, hulpVereisten, null);
    }
}
