package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The form to mark a melding acute, as submitted. */
public record AcuutForm(@Nullable String reden) {

    static AcuutForm empty() {
        return new AcuutForm(null);
    }

    @Override
    public String toString() {
        return "AcuutForm[***]";
    }
}
