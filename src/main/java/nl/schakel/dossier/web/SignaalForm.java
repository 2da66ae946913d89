package nl.schakel.dossier.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The form for a signaal; strings as typed, checked by the facade. */
public record SignaalForm(
        @Nullable String datum,
        @Nullable String waarneming,
        @Nullable String soort,
        @Nullable String bron,
        @Nullable List<String> vormen,
        @Nullable String disclosure) {

    public static SignaalForm empty() {
        return new SignaalForm(null, null, null, null, null, null);
    }

    public boolean chosen(String vorm) {
        return vormen != null && vormen.contains(vorm);
    }

    @Override
    public String toString() {
        return "SignaalForm[***]";
    }
}
