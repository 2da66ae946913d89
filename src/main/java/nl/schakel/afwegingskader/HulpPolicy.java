package nl.schakel.afwegingskader;

import java.util.List;
import java.util.stream.Collectors;

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
            return noHulp(path, "U kunt geen passende hulp bieden of organiseren.");
        }
        HulpVereisten vereisten = answers.hulpVereisten();
        if (vereisten == null) {
            return new Step.Missing("Vul bij afweging 3 ook de vijf eisen voor passende hulp in.");
        }
        List<HulpVereiste> unmet = vereisten.unmet();
        if (!unmet.isEmpty()) {
            return noHulp(
                    path,
                    "De hulp is niet passend, want deze eisen ontbreken: " + texts(unmet)
                            + ". Hulp is alleen passend als zij aan alle vijf eisen voldoet.");
        }
        return new Step.Next(path);
    }

    static Step.End noHulp(Path path, String why) {
        String then = path.hasMelding() ? "Veilig Thuis regelt het vervolg." : "Meld bij Veilig Thuis.";
        return new Step.End(path.hulpBiedenMogelijk(false).explain(why + " " + then));
    }

    private static String texts(List<HulpVereiste> vereisten) {
        return vereisten.stream().map(HulpVereiste::text).collect(Collectors.joining("; "));
    }
}
