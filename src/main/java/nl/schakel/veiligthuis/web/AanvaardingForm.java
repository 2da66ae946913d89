package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The form to record a receiving party's answer, as submitted: "ja"/"nee" for accepted. */
public record AanvaardingForm(
        @Nullable String partij,
        @Nullable String aanvaard,
        @Nullable String reden,
        @Nullable String door,
        @Nullable String datum,
        @Nullable String wijze) {

    static AanvaardingForm empty() {
        return new AanvaardingForm(null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "AanvaardingForm[***]";
    }
}
