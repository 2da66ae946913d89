package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.schakel.ApiTestClient;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.TestZaken;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Veiligheidsbeoordeling;
import nl.schakel.veiligthuis.VoorwaardenEnVervolg;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP: the pages of voorwaarden en vervolg with good and bad input (Dutch messages, nothing saved on error), the
 * worker landing on the case after each step, the teamleider kept off the action pages, and a veiligheidsvoorwaarde
 * that cannot be changed in place, through the pages or the API: only a proposed change that another
 * gedragswetenschapper approves changes it, and the old wording stays in the journal (rule 40).
 */
class VoorwaardenPagesIT extends WebITSupport {

    private static final String VOORWAARDE = "Als vader drinkt, heeft hij geen contact met de kinderen.";

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    VoorwaardenEnVervolg vv;

    private final Random random = new Random(1010);

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    /** A melding with the approved besluit "voorwaarden en vervolg". */
    private UUID inVoorwaardenEnVervolg() {
        return TestZaken.naBesluit(
                veiligThuis, vb, jdbc, clock.instant(), "Kind Voorwaarden", Besluit.VOORWAARDEN_EN_VERVOLG);
    }

    private int entries(UUID zaak, String kind) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ? AND kind = ?",
                Integer.class,
                zaak,
                kind);
    }

    private int entries(UUID zaak) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ?", Integer.class, zaak);
    }

    private String status(UUID zaak) {
        return jdbc.queryForObject("SELECT status FROM veiligthuis.zaak WHERE id = ?", String.class, zaak);
    }

    private Veiligheidsvoorwaarden.Voorwaarde voorwaarde(UUID zaak, UUID voorwaarde) {
        return Veiligheidsvoorwaarden.van(
                        veiligThuis.zaak(actor("vt-noord"), zaak).journal())
                .voorwaarde(voorwaarde)
                .orElseThrow();
    }

    @Test
    void voorwaardenAndAfsprakenAreRecordedOnTheirPagesAndTheCaseMovesToTheOverdracht() {
        UUID zaak = inVoorwaardenEnVervolg();
        String show = "/veilig-thuis/zaken/" + zaak;
        String page = show + "/voorwaarden";
        String afspraken = show + "/afspraken";
        String overdracht = show + "/naar-overdracht";
        Browser vt = browser().login("vt-noord");

        HttpResponse<String> first = vt.get(page);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("Er zijn nog geen veiligheidsvoorwaarden vastgesteld.")
                .contains("action=\"" + overdracht + "\"");
        assertThat(vt.get(show).body()).contains("id=\"voorwaarden-sectie\"").contains("href=\"" + page + "\"");

        HttpResponse<String> tooEarly = vt.post(page, overdracht);
        assertThat(tooEarly.statusCode()).isEqualTo(200);
        assertThat(tooEarly.body()).contains("Stel eerst minstens een veiligheidsvoorwaarde vast.");
        assertThat(status(zaak)).isEqualTo("VOORWAARDEN_EN_VERVOLG");

        HttpResponse<String> bad = vt.post(page, page, "tekst", " ", "betreft", "", "controle", "  ");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("Schrijf de veiligheidsvoorwaarde op")
                .contains("Schrijf op om wie het gaat")
                .contains("Schrijf op hoe en door wie de voorwaarde wordt gecontroleerd");
        assertThat(entries(zaak, "VOORWAARDE")).isZero();

        HttpResponse<String> good =
                vt.post(page, page, "tekst", VOORWAARDE, "betreft", "Vader", "controle", "Wijkteam, elke week");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(Browser.location(good)).isEqualTo(show);
        assertThat(vt.get(show).body())
                .contains("De veiligheidsvoorwaarde is vastgesteld.")
                .contains(VOORWAARDE)
                .contains("Veiligheidsvoorwaarde vastgesteld");

        HttpResponse<String> badAfspraak =
                vt.post(afspraken, afspraken, "wie", "Moeder", "wat", " ", "totWanneer", "2000-01-01");
        assertThat(badAfspraak.statusCode()).isEqualTo(200);
        assertThat(badAfspraak.body())
                .contains("Schrijf op wat er is afgesproken")
                .contains("De datum ligt in het verleden.");
        assertThat(entries(zaak, "AFSPRAAK")).isZero();
        HttpResponse<String> afspraak = vt.post(
                afspraken, afspraken, "wie", "Moeder", "wat", "Belt het wijkteam als vader drinkt.", "totWanneer", "");
        assertThat(afspraak.statusCode()).isEqualTo(302);
        assertThat(Browser.location(afspraak)).isEqualTo(show);
        assertThat(vt.get(show).body())
                .contains("De afspraak is vastgelegd.")
                .contains("Belt het wijkteam als vader drinkt.")
                .contains("Geen einddatum");

        // the teamleider reads the voorwaarden on the case page but is not served the pages to act on
        Browser tl = browser().login("tl-noord");
        HttpResponse<String> leest = tl.get(show);
        assertThat(leest.statusCode()).isEqualTo(200);
        assertThat(leest.body()).contains(VOORWAARDE).doesNotContain("action=\"" + page + "\"");
        assertThat(tl.get(page).statusCode()).isEqualTo(403);
        assertThat(tl.get(afspraken).statusCode()).isEqualTo(403);
        assertThat(tl.get(page + "/beoordeling").statusCode()).isEqualTo(403);
        assertThat(tl.post(show, page, "tekst", "Iets.", "betreft", "Moeder", "controle", "Oma")
                        .statusCode())
                .isEqualTo(403);
        assertThat(tl.post(show, overdracht).statusCode()).isEqualTo(403);
        assertThat(entries(zaak, "VOORWAARDE")).isEqualTo(1);

        HttpResponse<String> verder = vt.post(page, overdracht);
        assertThat(verder.statusCode()).isEqualTo(302);
        assertThat(Browser.location(verder)).isEqualTo(show);
        assertThat(status(zaak)).isEqualTo("OVERDRACHT");
        assertThat(vt.get(show).body()).contains("De zaak is nu in de overdracht.");
        assertThat(vt.get(page).body()).doesNotContain("action=\"" + overdracht + "\"");
    }

    @Test
    void rule40_aVoorwaardeCannotBeChangedInPlaceThroughThePagesOrTheApi() throws Exception {
        UUID zaak = inVoorwaardenEnVervolg();
        UUID id = vv.stelVast(
                actor("vt-noord"), zaak, Veiligheidsvoorwaarde.of(VOORWAARDE, "Vader", "Wijkteam, elke week"));
        String show = "/veilig-thuis/zaken/" + zaak;
        String page = show + "/voorwaarden";
        int voor = entries(zaak);
        Browser vt = browser().login("vt-noord");

        // no edit endpoint on the pages: a post to the voorwaarde itself is not served
        HttpResponse<String> inPlace = vt.post(page, page + "/" + id, "tekst", "Vader mag drinken.");
        assertThat(inPlace.statusCode()).isIn(404, 405);

        // nor in the API: PUT, PATCH and DELETE on the voorwaarde are refused
        ApiTestClient api = new ApiTestClient(port);
        String token = api.token("vt-noord-demo", "vt-noord-demo-secret");
        HttpClient http = HttpClient.newHttpClient();
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/veilig-thuis/zaken/" + zaak
                                    + "/voorwaarden/" + id))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString("{\"tekst\":\"Vader mag drinken.\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isIn(404, 405);
        }
        assertThat(entries(zaak)).isEqualTo(voor);

        // the form for a new voorwaarde ignores a voorwaarde id: it sets a new one beside it
        HttpResponse<String> naast = vt.post(
                page,
                page,
                "voorwaarde",
                id.toString(),
                "tekst",
                "Vader mag drinken.",
                "betreft",
                "Vader",
                "controle",
                "-");
        assertThat(naast.statusCode()).isEqualTo(302);
        assertThat(vt.get(show).body()).contains("De veiligheidsvoorwaarde is vastgesteld.");
        assertThat(voorwaarde(zaak, id).versies())
                .singleElement()
                .satisfies(v -> assertThat(v.tekst()).isEqualTo(VOORWAARDE));

        // the one way: a proposed change, which the proposer cannot approve
        String wijziging = page + "/" + id + "/wijziging";
        assertThat(vt.get(wijziging).body()).contains(VOORWAARDE).contains("Waarom Veilig Thuis de voorwaarde wijzigt");
        HttpResponse<String> same = vt.post(
                wijziging,
                wijziging,
                "tekst",
                VOORWAARDE,
                "betreft",
                "Vader",
                "controle",
                "Wijkteam, elke week",
                "reden",
                "Geen.");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("De nieuwe tekst is dezelfde als de geldende.");
        HttpResponse<String> noReason = vt.post(
                wijziging, wijziging, "tekst", "Vader drinkt niet thuis.", "betreft", "Vader", "controle", "Wijkteam");
        assertThat(noReason.body()).contains("Schrijf op waarom Veilig Thuis de voorwaarde wijzigt");
        assertThat(entries(zaak, "VOORWAARDE_WIJZIGING")).isZero();
        HttpResponse<String> proposed = vt.post(
                wijziging,
                wijziging,
                "tekst",
                "Vader drinkt niet thuis.",
                "betreft",
                "Vader",
                "controle",
                "Wijkteam",
                "reden",
                "Vader drinkt nu ook overdag.");
        assertThat(proposed.statusCode()).isEqualTo(302);
        assertThat(Browser.location(proposed)).isEqualTo(show);
        assertThat(vt.get(show).body()).contains("De wijziging is voorgesteld.");
        assertThat(vt.get(page).body()).contains("Een wijziging wacht op beoordeling");
        assertThat(vt.get(page + "/beoordeling").statusCode()).isEqualTo(403);
        assertThat(voorwaarde(zaak, id).geldend().tekst()).isEqualTo(VOORWAARDE);

        // another person, the gedragswetenschapper, sees both wordings and approves
        Browser gw = browser().login("gw-noord");
        String beoordeling = page + "/beoordeling";
        assertThat(gw.get(show).body())
                .contains("Er wacht 1 wijziging op beoordeling.")
                .contains("href=\"" + beoordeling + "\"");
        HttpResponse<String> review = gw.get(beoordeling);
        assertThat(review.body())
                .contains(VOORWAARDE)
                .contains("Vader drinkt niet thuis.")
                .contains("Vader drinkt nu ook overdag.")
                .contains("action=\"" + beoordeling + "\"");
        String open = Veiligheidsvoorwaarden.van(
                        veiligThuis.zaak(actor("gw-noord"), zaak).journal())
                .openWijzigingen()
                .getFirst()
                .entry()
                .id()
                .toString();
        HttpResponse<String> rejectWithoutReason =
                gw.post(beoordeling, beoordeling, "wijziging", open, "goedgekeurd", "nee", "toelichting", "");
        assertThat(rejectWithoutReason.statusCode()).isEqualTo(200);
        assertThat(rejectWithoutReason.body()).contains("Schrijf op waarom u de wijziging afwijst");
        HttpResponse<String> approve =
                gw.post(beoordeling, beoordeling, "wijziging", open, "goedgekeurd", "ja", "toelichting", "");
        assertThat(approve.statusCode()).isEqualTo(302);
        assertThat(Browser.location(approve)).isEqualTo(show);

        assertThat(voorwaarde(zaak, id).versies())
                .extracting(Veiligheidsvoorwaarden.Versie::tekst)
                .containsExactly(VOORWAARDE, "Vader drinkt niet thuis.");
        String after = gw.get(page).body();
        assertThat(after)
                .contains("<details>")
                .contains("Geschiedenis (2 versies)")
                .contains(VOORWAARDE);
        assertThat(gw.get(show).body())
                .contains("De wijziging is goedgekeurd.")
                .contains("Wijziging van een veiligheidsvoorwaarde beoordeeld")
                .contains("Vader drinkt niet thuis.");
        assertThat(entries(zaak, "VOORWAARDE"))
                .as("the old wording is still its own entry")
                .isEqualTo(2);
    }
}
