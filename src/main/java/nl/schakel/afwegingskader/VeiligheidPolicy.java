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
            return new Step.Next(path.meldenJointly(true).explain(Text.of("kader.uitleg.disclosure")));
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

    /**
     * Per kind of onveiligheid ({@code kader.uitleg.onveilig.<SOORT>}): melden, directly unless it is structurele
     * onveiligheid alone, which keeps the steps of the meldcode in their usual order; without the kind, melden directly
     * ({@code kader.uitleg.onveilig}).
     */
    private static Text explain(Answers answers) {
        Onveiligheid soort = answers.soortOnveiligheid();
        return soort == null ? Text.of("kader.uitleg.onveilig") : Text.of("kader.uitleg.onveilig." + soort.name());
    }
}
