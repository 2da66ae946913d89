package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** An afspraak on who does what, as submitted; the end date is optional. */
public record AfspraakForm(
        @Nullable String wie,
        @Nullable String wat,
        @Nullable String totWanneer) {

    static AfspraakForm empty() {
        return new AfspraakForm(null, null, null);
    }

    @Override
    public String toString() {
        return "AfspraakForm[***]";
    }
}
