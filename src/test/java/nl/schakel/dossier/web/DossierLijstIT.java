package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.Browser;
import nl.schakel.WebITSupport;
import nl.schakel.shared.Paginering;
import org.junit.jupiter.api.Test;

/**
 * The list of dossiers comes a page at a time (ADR-0036): the aandachtsfunctionaris of the demo school sees every
 * dossier of the school (a year of synthetic dossiers), so the first page holds {@value Paginering#GROOTTE} and links to
 * the next by its number in the address; a page number that is no number is a Dutch 400 page, never a 500.
 */
class DossierLijstIT extends WebITSupport {

    private static final Pattern RIJ = Pattern.compile("<a href=\"/dossiers/([0-9a-f-]{36})\">");

    @Test
    void theListOfAllDossiersIsLeafedThroughByPageNumber() {
        Browser af = browser().login("af-school");

        HttpResponse<String> first = af.get("/dossiers");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(rows(first.body())).isEqualTo(Paginering.GROOTTE);
        assertThat(first.body())
                .contains("<nav class=\"paginering\" aria-label=\"Bladeren door de lijst\">")
                .contains("Pagina 1: regel 1 tot en met 50")
                .contains("<caption>Dossiers, regel 1 tot en met 50</caption>")
                .contains("rel=\"next\" href=\"/dossiers?pagina=2\">Volgende pagina</a>")
                .doesNotContain("rel=\"prev\"");

        HttpResponse<String> second = af.get("/dossiers?pagina=2");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .contains("Pagina 2: regel 51 tot en met")
                .contains("rel=\"prev\" href=\"/dossiers?pagina=1\">Vorige pagina</a>");
        Matcher eerste = RIJ.matcher(first.body());
        eerste.find();
        assertThat(second.body()).as("another page, other dossiers").doesNotContain(eerste.group(1));
    }

    @Test
    void aPageAfterTheLastSaysSoAndLeadsBackToTheFirst() {
        Browser af = browser().login("af-school");

        HttpResponse<String> voorbij = af.get("/dossiers?pagina=9000");

        assertThat(voorbij.statusCode()).isEqualTo(200);
        assertThat(voorbij.body())
                .contains("Pagina 9000: hier staan geen regels meer.")
                .contains("href=\"/dossiers\">Naar de eerste pagina</a>")
                .doesNotContain("U heeft nog geen dossiers")
                .doesNotContain("tot en met 449");
        assertThat(rows(voorbij.body())).isZero();
    }

    @Test
    void aPageNumberThatIsNoNumberIsADutchMessage() {
        Browser af = browser().login("af-school");
        for (String bad : new String[] {"abc", "0", "-3", "99999999", "10001"}) {
            HttpResponse<String> response = af.get("/dossiers?pagina=" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).as(bad).contains("lang=\"nl\"");
        }
    }

    private static int rows(String body) {
        int n = 0;
        for (Matcher m = RIJ.matcher(body); m.find(); ) {
            n++;
        }
        return n;
    }
}
