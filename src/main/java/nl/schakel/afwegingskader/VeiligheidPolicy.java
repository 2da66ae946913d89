package nl.schakel.afwegingskader;

/**
 * Afweging 2: acute and/or structurele onveiligheid always means melden (meldnorm 1), and the path goes on with
 * afwegingen 3 to 5 together with Veilig Thuis (rules 2 and 3). A disclosure counts as acute onveiligheid (rule 13).
 */
final class VeiligheidPolicy implements AfwegingPolicy {

    @Override
    public Afweging afweging() {
        return Afweging.VEILIGHEID;
    }

    @Override
    public Step assess(Answers answers, Path path) {
        if (answers.hasDisclosure()) {
            return new Step.Next(path.meldenJointly()
                    .explain("Een slachtoffer heeft uit zichzelf verteld over onveiligheid thuis (disclosure). Dat"
                            + " telt als acute onveiligheid. Meld bij Veilig Thuis."));
        }
        Boolean onveilig = answers.acuteOfStructureleOnveiligheid();
        if (onveilig == null) {
            return new Step.Missing(null);
        }
        if (onveilig) {
            return new Step.Next(path.meldenJointly()
                    .explain("U schat in dat er acute en/of structurele onveiligheid is. Meld bij Veilig Thuis."));
        }
        return new Step.Next(path);
    }
}
