package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The veiligheidstaxatie form as submitted: "ja" or "nee" per question, with its reasoning. */
public record TaxatieForm(
        @Nullable String acuutOnveilig,
        @Nullable String redenAcuut,
        @Nullable String structureelOnveilig,
        @Nullable String redenStructureel,
        @Nullable String multiproblematiek,
        @Nullable String redenMultiproblematiek) {

    static TaxatieForm empty() {
        return new TaxatieForm(null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "TaxatieForm[***]";
    }
}
