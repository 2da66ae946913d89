package nl.schakel.afwegingskader;

/**
 * Afweging 2: acute and/or structurele onveiligheid always means melden (meldnorm 1), and the path goes on with
 * afwegingen 3 to 5 together with Veilig Thuis (rules 2 and 3). A disclosure counts as acute onveiligheid (rule 13).
 * Only acute onveiligheid takes the accelerated path (rule 26); structurele onveiligheid alone does not.
 */
final class VeiligheidPolicy implements AfwegingPolicy {

    @Override
    public Afweging afweging() {
        return Afweging.VEILIGHEID;
    }

    @Override
    public Step assess(Answers answers, Path path) {
        if (answers.hasDisclosure()) {
            return new Step.Next(path.meldenJointly(true)
                    .explain("Een slachtoffer heeft uit zichzelf verteld over onveiligheid thuis (disclosure). Dat"
                            + " telt als acute onveiligheid. Meld bij Veilig Thuis."));
        }
        Boolean onveilig = answers.acuteOfStructureleOnveiligheid();
        if (onveilig == null) {
            return new Step.Missing(null);
        }
        if (onveilig) {
            return new Step.Next(path.meldenJointly(answers.acuteOnveiligheid()).explain(explain(answers)));
        }
        return new Step.Next(path);
    }

    private static String explain(Answers answers) {
        Onveiligheid soort = answers.soortOnveiligheid();
        if (soort == null) {
            return "U schat in dat er acute en/of structurele onveiligheid is. Meld direct bij Veilig Thuis.";
        }
        return switch (soort) {
            case ACUUT -> "U schat in dat er acute onveiligheid is. Meld direct bij Veilig Thuis.";
            case STRUCTUREEL ->
                "U schat in dat er structurele onveiligheid is. Meld bij Veilig Thuis. Dit is geen acute"
                        + " onveiligheid: de stappen van de meldcode gaan in hun gewone volgorde.";
            case ACUUT_EN_STRUCTUREEL ->
                "U schat in dat er acute en structurele onveiligheid is. Meld direct bij Veilig Thuis.";
        };
    }
}
