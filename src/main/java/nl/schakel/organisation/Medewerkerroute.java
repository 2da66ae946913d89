package nl.schakel.organisation;

/**
 * The route for a suspicion against a colleague (rule 27; domain spec F17), for childcare and education, separate
 * from the route for a concern about the home situation: report to the houder or bevoegd gezag, consult the
 * vertrouwensinspecteur.
 *
 * @param ingesteld whether the organisation has this route (childcare, education)
 * @param houder who receives the report within the organisation (the houder or bevoegd gezag) and how
 * @param vertrouwensinspecteur how to reach the vertrouwensinspecteur of the Inspectie van het Onderwijs
 * @param instructie what the professional does
 */
public record Medewerkerroute(boolean ingesteld, String houder, String vertrouwensinspecteur, String instructie) {

    /** No separate route (sectors other than childcare and education). */
    public static Medewerkerroute geen() {
        return new Medewerkerroute(false, "", "", "");
    }
}
