package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.WebITSupport;
import org.junit.jupiter.api.Test;

/**
 * Rule 43 over HTTP: a shielded melder's name, organisation and contact appear on no Veilig Thuis page for any role,
 * and never on the overview for the family; a VT-medewerker sees them only on the answer to a reason, which is
 * logged with that reason as its purpose; a teamleider is refused and the attempt is logged. A melder who is not
 * shielded is named on the overview.
 */
class MelderAfschermingIT extends WebITSupport {

    private static final String NAAM = "Xandra Qwertyzorg";
    private static final String ORGANISATIE = "Kinderdagverblijf Zonnezwaluw Qx";
    private static final String CONTACT = "xandra.qwerty@example.org";

    private UUID registreer(Browser vt, IntakeFormulier form) {
        HttpResponse<String> response = vt.post("/veilig-thuis/nieuw", "/veilig-thuis/nieuw", form.alsVelden());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return UUID.fromString(Browser.location(response).substring("/veilig-thuis/zaken/".length()));
    }

    private static List<String> pages(UUID id) {
        String zaak = "/veilig-thuis/zaken/" + id;
        return List.of(
                "/veilig-thuis/zaken",
                "/veilig-thuis/nieuw",
                zaak,
                zaak + "/overzicht",
                zaak + "/eerste-contact",
                zaak + "/advies",
                zaak + "/veiligheidscheck");
    }

    private void assertNowhere(Browser browser, UUID id, String who) {
        for (String page : pages(id)) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).as("%s on %s", who, page).isLessThan(500);
            assertThat(response.body())
                    .as("%s on %s", who, page)
                    .doesNotContain(NAAM)
                    .doesNotContain("Qwertyzorg")
                    .doesNotContain(ORGANISATIE)
                    .doesNotContain(CONTACT);
        }
    }

    @Test
    void aShieldedMelderAppearsOnNoPageAndOnlyOnTheAnswerToAReasonWhichIsLogged() {
        Browser vt = browser().login("vt-noord");
        UUID id = registreer(vt, IntakeFormulier.melding(clock.instant(), NAAM, ORGANISATIE, CONTACT));
        String zaak = "/veilig-thuis/zaken/" + id;
        Browser gw = browser().login("gw-noord");
        Browser tl = browser().login("tl-noord");

        assertNowhere(vt, id, "vt-noord");
        assertNowhere(gw, id, "gw-noord");
        assertNowhere(tl, id, "tl-noord");
        assertThat(vt.get(zaak + "/overzicht").body())
                .contains("De melder blijft onbekend.")
                .contains("Lotte Intakekind");
        assertThat(vt.get(zaak).body()).contains("id=\"melder-inzien\"");
        assertThat(tl.get(zaak).body())
                .doesNotContain("id=\"melder-inzien\"")
                .doesNotContain("id=\"actie-eerste-contact\"");

        // without a reason, or with one a privacy officer cannot judge: refused with a hint, nothing shown
        assertThat(vt.get(zaak).body())
                .contains("Waarom moet u de melder zien?")
                .contains("Bijvoorbeeld:");
        for (String teKort : List.of(" ", "x", "Terugbellen", "!!! ... ??? ... !!! ... ???")) {
            HttpResponse<String> geweigerd = vt.post(zaak, zaak + "/melder", "reden", teKort);
            assertThat(geweigerd.statusCode()).as(teKort).isEqualTo(200);
            assertThat(geweigerd.body())
                    .as(teKort)
                    .contains("minstens 20 letters of cijfers")
                    .contains("aria-invalid=\"true\"")
                    .doesNotContain(NAAM)
                    .doesNotContain(CONTACT);
        }
        assertThat(vt.post(zaak, zaak + "/melder", "reden", "Terugbellen").body())
                .as("the reason typed stays in the field")
                .contains(">Terugbellen</textarea>");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = 'veiligthuis.melder.read'"
                                + " AND outcome = 'GESLAAGD'",
                        Integer.class,
                        id.toString()))
                .isZero();

        String reden = "Terugbellen over afspraken met de school";
        HttpResponse<String> reveal = vt.post(zaak, zaak + "/melder", "reden", reden);

        assertThat(reveal.statusCode()).isEqualTo(200);
        assertThat(reveal.headers().allValues("Cache-Control"))
                .anySatisfy(v -> assertThat(v).contains("no-store"));
        assertThat(reveal.body()).contains(NAAM).contains(ORGANISATIE).contains(CONTACT);
        assertThat(jdbc.queryForList(
                        "SELECT purpose FROM audit.access_log WHERE object_id = ? AND event = 'veiligthuis.melder.read'"
                                + " AND outcome = 'GESLAAGD' AND username = 'vt-noord'",
                        String.class,
                        id.toString()))
                .contains(reden);

        HttpResponse<String> refused = tl.post("/veilig-thuis/zaken", zaak + "/melder", "reden", "Even kijken");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(NAAM).doesNotContain(CONTACT);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = 'veiligthuis.melder.read'"
                                + " AND outcome = 'GEWEIGERD' AND username = 'tl-noord'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);

        // after the reveal, the pages still show nothing of the melder (the journal keeps only the reason)
        assertNowhere(vt, id, "vt-noord after the reveal");
        assertNowhere(tl, id, "tl-noord after the reveal");
        assertThat(vt.get(zaak).body()).contains(reden);
    }

    @Test
    void aMelderWhoIsNotShieldedIsNamedOnTheOverviewAndStillOnlyShownWithAReason() {
        Browser vt = browser().login("vt-noord");
        UUID id = registreer(
                vt,
                IntakeFormulier.melding(clock.instant(), "Open Melder Zichtbaar", "Buurthuis Open", "0301112233")
                        .set("afgeschermd", "regel")
                        .set("clientGeinformeerd", "ja"));
        String zaak = "/veilig-thuis/zaken/" + id;

        assertThat(vt.get(zaak + "/overzicht").body())
                .contains("Open Melder Zichtbaar")
                .contains("Buurthuis Open")
                .doesNotContain("0301112233")
                .doesNotContain("De melder blijft onbekend.");
        assertThat(vt.get(zaak).body()).doesNotContain("Open Melder Zichtbaar").contains("id=\"melder-inzien\"");

        HttpResponse<String> reveal =
                vt.post(zaak, zaak + "/melder", "reden", "Terugbellen over het afgesproken huisbezoek");
        assertThat(reveal.body())
                .contains("Open Melder Zichtbaar")
                .contains("De naam mag met het gezin gedeeld worden.");
    }
}
