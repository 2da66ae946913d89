package nl.schakel.afwegingskader;

/**
 * Afweging 5: help without the needed results means (opnieuw) melden under meldnorm 3, also after an earlier melding
 * (rule 7); help with results is closed with agreements on following future (un)safety (rule 8). After afweging 2 =
 * ja the melding stays required under meldnorm 1, whatever afweging 5 says ({@link Path#melden}).
 */
final class ResultaatPolicy implements AfwegingPolicy {

    @Override
    public Afweging afweging() {
        return Afweging.RESULTAAT;
    }

    @Override
    public Step assess(Answers answers, Path path) {
        Boolean resultaat = answers.hulpResultaat();
        if (resultaat == null) {
            return new Step.Missing(null);
        }
        if (!resultaat) {
            return new Step.End(path.melden(Meldnorm.NORM_3).explain(Text.of("kader.uitleg.geenresultaat")));
        }
        return new Step.End(path.to(Outcome.HULP_AFSLUITEN_MET_AFSPRAKEN).explain(Text.of("kader.uitleg.resultaat")));
    }
}
