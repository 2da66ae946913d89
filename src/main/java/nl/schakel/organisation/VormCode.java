package nl.schakel.organisation;

import nl.schakel.shared.VormVanGeweld;

/**
 * One code of the code list "vormen van geweld": a lower-case slug, its labels in Dutch and English, the national
 * category it belongs to (which the meldcode rules and the melding see), whether it is offered, and its place.
 */
public record VormCode(
        String code, String labelNl, String labelEn, VormVanGeweld categorie, boolean actief, int volgorde) {

    /** The label in the given language ("en" or else Dutch). */
    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelNl;
    }
}
