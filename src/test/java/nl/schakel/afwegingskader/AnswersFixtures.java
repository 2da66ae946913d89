package nl.schakel.afwegingskader;

import org.jspecify.annotations.Nullable;

/**
 * Answers written as a path, one token per answer: {@code 1j}/{@code 1n} (vermoeden), {@code 2j}/{@code 2n}
 * (acute of structurele onveiligheid, kind not given), {@code 2a}/{@code 2s}/{@code 2as} (afweging 2 = ja for acute,
 * structurele, or acute and structurele onveiligheid), {@code d} (disclosure), {@code 3j} (hulp mogelijk, all five vereisten met),
 * {@code 3j?} (hulp mogelijk, checklist not filled in), {@code 3jx} (hulp mogelijk, zicht op veiligheid missing),
 * {@code 3n}, {@code 4j}/{@code 4n} (hulp aanvaard), {@code 5j}/{@code 5n} (hulp resultaat).
 */
final class AnswersFixtures {

    private AnswersFixtures() {}

    static Answers given(String path) {
        Boolean vermoeden = null;
        Boolean onveilig = null;
        Boolean disclosure = null;
        Boolean hulp = null;
        Boolean aanvaard = null;
        Boolean resultaat = null;
        HulpVereisten vereisten = null;
        Onveiligheid soort = null;
        for (String token : path.trim().split("\\s+")) {
            switch (token) {
                case "" -> {}
                case "1j", "1n" -> vermoeden = yes(token);
                case "2j", "2n" -> onveilig = yes(token);
                case "2a", "2s", "2as" -> {
                    onveilig = true;
                    soort = switch (token) {
                        case "2a" -> Onveiligheid.ACUUT;
                        case "2s" -> Onveiligheid.STRUCTUREEL;
                        default -> Onveiligheid.ACUUT_EN_STRUCTUREEL;
                    };
                }
                case "d" -> disclosure = true;
                case "3j" -> {
                    hulp = true;
                    vereisten = HulpVereisten.allMet();
                }
                case "3j?" -> hulp = true;
                case "3jx" -> {
                    hulp = true;
                    vereisten = HulpVereisten.allMetExcept(HulpVereiste.ZICHT_OP_VEILIGHEID);
                }
                case "3n" -> hulp = false;
                case "4j", "4n" -> aanvaard = yes(token);
                case "5j", "5n" -> resultaat = yes(token);
                default -> throw new IllegalArgumentException("unknown token " + token);
            }
        }
        return new Answers(vermoeden, onveilig, disclosure, hulp, aanvaard, resultaat, vereisten, soort);
    }

    static Evaluation.Result resultOf(String path) {
        return result(Afwegingskader.evaluate(Kaders.get("onderwijs"), given(path)));
    }

    static Evaluation.Result result(Evaluation evaluation) {
        return switch (evaluation) {
            case Evaluation.Result result -> result;
            case Evaluation.NotAllowed notAllowed ->
                throw new AssertionError("answers not allowed: " + notAllowed.afwegingen());
        };
    }

    private static @Nullable Boolean yes(String token) {
        return token.endsWith("j");
    }
}
