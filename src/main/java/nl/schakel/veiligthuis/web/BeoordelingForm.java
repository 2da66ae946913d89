package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The gedragswetenschapper's judgement of a proposed besluit, as submitted: "ja" approves, "nee" rejects. */
public record BeoordelingForm(
        @Nullable String goedgekeurd, @Nullable String toelichting) {

    static BeoordelingForm empty() {
        return new BeoordelingForm(null, null);
    }

    @Override
    public String toString() {
        return "BeoordelingForm[***]";
    }
}
