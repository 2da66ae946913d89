package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platformbeheerder keeps the code list "vormen van geweld"; the signaal form offers its active codes, and a
 * signaal records the chosen codes and their national categories. The database is shared by the tests in this JVM,
 * so each test adds codes of its own and only switches those off.
 */
class CodelijstenIT extends WebITSupport {

    @Autowired
    Codelijsten codelijsten;

    @Autowired
    DossierManagement dossiers;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int logRows(String event, String code, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND object_id = ? AND outcome = ?",
                Integer.class,
                event,
                code,
                outcome);
    }

    private UUID openAsLeerkracht() {
        return dossiers.open(
                actor("leerkracht"),
                List.of(new NewBetrokkene("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "", Relatie.KIND)));
    }

    private String payload(UUID dossier) {
        return jdbc.queryForObject(
                "SELECT payload::text FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'SIGNAAL'",
                String.class,
                dossier);
    }

    @Test
    void theListStartsWithOneCodePerNationalCategory() {
        Map<String, VormCode> codes = codelijsten.alleCodes();
        for (VormVanGeweld v : VormVanGeweld.values()) {
            VormCode code = codes.get(Codelijst.code(v));
            assertThat(code).isNotNull();
            assertThat(code.categorie()).isEqualTo(v);
        }
        assertThat(codes.get("getuige-huiselijk-geweld").labelNl()).isEqualTo("Getuige van huiselijk geweld");
        assertThat(codes.get("getuige-huiselijk-geweld").labelEn()).isEqualTo("Witness of domestic violence");
    }

    @Test
    void addedCodeIsOfferedUntilSwitchedOffAndAnExistingSignaalKeepsItsLabel() {
        Actor platform = actor("platform");
        String code = uniqueCode("stalking");
        codelijsten.voegToe(
                platform, code, "Stalking door ex-partner", "Stalking by an ex-partner", VormVanGeweld.PARTNERGEWELD);
        assertThat(logRows("organisation.codelijst.create", code, "GESLAAGD")).isEqualTo(1);
        assertThat(codelijsten.vormenVanGeweld()).extracting(VormCode::code).contains(code);

        UUID id = openAsLeerkracht();
        dossiers.addSignaal(
                actor("leerkracht"),
                id,
                new NewSignaal(
                        dossiers.today(),
                        "Ex-partner staat elke dag voor de deur.",
                        SignaalSoort.FEIT,
                        "",
                        Set.of(),
                        false,
                        Set.of(code)));

        codelijsten.zetActief(platform, code, false);
        assertThat(logRows("organisation.codelijst.update", code, "GESLAAGD")).isEqualTo(1);
        assertThat(codelijsten.vormenVanGeweld()).extracting(VormCode::code).doesNotContain(code);
        assertThat(codelijsten.alleVormenVanGeweld(platform))
                .extracting(VormCode::code)
                .contains(code);

        Browser leerkracht = browser().login("leerkracht");
        assertThat(leerkracht.get("/dossiers/" + id + "/signalen").body()).doesNotContain("Stalking door ex-partner");
        assertThat(leerkracht.get("/dossiers/" + id).body()).contains("Stalking door ex-partner");
        assertThatThrownBy(() -> dossiers.addSignaal(
                        actor("leerkracht"),
                        id,
                        new NewSignaal(
                                dossiers.today(),
                                "Weer gezien.",
                                SignaalSoort.FEIT,
                                "",
                                Set.of(),
                                false,
                                Set.of(code))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("vormen", "codelijst.fout.onbekend"));
    }

    @Test
    void labelsAndOrderChangeAndEachChangeIsLogged() {
        Actor platform = actor("platform");
        String first = uniqueCode("eerste");
        String second = uniqueCode("tweede");
        codelijsten.voegToe(platform, first, "Eerste", "First", VormVanGeweld.ANDERS);
        codelijsten.voegToe(platform, second, "Tweede", "Second", VormVanGeweld.ANDERS);

        codelijsten.verplaats(platform, second, true);
        List<String> order = codelijsten.alleVormenVanGeweld(platform).stream()
                .map(VormCode::code)
                .toList();
        assertThat(order.indexOf(second)).isLessThan(order.indexOf(first));

        codelijsten.wijzigLabels(platform, first, "Eerste vorm", "First form");
        assertThat(codelijsten.alleCodes().get(first).labelNl()).isEqualTo("Eerste vorm");
        assertThat(logRows("organisation.codelijst.update", first, "GESLAAGD")).isEqualTo(1);
        assertThat(logRows("organisation.codelijst.update", second, "GESLAAGD")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithEveryProblemAtOnce() {
        Actor platform = actor("platform");
        assertThatThrownBy(() -> codelijsten.voegToe(platform, "Met Hoofdletters", " ", "", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("code", "labelNl", "labelEn", "categorie"));
        assertThatThrownBy(
                        () -> codelijsten.voegToe(platform, "partnergeweld", "Dubbel", "Double", VormVanGeweld.ANDERS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("code", "codelijst.fout.bestaat")));
    }

    @Test
    void someoneElseThanThePlatformbeheerderIsRefusedAndLogged() {
        Actor beheerder = actor("beheer-school");
        String code = uniqueCode("geweigerd");
        int before = jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.codelijst.create'"
                        + " AND outcome <> 'GESLAAGD' AND username = 'beheer-school'",
                Integer.class);

        assertThatThrownBy(() -> codelijsten.voegToe(beheerder, code, "Label", "Label", VormVanGeweld.ANDERS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codelijsten.zetActief(actor("leerkracht"), "partnergeweld", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codelijsten.alleVormenVanGeweld(beheerder)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.codelijst.create'"
                                + " AND outcome <> 'GESLAAGD' AND username = 'beheer-school'",
                        Integer.class))
                .isEqualTo(before + 1);
        assertThat(codelijsten.alleCodes()).doesNotContainKey(code);
        assertThat(codelijsten.vormenVanGeweld()).extracting(VormCode::code).contains("partnergeweld");
        assertThat(browser().login("beheer-school").get("/platform/codelijsten").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theSignaalPageOffersANewCodeAndSavingItRecordsTheCodeAndItsCategory() {
        String code = uniqueCode("loverboy");
        codelijsten.voegToe(
                actor("platform"),
                code,
                "Loverboyproblematiek",
                "Loverboy grooming",
                VormVanGeweld.MENSENHANDEL_SEKSUELE_UITBUITING);
        UUID id = openAsLeerkracht();
        Browser leerkracht = browser().login("leerkracht");
        String form = "/dossiers/" + id + "/signalen";
        assertThat(leerkracht.get(form).body()).contains("value=\"" + code + "\"", "Loverboyproblematiek");

        HttpResponse<String> saved = leerkracht.post(
                form,
                form,
                "datum",
                dossiers.today().toString(),
                "waarneming",
                "Heeft steeds nieuwe dure spullen van een oudere vriend.",
                "soort",
                "FEIT",
                "vormen",
                code,
                "vormen",
                "verwaarlozing");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(payload(id))
                .contains(code, "verwaarlozing", "MENSENHANDEL_SEKSUELE_UITBUITING", "\"VERWAARLOZING\"");
        assertThat(leerkracht.get("/dossiers/" + id).body()).contains("Loverboyproblematiek", "Verwaarlozing");

        HttpResponse<String> refused = leerkracht.post(
                form,
                form,
                "datum",
                dossiers.today().toString(),
                "waarneming",
                "Nog iets.",
                "soort",
                "FEIT",
                "vormen",
                "bestaat-niet");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Deze vorm van geweld kunt u niet (meer) kiezen.");
    }

    @Test
    void thePlatformPageAddsACode() {
        Browser platform = browser().login("platform");
        assertThat(platform.get("/").body()).contains("href=\"/platform/codelijsten\"");
        String code = uniqueCode("digitaal");

        HttpResponse<String> saved = platform.post(
                "/platform/codelijsten",
                "/platform/codelijsten",
                "code",
                code,
                "labelNl",
                "Digitaal geweld",
                "labelEn",
                "Digital violence",
                "categorie",
                "ANDERS");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(platform.get("/platform/codelijsten").body()).contains(code, "Digitaal geweld");
        HttpResponse<String> refused = platform.post(
                "/platform/codelijsten", "/platform/codelijsten", "code", "Fout!", "labelNl", "", "labelEn", "");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Vul een code in van kleine letters");
    }
}
