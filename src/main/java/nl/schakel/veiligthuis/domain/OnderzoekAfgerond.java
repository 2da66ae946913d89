package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The end of an onderzoek by Veilig Thuis, after its report: with a follow-up (the overdracht, then monitoring; the
 * veiligheidsvoorwaarden are set) or with the end of Veilig Thuis's involvement ({@link Overgang.OnderzoekAfronden}).
 */
public record OnderzoekAfgerond(boolean vervolg, String toelichting) implements EntryPayload {

    /** @param vervolg {@code null} when not chosen */
    public static OnderzoekAfgerond of(@Nullable Boolean vervolg, String toelichting) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (vervolg == null) {
            errors.put("vervolg", "onderzoek.fout.vervolg");
        }
        String t = Teksten.optioneel(errors, "toelichting", toelichting, "onderzoek.fout.toelichting");
        Teksten.gooiAlsFout(errors);
        return new OnderzoekAfgerond(Boolean.TRUE.equals(vervolg), t);
    }

    /**
     * The outcome in plain Dutch, as it crosses the chain in the terugkoppeling after the onderzoek (the contract's
     * language, like {@link Besluit#omschrijving()}).
     */
    public String omschrijving() {
        return vervolg
                ? "Onderzoek afgerond: vervolg met overdracht en monitoring"
                : "Onderzoek afgerond: einde bemoeienis van Veilig Thuis";
    }

    @Override
    public String toString() {
        return "OnderzoekAfgerond[" + vervolg + "]";
    }
}
