package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The first-contact form as submitted; {@code blijftHulpBieden} is "ja" or "nee". */
public record EersteContactForm(
        @Nullable String situatie,
        @Nullable String inschattingGevaar,
        @Nullable String blijftHulpBieden,
        @Nullable String verwachtingen,
        @Nullable String afspraken) {

    static EersteContactForm empty() {
        return new EersteContactForm(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "EersteContactForm[***]";
    }
}
