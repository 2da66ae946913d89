package nl.schakel.afwegingskader;

/**
 * Afweging 4: help the betrokkenen do not accept means melden (rule 5); accepted help is offered or organised and
 * afweging 5 is re-evaluated later (rule 6).
 */
final class AcceptatiePolicy implements AfwegingPolicy {

    @Override
    public Afweging afweging() {
        return Afweging.ACCEPTATIE;
    }

    @Override
    public Step assess(Answers answers, Path path) {
        Boolean aanvaard = answers.hulpAanvaard();
        if (aanvaard == null) {
            return new Step.Missing(null);
        }
        if (!aanvaard) {
            return HulpPolicy.noHulp(path, Text.of("kader.uitleg.nietaanvaard"));
        }
        Text how = Text.of(path.hasMelding() ? "kader.uitleg.hulpsamenmetvt" : "kader.uitleg.hulp");
        return new Step.Next(path.hulpBiedenMogelijk(true).explain(how));
    }
}
