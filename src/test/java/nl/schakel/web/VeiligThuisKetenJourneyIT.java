package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.VeiligThuisIntakeIT;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Veiligheidsbeoordeling;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.Taxatie;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 4's "Done when", in a real browser: a melding made by the teacher in her dossier appears in the queue of
 * Veilig Thuis Demo-Noord with its deadline; the VT-medewerker records the first contact, the verrijking (the
 * own-records search finds the region's earlier, closed melding about the same child), the taxatie and a proposed
 * besluit; the gedragswetenschapper approves it and gives the terugkoppeling; the teacher sees it in her dossier. Every
 * page on the way is checked with axe-core.
 */
class VeiligThuisKetenJourneyIT extends BrowserTestBase {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    DossierManagement dossiers;

    @Autowired
    Werkdagkalender kalender;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    /**
     * The region's earlier melding about the child, taken through the veiligheidsbeoordeling to "einde bemoeienis" as
     * the demo region's earlier melding about Noor Demo is (a child of its own, so no other test's case interferes).
     */
    private void eerdereAfgeslotenMelding(String bsn) {
        Actor vt = TestActors.actor(jdbcTemplate, "vt-noord");
        java.time.Instant now = clock.instant();
        UUID eerder = veiligThuis.registreer(
                vt,
                VeiligThuisIntakeIT.melding(
                        "Noor Eerder", LocalDate.of(2016, 4, 12), bsn, now.minus(Duration.ofDays(200)), now));
        vb.taxatie(
                vt,
                eerder,
                Taxatie.of(false, "Veilig bij oma.", false, "Eenmalig incident.", false, "Geen andere problemen."));
        vb.stelVoor(vt, eerder, BesluitVoorgesteld.of(Besluit.EINDE_BEMOEIENIS, "Moeder zocht zelf hulp."));
        vb.beoordeel(TestActors.actor(jdbcTemplate, "gw-noord"), eerder, true, "Akkoord.");
    }

    @Test
    void aMeldingFromTheDossierComesBackAsATerugkoppeling() {
        String naam = "Noor Keten " + UUID.randomUUID().toString().substring(0, 4);
        String bsn = TestBsn.generated(new java.util.Random());
        eerdereAfgeslotenMelding(bsn);
        UUID dossierId = dossiers.open(
                TestActors.actor(jdbcTemplate, "leerkracht"),
                List.of(new NewBetrokkene(naam, LocalDate.of(2016, 4, 12), bsn, Relatie.KIND)));
        dossiers.addSignaal(
                TestActors.actor(jdbcTemplate, "leerkracht"),
                dossierId,
                new NewSignaal(
                        dossiers.today(),
                        "Noor heeft een brandwond op haar hand en zegt dat papa boos was.",
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                        true));
        String dossier = "/dossiers/" + dossierId;

        // The teacher sends the melding from her dossier.
        logIn("leerkracht");
        open(dossier);
        follow(dossier + "/melding");
        assertAccessible("melding");
        new Select(find("#veld-regio")).selectByVisibleText("Veilig Thuis Demo-Noord");
        find("#veld-watBlijfIkDoen").sendKeys("Ik blijf Noor op school volgen en bel moeder elke week.");
        find("#geinformeerd-ja").click();
        find("#veld-contact").sendKeys("0612345678");
        submit(dossier + "/melding");
        waitForPath(dossier);
        assertNotice("De melding is verstuurd naar Veilig Thuis.");
        LocalDate ontvangen = LocalDate.ofInstant(clock.instant(), NL);
        LocalDate uiterlijk = kalender.werkdagenNa(ontvangen, 5);
        String uiterlijkTekst = DateTimeFormatter.ofPattern("d-M-yyyy").format(uiterlijk);
        // the region reports "received" with the deadline back into the dossier
        waitUntilTextAfterReload(
                "#meldingen", "Ontvangen door Veilig Thuis; veiligheidsbeoordeling uiterlijk " + uiterlijkTekst);
        assertAccessible("dossier na melding");
        logOut();

        // Veilig Thuis: the queue shows it with the right deadline.
        logIn("vt-noord");
        follow("/veilig-thuis/wachtrij");
        UUID zaakId = jdbcTemplate.queryForObject(
                "SELECT z.id FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id WHERE b.naam = ?",
                UUID.class,
                naam);
        String zaak = "/veilig-thuis/zaken/" + zaakId;
        String regel = find("#regel-" + zaakId).getText();
        assertThat(regel).contains(naam, uiterlijkTekst, "Nog 5 werkdagen");
        assertAccessible("wachtrij");
        follow(zaak);
        assertThat(find("#vb-uiterlijk").getText()).isEqualTo(uiterlijkTekst);
        assertThat(find("#classificatie").getText()).startsWith("Hermelding");
        assertThat(find("#uit-dossier").getText()).contains("brandwond op haar hand", "bel moeder elke week");
        assertThat(find("body").getText()).doesNotContain("0612345678").doesNotContain("Lotte Leerkracht");
        assertAccessible("zaak");

        // First contact with the teacher.
        follow(zaak + "/eerste-contact");
        assertAccessible("eerste contact");
        find("#veld-situatie").sendKeys("De leerkracht zag de brandwond vanochtend; Noor was stil.");
        find("#veld-inschattingGevaar").sendKeys("Geen acuut gevaar vandaag: Noor slaapt bij oma.");
        find("#blijftHulpBieden-ja").click();
        find("#veld-verwachtingen").sendKeys("School blijft Noor volgen.");
        find("#veld-afspraken").sendKeys("Wij bellen de leerkracht na de veiligheidsbeoordeling.");
        submit(zaak + "/eerste-contact");
        waitForPath(zaak);
        assertNotice("Het eerste contact is vastgelegd.");

        // Verrijking: the own records show the earlier, closed melding about the same child.
        follow(zaak + "/verrijking");
        assertThat(find("#eerdere-zaken").getText()).contains("Afgesloten", "Einde bemoeienis", "BSN");
        assertAccessible("verrijking");
        new Select(find("#veld-bron")).selectByValue("EIGEN_REGISTRATIE");
        find("#veld-uitkomst").sendKeys("Eerdere melding over Noor, afgesloten met einde bemoeienis.");
        setDate("#veld-datum", ontvangen);
        submit(zaak + "/verrijking");
        assertNotice("De bron is vastgelegd.");
        assertThat(find("#bronnen").getText()).contains("Eerdere melding over Noor");

        // Taxatie.
        open(zaak);
        follow(zaak + "/taxatie");
        assertAccessible("taxatie");
        find("#acuutOnveilig-nee").click();
        find("#veld-redenAcuut").sendKeys("Noor is bij oma veilig.");
        find("#structureelOnveilig-ja").click();
        find("#veld-redenStructureel").sendKeys("Herhaald letsel en een eerdere melding.");
        find("#multiproblematiek-nee").click();
        find("#veld-redenMultiproblematiek").sendKeys("Geen andere problemen bekend.");
        submit(zaak + "/taxatie");
        assertNotice("De taxatie is vastgelegd.");

        // Besluit proposed by the VT-medewerker.
        open(zaak);
        follow(zaak + "/besluit");
        assertAccessible("besluit");
        find("#besluit-VOORWAARDEN_EN_VERVOLG").click();
        find("#veld-motivering").sendKeys("Structurele onveiligheid; voorwaarden en het wijkteam zijn nodig.");
        submit(zaak + "/besluit");
        waitForPath(zaak);
        assertNotice("Het besluit is voorgesteld.");
        assertThat(find("#zaak-status").getText()).isEqualTo("Besluit voorgesteld, wacht op goedkeuring");
        assertAccessible("zaak met voorstel");
        logOut();

        // The gedragswetenschapper approves (four eyes) and gives the terugkoppeling.
        logIn("gw-noord");
        follow("/veilig-thuis/besluiten");
        assertAccessible("te beoordelen besluiten");
        follow(zaak + "/besluit/beoordeling");
        assertAccessible("beoordeling");
        find("#goedgekeurd-ja").click();
        submit(zaak + "/besluit/beoordeling");
        waitForPath(zaak);
        assertNotice("Het besluit is goedgekeurd en geldt nu.");
        assertThat(find("#zaak-status").getText()).isEqualTo("Voorwaarden en vervolg");
        assertAccessible("zaak na besluit");
        follow(zaak + "/terugkoppeling");
        assertAccessible("terugkoppeling");
        find("#veld-ontvangendePartijen").sendKeys("Wijkteam Noord");
        find("#melderHeeftRol-ja").click();
        find("#veld-voorwaardenEnAfspraken").sendKeys("De school meldt nieuw letsel meteen aan Veilig Thuis.");
        submit(zaak + "/terugkoppeling");
        waitForPath(zaak);
        assertNotice("De terugkoppeling aan de melder is vastgelegd.");
        logOut();

        // The teacher sees the terugkoppeling in her dossier.
        logIn("leerkracht");
        waitUntilTextAfterReload("body", "Veilig Thuis heeft teruggekoppeld over uw melding");
        assertAccessible("home met terugkoppeling");
        open(dossier);
        String journaal = find("#journaal").findElement(By.xpath("..")).getText();
        assertThat(journaal).contains("Wijkteam Noord", "De school meldt nieuw letsel meteen aan Veilig Thuis.");
        assertThat(find("#meldingen").findElement(By.xpath("..")).getText())
                .contains("Besluit genomen")
                .as("the deadline is no news once the besluit is taken")
                .doesNotContain("veiligheidsbeoordeling uiterlijk");
        assertAccessible("dossier met terugkoppeling");
    }
}
