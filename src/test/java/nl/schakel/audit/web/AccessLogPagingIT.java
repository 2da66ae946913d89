package nl.schakel.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.AccessLogQuery;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** "Oudere regels" on /toegangslog: the next page with the same criteria, as a button in a form (issue 14). */
@WebIT
class AccessLogPagingIT extends WebITSupport {

    private static final Pattern OLDER = Pattern.compile("name=\"voor\" value=\"(\\d+)\"");

    @Autowired
    AccessLog accessLog;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theButtonOlderEntriesShowsTheNextPageOfTheSameSearch() {
        String object = "pagina-" + UUID.randomUUID();
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        int rows = AccessLogQuery.PAGE_SIZE + 5;
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < rows; i++) {
                accessLog.record(
                        AccessEvent.by(leerkracht, "dossier.read", ActionCode.R).on("dossier", object));
            }
        });
        var privacy = browser().login("privacy-school");

        HttpResponse<String> first = privacy.post("/toegangslog", "/toegangslog", "object", object);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains(AccessLogQuery.PAGE_SIZE + " regels gevonden, nieuwste eerst.")
                .contains("Er zijn nog oudere regels.")
                .contains("<button class=\"button button--secondary\" type=\"submit\">Oudere regels</button>")
                .contains("name=\"object\" value=\"" + object + "\"");
        Matcher older = OLDER.matcher(first.body());
        assertThat(older.find()).isTrue();

        HttpResponse<String> second =
                privacy.post("/toegangslog", "/toegangslog", "object", object, "voor", older.group(1));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .contains("U ziet 5 oudere regels, nieuwste eerst.")
                .doesNotContain("Oudere regels</button>");
    }

    @Test
    void aBrokenContinuationShowsTheDutchMessage() {
        var privacy = browser().login("privacy-school");

        HttpResponse<String> response = privacy.post("/toegangslog", "/toegangslog", "voor", "nul; DROP");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Het vervolg van de zoekopdracht klopt niet. Zoek opnieuw.");
    }
}
