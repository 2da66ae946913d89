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
 */
public record Answers(
        @Nullable Boolean vermoeden,
        @Nullable Boolean acuteOfStructureleOnveiligheid,
        @Nullable Boolean disclosure,
        @Nullable Boolean hulpMogelijk,
        @Nullable Boolean hulpAanvaard,
        @Nullable Boolean hulpResultaat,
        @Nullable HulpVereisten hulpVereisten) {

    /** No afweging answered yet. */
    public static Answers none() {
        return new Answers(null, null, null, null, null, null, null);
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
                        hulpVereisten);
            case VEILIGHEID ->
                new Answers(vermoeden, null, null, hulpMogelijk, hulpAanvaard, hulpResultaat, hulpVereisten);
            case HULP ->
                new Answers(
                        vermoeden, acuteOfStructureleOnveiligheid, disclosure, null, hulpAanvaard, hulpResultaat, null);
            case ACCEPTATIE ->
                new Answers(
                        vermoeden,
                        acuteOfStructureleOnveiligheid,
                        disclosure,
                        hulpMogelijk,
                        null,
                        hulpResultaat,
                        hulpVereisten);
            case RESULTAAT ->
                new Answers(
                        vermoeden,
                        acuteOfStructureleOnveiligheid,
                        disclosure,
                        hulpMogelijk,
                        hulpAanvaard,
                        null,
                        hulpVereisten);
        };
    }

    /** These answers without the explicit answer to afweging 2, keeping a disclosure. */
    Answers withoutAcuteOfStructureleOnveiligheid() {
        return new Answers(vermoeden, null, disclosure, hulpMogelijk, hulpAanvaard, hulpResultaat, hulpVereisten);
    }
}
