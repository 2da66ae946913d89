package nl.schakel.afwegingskader;

import java.util.List;

/**
 * Afweging 3: help counts only when it meets all five requirements for adequate help (rule 12); no adequate help
 * means beslissing 2 = nee and, without an earlier melding, melden under meldnorm 2 (rules 4 and 10).
 */
final class HulpPolicy implements AfwegingPolicy {

    @Override
    public Afweging afweging() {
        return Afweging.HULP;
    }

    @Override
    public Step assess(Answers answers, Path path) {
        Boolean mogelijk = answers.hulpMogelijk();
        if (mogelijk == null) {
            return new Step.Missing(null);
        }
        if (!mogelijk) {
            return noHulp(path, Text.of("kader.uitleg.geenhulp"));
        }
        HulpVereisten vereisten = answers.hulpVereisten();
        if (vereisten == null) {
            return new Step.Missing(Text.of("kader.uitleg.vereistenontbreken"));
        }
        List<HulpVereiste> unmet = vereisten.unmet();
        if (!unmet.isEmpty()) {
            return noHulp(
                    path,
                    Text.of(
                            "kader.uitleg.nietpassend",
                            unmet.stream().map(HulpVereiste::text).toList()));
        }
        return new Step.Next(path);
    }

    static Step.End noHulp(Path path, Text why) {
        Text then = Text.of(path.hasMelding() ? "kader.uitleg.vervolgdoorvt" : "kader.uitleg.meld");
        return new Step.End(path.hulpBiedenMogelijk(false).explain(why).explain(then));
    }
}
