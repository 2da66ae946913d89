package nl.schakel.veiligthuis.domain;

/**
 * Who gets the legally required terugkoppeling (spec §3.5; rules 41, 42): the melder of a melding, after the
 * veiligheidsbeoordeling and again after an onderzoek. An adviesvrager and an informant (someone who gave information,
 * not a melder) get none, and neither does a melder Veilig Thuis does not know.
 */
public final class Terugkoppelplicht {

    private Terugkoppelplicht() {}

    /** Who the contact with Veilig Thuis was with. */
    public enum Contact {
        MELDER,
        ADVIESVRAGER,
        INFORMANT
    }

    /** The contact a case was opened by: a melding's melder, or an adviesvrager. */
    public static Contact van(ZaakSoort soort) {
        return soort == ZaakSoort.MELDING ? Contact.MELDER : Contact.ADVIESVRAGER;
    }

    /**
     * The contact a case was opened by, given how its advies ended (if it was one): an advies that Veilig Thuis turned
     * into its own, ambtshalve melding has Veilig Thuis as melder; the adviesvrager only gave information, as an
     * informant.
     */
    public static Contact van(ZaakSoort soort, @org.jspecify.annotations.Nullable AdviesUitkomst advies) {
        if (soort == ZaakSoort.MELDING && advies == AdviesUitkomst.AMBTSHALVE_MELDING) {
            return Contact.INFORMANT;
        }
        return van(soort);
    }

    /** Rules 41 and 42: only a known melder gets a terugkoppeling. */
    public static boolean geldt(Contact contact, boolean melderBekend) {
        return contact == Contact.MELDER && melderBekend;
    }
}
