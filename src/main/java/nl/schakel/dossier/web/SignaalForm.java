package nl.schakel.dossier.web;

import java.util.List;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.organisation.Codelijst;
import org.jspecify.annotations.Nullable;

/** The form for a signaal; strings as typed, checked by the facade. {@code vormen} holds the chosen codes. */
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

    /** The form of a stored signaal: its codes, or for a signaal with categories only, the codes of those. */
    static SignaalForm of(Signaal s) {
        return new SignaalForm(
                s.datum().toString(),
                s.waarneming(),
                s.soort().name(),
                s.bron(),
                s.codes().isEmpty() ? s.vormen().stream().map(Codelijst::code).toList() : List.copyOf(s.codes()),
                s.disclosure() ? "ja" : null);
    }

    @Override
    public String toString() {
        return "SignaalForm[***]";
    }
}
