package nl.schakel.afwegingskader;

/**
 * A text of a kader data file in Dutch and English (ADR-0027): an example of onveiligheid or the source of a kader.
 * The Dutch text is the one the sources give; the English one is its translation for the English interface.
 *
 * @param nl the text in Dutch
 * @param en the same text in English
 */
public record BilingualText(String nl, String en) {

    public BilingualText {
        if (nl.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a kader text needs both its Dutch and its English wording");
        }
    }

    /** The text in this language: English for {@code "en"}, Dutch for any other language. */
    public String in(String language) {
        return "en".equals(language) ? en : nl;
    }
}
