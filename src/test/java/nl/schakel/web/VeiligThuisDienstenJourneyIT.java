package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.AntwoordInvoer;
import nl.schakel.veiligthuis.OverdrachtInvoer;
import nl.schakel.veiligthuis.OverdrachtManagement;
import nl.schakel.veiligthuis.VeiligThuisIntakeIT;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Veiligheidsbeoordeling;
import nl.schakel.veiligthuis.VoorwaardenEnVervolg;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.Ontvanger;
import nl.schakel.veiligthuis.domain.OverdrachtBeantwoord;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10's first "Done when", in a real browser: a melding from the teacher's dossier about a child of 6 goes
 * through the besluit "voorwaarden en vervolg", two veiligheidsvoorwaarden, an overdracht that the teacher accepts in
 * her dossier, a 3-month monitoring moment (the child heard, one voorwaarde not kept), a vervolgmelding that leads to a
 * new veiligheidsbeoordeling and an onderzoek with findings per form of violence and its terugkoppeling to the teacher,
 * a second overdracht and monitoring until the gedragswetenschapper approves that safety is stable; the next melding
 * about the child is a hermelding. Every page on the way is checked with axe-core; a second test sets a voorwaarde and
 * records a monitoring moment with the keyboard alone.
 */
class VeiligThuisDienstenJourneyIT extends BrowserTestBase {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String VOORWAARDE_DRINKEN = "Als vader drinkt, heeft hij geen contact met de kinderen.";
    private static final String VOORWAARDE_SCHOOL = "Sem gaat elke dag naar school.";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    VoorwaardenEnVervolg vv;

    @Autowired
    OverdrachtManagement overdracht;

    /** A synthetic child of 6 (and still 6 in a few months), with a name of its own for this run. */
    private record Kind(String naam, String bsn, LocalDate geboren) {}

    private Kind nieuwKind(String voornaam) {
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), NL);
        return new Kind(
                voornaam + " Diensten " + UUID.randomUUID().toString().substring(0, 6),
                TestBsn.generated(new java.util.Random()),
                vandaag.minusYears(6).minusMonths(2));
    }

    @Test
    void aCaseGoesThroughTheServicesUntilSafetyIsStableAndTheNextMeldingIsAHermelding() {
        Kind kind = nieuwKind("Sem");
        Actor leerkracht = TestActors.actor(jdbcTemplate, "leerkracht");
        UUID dossierId = dossiers.open(
                leerkracht, List.of(new NewBetrokkene(kind.naam(), kind.geboren(), kind.bsn(), Relatie.KIND)));
        dossiers.addSignaal(
                leerkracht,
                dossierId,
                new NewSignaal(
                        dossiers.today(),
                        "Sem heeft blauwe plekken op zijn arm en vertelt dat papa en mama hard ruzie maken.",
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK, VormVanGeweld.GETUIGE_HUISELIJK_GEWELD),
                        true));
        String dossier = "/dossiers/" + dossierId;

        // 1. The teacher reports from her dossier; Veilig Thuis Demo-Noord receives it through the chain.
        logIn("leerkracht");
        meldVanuitDossier(dossier, false);
        logOut();
        UUID zaakId = nieuweZaak(kind, List.of());
        String zaak = "/veilig-thuis/zaken/" + zaakId;

        logIn("vt-noord");
        follow("/veilig-thuis/wachtrij");
        assertAccessible("wachtrij");
        follow(zaak);
        assertThat(find("#classificatie").getText()).isEqualTo("Nieuwe melding");
        assertAccessible("zaak nieuw");
        taxatie(zaak, "Sem heeft letsel en de ruzies gaan door.");
        stelBesluitVoor(zaak, "VOORWAARDEN_EN_VERVOLG", "Structureel onveilig; voorwaarden en zicht op Sem nodig.");
        logOut();
        keurBesluitGoed(zaak, "Voorwaarden en vervolg");
        // the terugkoppeling after the veiligheidsbeoordeling, owed first
        geefTerugkoppeling(zaak, "Wijkteam Noord", "School let op nieuw letsel.", "Na de veiligheidsbeoordeling");
        logOut();

        // 2. Two veiligheidsvoorwaarden, then the overdracht to the teacher who reported.
        logIn("vt-noord");
        open(zaak);
        assertThat(find("#volgende").getText()).contains("Veiligheidsvoorwaarden");
        follow(zaak + "/voorwaarden");
        assertAccessible("voorwaarden leeg");
        stelVoorwaardeVast(zaak, VOORWAARDE_DRINKEN, "Vader", "Het wijkteam vraagt het elke week aan moeder.");
        follow(zaak + "/voorwaarden");
        stelVoorwaardeVast(zaak, VOORWAARDE_SCHOOL, "Moeder en vader", "De leerkracht houdt de aanwezigheid bij.");
        assertThat(find("#voorwaarden-geldend").getText()).contains(VOORWAARDE_DRINKEN, VOORWAARDE_SCHOOL);
        assertAccessible("zaak met voorwaarden");
        follow(zaak + "/voorwaarden");
        assertThat(find("#voorwaarden").getText()).contains(VOORWAARDE_DRINKEN, VOORWAARDE_SCHOOL);
        assertAccessible("voorwaarden");
        submit(zaak + "/naar-overdracht");
        waitForPath(zaak);
        assertNotice("De zaak is nu in de overdracht.");
        assertThat(find("#zaak-status").getText()).isEqualTo("Overdracht (voor de monitoring)");
        assertAccessible("zaak in overdracht");
        biedOverdrachtAanMelder(zaak);
        logOut();

        // 3. The teacher sees what she takes over in her dossier and accepts; the case is in monitoring.
        aanvaardInDossier(dossier);
        wachtTotMonitoring(zaak);
        assertThat(find("#overdracht-aanvaard").getText()).isEqualTo("Een partij heeft de overdracht aanvaard.");
        assertAccessible("zaak in monitoring");

        // 4. The 3-month monitoring moment: Sem (6) heard, one voorwaarde not kept, the other kept.
        follow(zaak + "/monitoring");
        assertAccessible("monitoring");
        UUID betrokkene = betrokkene(zaakId);
        assertThat(new Select(find("#veld-gepland")).getFirstSelectedOption().getText())
                .contains("Na 3 maanden");
        assertThat(find("#veld-gesproken-" + betrokkene).getText()).contains(kind.naam() + " (6 jaar)");
        find("#gesproken-" + betrokkene + "-ja").click();
        find("#veld-kindVertelt").sendKeys("Sem zegt dat papa soms boos is als hij bier heeft gedronken.");
        List<WebElement> statussen = driver().findElements(By.cssSelector("select[id^='veld-status-']"));
        assertThat(statussen).hasSize(2);
        new Select(statussen.get(0)).selectByValue("NIET");
        onderbouwing(statussen.get(0), "Vader was dronken thuis toen Sem er was (moeder, 12 maart).");
        new Select(statussen.get(1)).selectByValue("NAGELEEFD");
        onderbouwing(statussen.get(1), "Sem was er elke schooldag (leerkracht).");
        beantwoordVragen("NEE", "NEE", "DEELS");
        submit(zaak + "/monitoring");
        waitForPath(zaak);
        assertNotice("Het monitoringsmoment is vastgelegd.");
        assertThat(find("#journaal").findElement(By.xpath("..")).getText())
                .contains("Sem zegt dat papa soms boos is")
                .contains("Vader was dronken thuis");
        assertAccessible("zaak na monitoringsmoment");
        logOut();

        // 5. A second melding about Sem during monitoring: a vervolgmelding linked to the monitored case.
        logIn("leerkracht");
        meldVanuitDossier(dossier, true);
        logOut();
        UUID vervolgId = nieuweZaak(kind, List.of(zaakId));
        String vervolg = "/veilig-thuis/zaken/" + vervolgId;
        logIn("vt-noord");
        open(zaak);
        assertThat(find("#monitoring-vervolgmeldingen").getText()).contains("vervolgmelding");
        follow(vervolg);
        assertThat(find("#classificatie").getText()).isEqualTo("Vervolgmelding tijdens monitoring");
        assertAccessible("vervolgmelding");
        open(zaak);
        follow(zaak + "/monitoring");
        assertThat(find("#vervolgmeldingen").getText()).contains("vervolgmelding");
        assertAccessible("monitoring met vervolgmelding");
        find("#veld-vbReden")
                .sendKeys("De school meldt nieuw letsel; de voorwaarde over drinken wordt niet nageleefd.");
        submit(zaak + "/monitoring/nieuwe-veiligheidsbeoordeling");
        waitForPath(zaak);
        assertNotice("De nieuwe veiligheidsbeoordeling is gestart.");
        assertThat(find("#zaak-status").getText()).isEqualTo("In veiligheidsbeoordeling");
        assertAccessible("zaak nieuwe veiligheidsbeoordeling");
        taxatie(zaak, "Nieuw letsel; de voorwaarden worden niet nageleefd.");
        stelBesluitVoor(zaak, "ONDERZOEK", "Er is nieuw letsel: Veilig Thuis onderzoekt wat er thuis gebeurt.");
        // the vervolgmelding's own case is taken up by the monitored case: its veiligheidsbeoordeling ends there
        open(vervolg);
        taxatie(vervolg, "Deze melding gaat over hetzelfde letsel als de gemonitorde zaak.");
        stelBesluitVoor(
                vervolg,
                "EINDE_BEMOEIENIS",
                "De nieuwe veiligheidsbeoordeling van de gemonitorde zaak neemt deze melding mee.");
        logOut();
        keurBesluitGoed(zaak, "Onderzoek");
        open(vervolg);
        follow(vervolg + "/besluit/beoordeling");
        find("#goedgekeurd-ja").click();
        submit(vervolg + "/besluit/beoordeling");
        waitForPath(vervolg);
        assertThat(find("#zaak-status").getText()).isEqualTo("Afgesloten");
        logOut();

        // 6. The onderzoek: findings per form of violence, closed with vervolg, the terugkoppeling to the teacher.
        logIn("vt-noord");
        open(zaak);
        follow(zaak + "/onderzoek");
        assertAccessible("onderzoek");
        find("#uitkomst-KINDERMISHANDELING_LICHAMELIJK-BEVESTIGD").click();
        find("#veld-onderbouwing-KINDERMISHANDELING_LICHAMELIJK")
                .sendKeys("De huisarts zag blauwe plekken die passen bij slaan.");
        find("#uitkomst-GETUIGE_HUISELIJK_GEWELD-NIET_BEVESTIGD").click();
        find("#veld-onderbouwing-GETUIGE_HUISELIJK_GEWELD")
                .sendKeys("Ouders ontkennen de ruzies; niemand anders zag ze.");
        find("details.andere-vormen summary").click();
        find("#uitkomst-VERWAARLOZING-WEERLEGD").click();
        find("#veld-onderbouwing-VERWAARLOZING").sendKeys("Sem is goed verzorgd en komt elke dag op school.");
        find("#veld-informatieOpgevraagd").sendKeys("Huisarts (medisch beeld)\nSchool (aanwezigheid)");
        find("#geinformeerd-ja").click();
        setDate("#veld-geinformeerdOp", LocalDate.ofInstant(clock.instant(), NL));
        find("#voortijdig-nee").click();
        find("#veld-conclusie").sendKeys("Lichamelijke mishandeling is bevestigd; hulp en voorwaarden zijn nodig.");
        submit(zaak + "/onderzoek");
        assertNotice("Het rapport van het onderzoek is vastgelegd.");
        open(zaak);
        assertThat(find("#journaal").findElement(By.xpath("..")).getText())
                .contains("Bevestigd", "Niet bevestigd", "Weerlegd");
        follow(zaak + "/onderzoek");
        assertAccessible("onderzoek met rapport");
        find("#vervolg-VERVOLG").click();
        find("#veld-toelichting").sendKeys("Overdracht aan de leerkracht en het wijkteam, daarna monitoring.");
        submit(zaak + "/onderzoek/afronding");
        waitForPath(zaak);
        assertNotice("Het onderzoek is afgerond.");
        assertThat(find("#zaak-status").getText()).isEqualTo("Overdracht (voor de monitoring)");
        assertAccessible("zaak na onderzoek");
        geefTerugkoppeling(
                zaak,
                "Wijkteam Noord",
                "Het onderzoek bevestigde lichamelijke mishandeling van Sem.",
                "Na het onderzoek");
        logOut();
        logIn("leerkracht");
        open(dossier);
        waitUntilTextAfterReload("#journaal", "Het onderzoek bevestigde lichamelijke mishandeling van Sem.");
        assertAccessible("dossier met terugkoppeling na onderzoek");
        logOut();

        // 7. The overdracht again, accepted by the teacher; monitoring until safety is stable; the case closes.
        logIn("vt-noord");
        open(zaak);
        biedOverdrachtAanMelder(zaak);
        logOut();
        aanvaardInDossier(dossier);
        wachtTotMonitoring(zaak);
        follow(zaak + "/monitoring");
        find("#gesproken-" + betrokkene + "-ja").click();
        find("#veld-kindVertelt").sendKeys("Sem zegt dat het thuis rustig is en dat papa niet meer drinkt.");
        for (WebElement status : driver().findElements(By.cssSelector("select[id^='veld-status-']"))) {
            new Select(status).selectByValue("NAGELEEFD");
            onderbouwing(status, "Moeder, het wijkteam en de leerkracht zeggen het allemaal.");
        }
        beantwoordVragen("JA", "JA", "JA");
        submit(zaak + "/monitoring");
        waitForPath(zaak);
        assertNotice("Het monitoringsmoment is vastgelegd.");
        follow(zaak + "/monitoring/conclusie");
        assertThat(find("#laatste-moment").getText())
                .contains(VOORWAARDE_DRINKEN + "\nNageleefd.", VOORWAARDE_SCHOOL + "\nNageleefd.");
        assertAccessible("conclusie");
        find("#veld-motivering").sendKeys("Alle voorwaarden worden nageleefd en het gezin krijgt hulp bij herstel.");
        submit(zaak + "/monitoring/conclusie");
        waitForPath(zaak);
        assertNotice("De conclusie is voorgesteld.");
        assertAccessible("zaak met conclusie");
        logOut();
        logIn("gw-noord");
        open(zaak);
        follow(zaak + "/monitoring/beoordeling");
        assertAccessible("beoordeling conclusie");
        find("#goedgekeurd-ja").click();
        submit(zaak + "/monitoring/beoordeling");
        waitForPath(zaak);
        assertNotice("De conclusie is goedgekeurd. De monitoring is gestopt en de zaak is gesloten.");
        assertThat(find("#zaak-status").getText()).isEqualTo("Afgesloten");
        assertAccessible("zaak afgesloten");
        logOut();

        // 8. The next melding about Sem is a hermelding.
        logIn("leerkracht");
        meldVanuitDossier(dossier, true);
        logOut();
        UUID hermeldingId = nieuweZaak(kind, List.of(zaakId, vervolgId));
        String hermelding = "/veilig-thuis/zaken/" + hermeldingId;
        logIn("vt-noord");
        open(hermelding);
        assertThat(find("#classificatie").getText()).isEqualTo("Hermelding (eerdere betrokkenheid is afgesloten)");
        assertAccessible("hermelding");
    }

    @Test
    void aVoorwaardeAndAMonitoringMomentWithTheKeyboardAlone() {
        Kind kind = nieuwKind("Lina");
        Actor vt = TestActors.actor(jdbcTemplate, "vt-noord");
        java.time.Instant now = clock.instant();
        UUID zaakId = veiligThuis.registreer(
                vt, VeiligThuisIntakeIT.melding(kind.naam(), kind.geboren(), kind.bsn(), now.minusSeconds(600), now));
        vb.taxatie(
                vt, zaakId, Taxatie.of(false, "Lina slaapt bij oma.", true, "Herhaald geweld thuis.", false, "Geen."));
        vb.stelVoor(vt, zaakId, BesluitVoorgesteld.of(Besluit.VOORWAARDEN_EN_VERVOLG, "Voorwaarden nodig."));
        vb.beoordeel(TestActors.actor(jdbcTemplate, "gw-noord"), zaakId, true, "Akkoord.");
        String zaak = "/veilig-thuis/zaken/" + zaakId;

        logIn("vt-noord");
        open(zaak);
        // from the case to the voorwaarden page: the due step's link
        tabTo(e -> (url(zaak + "/voorwaarden")).equals(e.getAttribute("href")));
        press(Keys.ENTER);
        waitForPath(zaak + "/voorwaarden");
        tabTo(e -> "veld-tekst".equals(e.getAttribute("id")));
        type("Als vader drinkt, is hij niet thuis.");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("veld-betreft");
        type("Vader");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("veld-controle");
        type("Het wijkteam belt moeder elke week.");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Voorwaarde vaststellen");
        press(Keys.ENTER);
        waitForPath(zaak);
        assertNotice("De veiligheidsvoorwaarde is vastgesteld.");
        assertThat(find("#voorwaarden-geldend").getText()).contains("Als vader drinkt, is hij niet thuis.");

        // the overdracht to the local team, accepted by phone (recorded through the facade: not this test's subject)
        vv.naarOverdracht(vt, zaakId);
        UUID partij = overdracht.biedAan(
                vt,
                zaakId,
                new OverdrachtInvoer(
                        Ontvanger.LOKAAL_TEAM, "Wijkteam Noord", "Gemeente Noord", "", "Zicht op veiligheid."));
        assertThat(overdracht.legAntwoordVast(
                        vt,
                        zaakId,
                        partij,
                        new AntwoordInvoer(
                                true,
                                "",
                                "Wendy Wijk",
                                LocalDate.ofInstant(clock.instant(), NL),
                                OverdrachtBeantwoord.Wijze.TELEFOON)))
                .isEqualTo(ZaakStatus.MONITORING);

        open(zaak);
        tabTo(e -> (url(zaak + "/monitoring")).equals(e.getAttribute("href")));
        press(Keys.ENTER);
        waitForPath(zaak + "/monitoring");
        UUID betrokkene = betrokkene(zaakId);
        tabTo(e -> ("gesproken-" + betrokkene + "-ja").equals(e.getAttribute("id")));
        press(Keys.SPACE);
        assertThat(find("#gesproken-" + betrokkene + "-ja").isSelected()).isTrue();
        tabTo(e -> "veld-kindVertelt".equals(e.getAttribute("id")));
        type("Lina zegt dat papa niet meer thuis slaapt.");
        tabTo(e -> e.getAttribute("id") != null && e.getAttribute("id").startsWith("veld-status-"));
        WebElement status = focused();
        type("Niet");
        assertThat(new Select(status).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("NIET");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).startsWith("veld-onderbouwing-");
        type("Moeder vertelt dat vader dronken thuiskwam.");
        for (String vraag : List.of("directeVeiligheid", "stabieleVeiligheid", "herstelgerichteZorg")) {
            tabTo(e -> (vraag + "-JA").equals(e.getAttribute("id")));
            // arrows move within the group: JA, DEELS, NEE
            press(Keys.ARROW_DOWN);
            press(Keys.ARROW_DOWN);
            assertThat(find("#" + vraag + "-NEE").isSelected()).isTrue();
            press(Keys.TAB);
            assertThat(focused().getAttribute("id")).isEqualTo("veld-" + vraag + "Toelichting");
            type("Nog niet: de voorwaarde wordt niet nageleefd.");
        }
        tabTo(e -> "Monitoringsmoment opslaan".equals(e.getText()));
        press(Keys.ENTER);
        waitForPath(zaak);
        assertNotice("Het monitoringsmoment is vastgelegd.");
        assertThat(find("#journaal").findElement(By.xpath("..")).getText())
                .contains("Lina zegt dat papa niet meer thuis slaapt.");
    }

    // --- steps, as the users take them ---

    /** The teacher sends a melding about the child from her dossier ({@code nogmaals}: after an earlier one). */
    private void meldVanuitDossier(String dossier, boolean nogmaals) {
        open(dossier);
        follow(dossier + "/melding");
        assertAccessible(nogmaals ? "nieuwe melding" : "melding");
        new Select(find("#veld-regio")).selectByVisibleText("Veilig Thuis Demo-Noord");
        WebElement wat = find("#veld-watBlijfIkDoen");
        wat.clear();
        wat.sendKeys("Ik blijf Sem op school volgen.");
        find("#geinformeerd-ja").click();
        WebElement contact = find("#veld-contact");
        contact.clear();
        contact.sendKeys("0612345678");
        if (nogmaals) {
            find("#veld-nogmaals").click();
        }
        submit(dossier + "/melding");
        waitForPath(dossier);
        assertNotice("De melding is verstuurd naar Veilig Thuis.");
        assertAccessible("dossier na melding");
    }

    /** The region's new case about the child, once the chain has delivered it: none of {@code bekend}. */
    private UUID nieuweZaak(Kind kind, List<UUID> bekend) {
        List<UUID> gevonden = new ArrayList<>();
        waiting().withTimeout(Duration.ofSeconds(30)).until(d -> {
            gevonden.clear();
            gevonden.addAll(jdbcTemplate.queryForList(
                    "SELECT z.id FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                            + " WHERE b.naam = ? ORDER BY z.ontvangen_op",
                    UUID.class,
                    kind.naam()));
            gevonden.removeAll(bekend);
            return !gevonden.isEmpty();
        });
        assertThat(gevonden).hasSize(1);
        return gevonden.getFirst();
    }

    private UUID betrokkene(UUID zaakId) {
        return jdbcTemplate.queryForObject(
                "SELECT id FROM veiligthuis.betrokkene WHERE zaak_id = ?", UUID.class, zaakId);
    }

    private void taxatie(String zaak, String redenStructureel) {
        follow(zaak + "/taxatie");
        assertAccessible("taxatie");
        find("#acuutOnveilig-nee").click();
        find("#veld-redenAcuut").sendKeys("Het kind is vandaag veilig.");
        find("#structureelOnveilig-ja").click();
        find("#veld-redenStructureel").sendKeys(redenStructureel);
        find("#multiproblematiek-nee").click();
        find("#veld-redenMultiproblematiek").sendKeys("Geen andere problemen bekend.");
        submit(zaak + "/taxatie");
        assertNotice("De taxatie is vastgelegd.");
        open(zaak);
    }

    private void stelBesluitVoor(String zaak, String besluit, String motivering) {
        follow(zaak + "/besluit");
        assertAccessible("besluit");
        find("#besluit-" + besluit).click();
        find("#veld-motivering").sendKeys(motivering);
        submit(zaak + "/besluit");
        waitForPath(zaak);
        assertNotice("Het besluit is voorgesteld.");
        assertThat(find("#zaak-status").getText()).isEqualTo("Besluit voorgesteld, wacht op goedkeuring");
    }

    /** The gedragswetenschapper approves the proposed besluit (four eyes); stays logged in. */
    private void keurBesluitGoed(String zaak, String status) {
        logIn("gw-noord");
        follow("/veilig-thuis/besluiten");
        assertAccessible("te beoordelen besluiten");
        follow(zaak + "/besluit/beoordeling");
        assertAccessible("beoordeling besluit");
        find("#goedgekeurd-ja").click();
        submit(zaak + "/besluit/beoordeling");
        waitForPath(zaak);
        assertNotice("Het besluit is goedgekeurd en geldt nu.");
        assertThat(find("#zaak-status").getText()).isEqualTo(status);
        assertAccessible("zaak na besluit");
    }

    private void geefTerugkoppeling(String zaak, String partijen, String voorwaarden, String moment) {
        follow(zaak + "/terugkoppeling");
        assertThat(find("#terugkoppeling-moment").getText()).isEqualTo(moment);
        assertAccessible("terugkoppeling " + moment);
        find("#veld-ontvangendePartijen").sendKeys(partijen);
        find("#melderHeeftRol-ja").click();
        find("#veld-voorwaardenEnAfspraken").sendKeys(voorwaarden);
        submit(zaak + "/terugkoppeling");
        waitForPath(zaak);
        assertNotice("De terugkoppeling aan de melder is vastgelegd.");
    }

    private void stelVoorwaardeVast(String zaak, String tekst, String betreft, String controle) {
        find("#veld-tekst").sendKeys(tekst);
        find("#veld-betreft").sendKeys(betreft);
        find("#veld-controle").sendKeys(controle);
        submit(zaak + "/voorwaarden");
        waitForPath(zaak);
        assertNotice("De veiligheidsvoorwaarde is vastgesteld.");
    }

    /** The overdracht offered to the teacher who reported: through Schakel, into her dossier. */
    private void biedOverdrachtAanMelder(String zaak) {
        follow(zaak + "/overdracht");
        assertThat(find("#meegeven-voorwaarden").getText()).contains(VOORWAARDE_DRINKEN, VOORWAARDE_SCHOOL);
        Select soort = new Select(find("#veld-soort"));
        soort.selectByValue("MELDER");
        assertThat(soort.getFirstSelectedOption().getText()).contains("via Schakel");
        assertAccessible("overdracht");
        find("#veld-naam").sendKeys("Leerkracht groep 3");
        find("#veld-organisatie").sendKeys("Basisschool De Demo");
        find("#veld-overname").sendKeys("Zicht op veiligheid van Sem op school, met de voorwaarden.");
        submit(zaak + "/overdracht");
        waitForPath(zaak);
        assertNotice("De overdracht is aangeboden.");
        assertThat(driver().findElements(By.id("overdracht-aanvaard")))
                .as("offered, not yet accepted (also when an earlier overdracht of the case was)")
                .isEmpty();
        assertThat(find("#overdracht-uiterlijk").getText()).startsWith("Een partij moet de overdracht uiterlijk");
        assertAccessible("zaak met overdracht");
    }

    /** The teacher reads the overdracht in her dossier, with the voorwaarden she takes over, and accepts it. */
    private void aanvaardInDossier(String dossier) {
        logIn("leerkracht");
        open(dossier);
        waitUntilTextAfterReload("#overdracht-open", "vraagt u een overdracht te aanvaarden");
        assertAccessible("dossier met overdracht");
        WebElement link = find("#overdracht-open a");
        String pagina = java.net.URI.create(link.getAttribute("href")).getPath();
        link.click();
        waitForPath(pagina);
        assertThat(find("#overdracht-voorwaarden").getText()).contains(VOORWAARDE_DRINKEN, VOORWAARDE_SCHOOL);
        assertThat(find("#overdracht-overname").getText()).contains("Zicht op veiligheid van Sem");
        assertAccessible("overdracht in dossier");
        find("#aanvaard-ja").click();
        submit(pagina);
        waitForPath(dossier);
        assertNotice("U heeft de overdracht aanvaard.");
        assertAccessible("dossier na aanvaarding");
        logOut();
    }

    /** Veilig Thuis sees the teacher's acceptance arrive through the chain: the case moves into monitoring. */
    private void wachtTotMonitoring(String zaak) {
        logIn("vt-noord");
        open(zaak);
        waitUntilStatus("Monitoring");
    }

    private void onderbouwing(WebElement statusSelect, String tekst) {
        String voorwaarde = statusSelect.getAttribute("id").substring("veld-status-".length());
        find("#veld-onderbouwing-" + voorwaarde).sendKeys(tekst);
    }

    private void beantwoordVragen(String direct, String stabiel, String herstel) {
        find("#directeVeiligheid-" + direct).click();
        find("#veld-directeVeiligheidToelichting").sendKeys("Zo zegt moeder het, en het wijkteam ziet het ook.");
        find("#stabieleVeiligheid-" + stabiel).click();
        find("#veld-stabieleVeiligheidToelichting").sendKeys("Gezien over de laatste maanden.");
        find("#herstelgerichteZorg-" + herstel).click();
        find("#veld-herstelgerichteZorgToelichting").sendKeys("Het wijkteam begeleidt het gezin.");
    }

    /** The chain answers after commit, in the background: reloads the case until it has this status. */
    private void waitUntilStatus(String status) {
        waiting().withTimeout(Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("#zaak-status")).getText().equals(status);
        });
    }

    // --- the keyboard ---

    /** Presses Tab until the focused element is the one wanted (at most 200 times, as a keyboard user would). */
    private void tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 200; i++) {
            press(Keys.TAB);
            if (wanted.test(focused())) {
                return;
            }
        }
        throw new AssertionError("Not reachable with Tab");
    }
}
