package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The form of one consulted source of the verrijking, as submitted. */
public record VerrijkingForm(
        @Nullable String bron,
        @Nullable String uitkomst,
        @Nullable String datum) {

    static VerrijkingForm empty(String vandaag) {
        return new VerrijkingForm(null, null, vandaag);
    }

    @Override
    public String toString() {
        return "VerrijkingForm[***]";
    }
}
