package nl.schakel.afwegingskader;

/** Afweging 1: no vermoeden closes the case with a dossier note and no melding (rule 1). */
final class VermoedenPolicy implements AfwegingPolicy {

    @Override
    public Afweging afweging() {
        return Afweging.VERMOEDEN;
    }

    @Override
    public Step assess(Answers answers, Path path) {
        Boolean vermoeden = answers.vermoeden();
        if (vermoeden == null) {
            return new Step.Missing(null);
        }
        if (!vermoeden) {
            return new Step.End(path.to(Outcome.AFSLUITEN).explain(Text.of("kader.uitleg.geenvermoeden")));
        }
        return new Step.Next(path);
    }
}
