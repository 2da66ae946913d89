package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/**
 * The gedragswetenschapper's judgement of one proposed change of a veiligheidsvoorwaarde, as submitted: the change's
 * journal entry, "ja" approves, "nee" rejects.
 */
public record WijzigingBeoordelingForm(
        @Nullable String wijziging,
        @Nullable String goedgekeurd,
        @Nullable String toelichting) {

    static WijzigingBeoordelingForm empty() {
        return new WijzigingBeoordelingForm(null, null, null);
    }

    @Override
    public String toString() {
        return "WijzigingBeoordelingForm[***]";
    }
}
