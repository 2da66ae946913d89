package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The form to offer the overdracht to one receiving party, as submitted. */
public record OverdrachtForm(
        @Nullable String soort,
        @Nullable String naam,
        @Nullable String organisatie,
        @Nullable String contact,
        @Nullable String overname) {

    static OverdrachtForm empty() {
        return new OverdrachtForm(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "OverdrachtForm[***]";
    }
}
