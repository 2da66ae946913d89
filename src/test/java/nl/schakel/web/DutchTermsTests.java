package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The glossary's Dutch terms on English pages say they are Dutch (ADR-0029). */
class DutchTermsTests {

    @Test
    void onlyAPageThatWillBeEnglishIsKeptBackToBeMarked() {
        var dutchByDefault = new org.springframework.mock.web.MockHttpServletRequest("GET", "/dossiers");
        assertThat(DutchTerms.english(dutchByDefault)).isFalse();

        var chosenEnglish = new org.springframework.mock.web.MockHttpServletRequest("GET", "/dossiers");
        chosenEnglish.setCookies(new jakarta.servlet.http.Cookie(LocaleConfiguration.COOKIE, "en"));
        assertThat(DutchTerms.english(chosenEnglish)).isTrue();

        var switchingToDutch = new org.springframework.mock.web.MockHttpServletRequest("GET", "/dossiers");
        switchingToDutch.setCookies(new jakarta.servlet.http.Cookie(LocaleConfiguration.COOKIE, "en"));
        switchingToDutch.setParameter(LocaleConfiguration.PARAMETER, "nl");
        assertThat(DutchTerms.english(switchingToDutch)).isFalse();

        var switchingToEnglish = new org.springframework.mock.web.MockHttpServletRequest("GET", "/dossiers");
        switchingToEnglish.setParameter(LocaleConfiguration.PARAMETER, "en");
        assertThat(DutchTerms.english(switchingToEnglish)).isTrue();
    }

    @Test
    void onAnEnglishPageEachDutchTermInTheTextIsMarkedDutch() {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Veilig Thuis – Schakel</title></head><body>"
                + "<p class=\"lead\" title=\"the meldcode\">Ask the Raad voor de Kinderbescherming about the melding"
                + " and its aanvullingen; the Veilig Thuis-regio knows.</p></body></html>";
        assertThat(DutchTerms.mark(page))
                .contains("<title>Veilig Thuis – Schakel</title>")
                .contains("title=\"the meldcode\"")
                .contains("Ask the <span lang=\"nl\">Raad voor de Kinderbescherming</span> about the"
                        + " <span lang=\"nl\">melding</span> and its <span lang=\"nl\">aanvullingen</span>; the"
                        + " <span lang=\"nl\">Veilig Thuis-regio</span> knows.");
    }

    @Test
    void textThatNamesItsLanguageOrCannotHoldMarkupIsLeftAlone() {
        String page = "<html lang=\"en\"><body><p lang=\"nl\">De <b>melding</b> is <i>verstuurd</i>.</p>"
                + "<select><option value=\"a\">melding</option></select><textarea>signaal</textarea>"
                + "<a href=\"/x\" data-x='a > b melding'>melding</a><p>Words such as remelding or melding-x.</p>"
                + "</body></html>";
        assertThat(DutchTerms.mark(page))
                .contains("<p lang=\"nl\">De <b>melding</b> is <i>verstuurd</i>.</p>")
                .contains("<option value=\"a\">melding</option>")
                .contains("<textarea>signaal</textarea>")
                .contains("data-x='a > b melding'><span lang=\"nl\">melding</span></a>")
                .contains("Words such as remelding or <span lang=\"nl\">melding-x</span>.");
    }

    @Test
    void aDutchPageIsLeftAsItIs() {
        String page = "<html lang=\"nl\"><body><p>De melding en de meldcode.</p></body></html>";
        assertThat(DutchTerms.mark(page)).isEqualTo(page);
    }

    @Test
    void everyTermIsADutchTermOfTheGlossary() throws IOException {
        String glossary = Files.readString(Path.of("docs/glossary.md")).toLowerCase(Locale.ROOT);
        assertThat(DutchTerms.TERMS)
                .allSatisfy(term -> assertThat(glossary).contains(singular(term.toLowerCase(Locale.ROOT))));
    }

    /** The term, or the singular of a Dutch plural ("-en", "-s"), as the glossary has it. */
    private static String singular(String term) {
        return term.endsWith("en") && !term.contains(" ")
                ? term.substring(0, term.length() - 2)
                : term.endsWith("s") && !term.contains(" ") ? term.substring(0, term.length() - 1) : term;
    }
}
