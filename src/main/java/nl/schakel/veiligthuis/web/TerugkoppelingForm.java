package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The terugkoppeling form as submitted: receiving parties one per line, "ja"/"nee" for the melder's role. */
public record TerugkoppelingForm(
        @Nullable String partijen,
        @Nullable String melderHeeftRol,
        @Nullable String voorwaardenEnAfspraken,
        @Nullable String toelichting,
        @Nullable String wijze,
        @Nullable String datum) {

    static TerugkoppelingForm empty() {
        return new TerugkoppelingForm(null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "TerugkoppelingForm[***]";
    }
}
