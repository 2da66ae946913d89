package nl.schakel.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.Relatie;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page a demo user opens with a GET, per user: the list the page-wide browser checks walk (a page added here
 * is checked by each of them). The dossier pages are those of a dossier made for the check; the Veilig Thuis pages
 * those of the demo region's cases, one in each status, with every page of a case.
 */
final class EveryPage {

    /** The pages of a dossier, after {@code /dossiers/{id}}. */
    static final List<String> DOSSIER = List.of(
            "",
            "/signalen",
            "/consultaties",
            "/gesprek",
            "/kindcheck",
            "/mantelzorgcheck",
            "/afwegingen",
            "/melding",
            "/delen",
            "/betrokkenen",
            "/afsluiten");

    /** The pages of a Veilig Thuis case, after {@code /veilig-thuis/zaken/{id}}. */
    static final List<String> ZAAK = List.of(
            "",
            "/overzicht",
            "/verrijking",
            "/taxatie",
            "/acuut",
            "/veiligheidscheck",
            "/eerste-contact",
            "/advies",
            "/afspraken",
            "/besluit",
            "/terugkoppeling",
            "/voorwaarden",
            "/onderzoek",
            "/monitoring",
            "/overdracht",
            "/raad");

    private EveryPage() {}

    /** The pages per demo user, in the order of the menu; makes one dossier for the professional. */
    static Map<String, List<String>> perUser(JdbcTemplate jdbc, DossierManagement dossiers) {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        UUID dossier = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Sam Smalscherm", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        List<String> leerkracht =
                new ArrayList<>(List.of("/", "/dossiers", "/dossiers/nieuw", "/help", "/bestaat-niet", "/toegangslog"));
        leerkracht.add("/scholing");
        DOSSIER.forEach(page -> leerkracht.add("/dossiers/" + dossier + page));
        pages.put("leerkracht", leerkracht);
        pages.put("af-school", List.of("/dossiers", "/dossiers?pagina=2"));
        pages.put(
                "beheer-school",
                List.of(
                        "/",
                        "/beheer/leden",
                        "/beheer/teams",
                        "/organisatie",
                        "/beheer/meldprotocol",
                        "/beheer/meldprotocol/nieuw",
                        "/beheer/meldprotocol/versies/1",
                        "/beheer/scholing",
                        "/beheer/invoering",
                        "/beheer/invoering/implementatieplan",
                        "/beheer/invoering/stappenplan"));
        pages.put("privacy-school", List.of("/", "/toegangslog", "/toegangslog/controle"));
        pages.put("manager-school", List.of("/", "/management"));
        pages.put(
                "platform",
                List.of(
                        "/",
                        "/platform/organisaties",
                        "/platform/codelijsten",
                        "/platform/kalender",
                        "/platform/kalender?jaar=2029",
                        "/platform/keten"));
        List<String> vt = new ArrayList<>(List.of(
                "/veilig-thuis", "/veilig-thuis/wachtrij", "/veilig-thuis/zaken", "/veilig-thuis/nieuw", "/help"));
        for (UUID zaak : jdbc.queryForList(
                "SELECT DISTINCT ON (status) id FROM veiligthuis.zaak z"
                        + " WHERE tenant_id = ? ORDER BY status, ontvangen_op",
                UUID.class,
                TestActors.actor(jdbc, "vt-noord").tenantId().value())) {
            ZAAK.forEach(page -> vt.add("/veilig-thuis/zaken/" + zaak + page));
        }
        pages.put("vt-noord", vt);
        pages.put("gw-noord", List.of("/veilig-thuis", "/veilig-thuis/besluiten"));
        pages.put("tl-noord", List.of("/veilig-thuis", "/veilig-thuis/termijnen"));
        return pages;
    }
}
