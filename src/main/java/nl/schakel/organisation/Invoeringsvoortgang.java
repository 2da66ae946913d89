package nl.schakel.organisation;

/**
 * How far the organisation is with implementing the meldcode: the items done of all items, and per kind.
 *
 * @param teLaat the items not done whose due date has passed
 */
public record Invoeringsvoortgang(
        int klaar,
        int totaal,
        int implementatieKlaar,
        int implementatieTotaal,
        int eisenKlaar,
        int eisenTotaal,
        int teLaat) {

    /** The share done, in whole percent (rounded down, so 100 means everything). */
    public int procent() {
        return totaal == 0 ? 0 : klaar * 100 / totaal;
    }
}
