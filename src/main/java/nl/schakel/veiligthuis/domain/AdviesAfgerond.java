package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an advies (spec §3.2, service 1), with what was advised. Responsibility stays with the adviesvrager
 * unless the advies became a melding; then the case is a melding of Veilig Thuis from now on.
 */
public record AdviesAfgerond(AdviesUitkomst uitkomst, String toelichting) implements EntryPayload {

    /**
     * Checks the outcome of this advies and builds it, or throws with every problem at once. Rule 44: a melding needs
     * the melder's identity, so an advies of an anonymous caller cannot be converted into a melding; an ambtshalve
     * melding is Veilig Thuis's own melding and needs no melder. Rule 54: a melding is about at least one
     * directbetrokkene, so an advies about nobody in particular cannot become one.
     *
     * @param anoniem whether the adviesvrager stayed anonymous
     * @param heeftBetrokkenen whether the advies names at least one directbetrokkene
     */
    public static AdviesAfgerond of(
            @Nullable AdviesUitkomst uitkomst, String toelichting, boolean anoniem, boolean heeftBetrokkenen) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (uitkomst == null) {
            errors.put("uitkomst", "vt.fout.uitkomst");
        } else if (uitkomst == AdviesUitkomst.OMGEZET_IN_MELDING && anoniem) {
            errors.put("uitkomst", "vtintake.fout.anoniemomzetten");
        } else if (uitkomst.wordtMelding() && !heeftBetrokkenen) {
            errors.put("uitkomst", "vtintake.fout.omzettenzonderbetrokkenen");
        }
        String t = Teksten.verplicht(errors, "toelichting", toelichting, "vt.fout.toelichting");
        Teksten.gooiAlsFout(errors);
        return new AdviesAfgerond(uitkomst, t);
    }

    /**
     * The state of the case after this outcome: a converted advies (omgezet or ambtshalve) is a melding in the
     * veiligheidsbeoordeling, any other outcome closes the advies.
     */
    public ZaakStatus volgendeStatus() {
        return uitkomst.wordtMelding() ? ZaakStatus.VEILIGHEIDSBEOORDELING : ZaakStatus.ADVIES_AFGEROND;
    }

    @Override
    public String toString() {
        return "AdviesAfgerond[" + uitkomst + "]";
    }
}
