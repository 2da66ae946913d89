package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.NewAfweging;
import nl.schakel.dossier.NewBeslissing;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9's "Done when" for what a melding carries, in a real browser: the teacher sends a melding with acute
 * onveiligheid whose dossier holds a gesprek met de cliënt (the melding page says it goes along, and the melder is
 * shielded by the one rule); the VT-medewerker finds it on the queue above every melding that is not acute, marked
 * acute with the melder's reason (rule 34), and reads the case page in sections with the labels the teacher saw
 * (gesprek, afwegingen and beslissingen, signalen with their source); the teacher's dossier says "U meldde op …" and offers an
 * aanvulling, which arrives on the same case, shown on the queue and the case page. axe-core checks every page on the
 * way.
 */
class MeldingAanvullingJourneyIT extends BrowserTestBase {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierStappen stappen;

    @Autowired
    AfwegingManagement afwegingen;

    @Autowired
    JdbcTemplate jdbcTemplate;

    private UUID zaakVan(String naam) {
        String sql = "SELECT z.id FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                + " WHERE b.naam = ?";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !jdbcTemplate.queryForList(sql, UUID.class, naam).isEmpty());
        return jdbcTemplate.queryForObject(sql, UUID.class, naam);
    }

    @Test
    void aMeldingWithAGesprekIsReadInSectionsAndAnAanvullingArrivesOnTheSameCase() {
        String naam = "Lina Gesprek " + UUID.randomUUID().toString().substring(0, 4);
        Actor leerkracht = TestActors.actor(jdbcTemplate, "leerkracht");
        UUID dossierId = dossiers.open(
                leerkracht, List.of(new NewBetrokkene(naam, LocalDate.of(2016, 4, 12), "", Relatie.KIND)));
        dossiers.addSignaal(
                leerkracht,
                dossierId,
                new NewSignaal(
                        dossiers.today(),
                        "De buurvrouw hoorde 's avonds geschreeuw en een klap.",
                        SignaalSoort.DERDEN,
                        "De buurvrouw",
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                        false));
        stappen.addGesprek(
                leerkracht,
                dossierId,
                Gesprek.of(
                        true,
                        dossiers.today(),
                        "De moeder",
                        "Het geschreeuw dat de buurvrouw hoorde.",
                        "Moeder huilde en zei dat vader vaak boos is.",
                        null,
                        "",
                        null,
                        dossiers.today()));
        afwegingen.beantwoord(
                leerkracht,
                dossierId,
                new NewAfweging(1, true, "Wat de buurvrouw hoorde past bij wat moeder vertelde.", Set.of(), "", null));
        afwegingen.beantwoord(
                leerkracht,
                dossierId,
                new NewAfweging(
                        2,
                        true,
                        "Vader is vaak boos; Lina is bang om naar huis te gaan.",
                        Set.of(),
                        "",
                        Onveiligheid.ACUUT));
        afwegingen.beslis(
                leerkracht,
                dossierId,
                new NewBeslissing(1, true, "Er is acute onveiligheid: Veilig Thuis moet meteen meekijken.", Set.of()));
        String dossier = "/dossiers/" + dossierId;

        // The teacher sends the melding; the page says the gesprek goes along, and the rule for shielding.
        logIn("leerkracht");
        open(dossier);
        follow(dossier + "/melding");
        String meegestuurd = find("#meegestuurd").findElement(By.xpath("..")).getText();
        assertThat(meegestuurd)
                .contains("Gesprek met de cliënt (1)", "De moeder", "Moeder huilde en zei dat vader vaak boos is.");
        assertThat(find("#anoniemNaarGezin-regel").isSelected()).isTrue();
        assertThat(find("#veld-anoniemNaarGezin").getText()).contains("De regel: weet de cliënt niet dat u meldt");
        assertAccessible("melding met gesprek");
        new Select(find("#veld-regio")).selectByVisibleText("Veilig Thuis Demo-Noord");
        find("#veld-watBlijfIkDoen").sendKeys("Lina blijft op school; ik praat elke dag even met haar.");
        find("#geinformeerd-nee").click();
        find("#veld-redenNietGeinformeerd").sendKeys("Als vader het hoort, is Lina thuis niet veilig.");
        find("#veld-contact").sendKeys("0612345678");
        submit(dossier + "/melding");
        waitForPath(dossier);
        assertNotice("De melding is verstuurd naar Veilig Thuis.");
        assertThat(find("#gemeld").getText()).startsWith("U meldde op").contains("Veilig Thuis Demo-Noord");
        assertThat(find("a.button--primary[href='" + dossier + "/aanvulling']").getText())
                .isEqualTo("Aanvulling sturen");
        assertAccessible("dossier na melding");
        logOut();

        // Veilig Thuis reads the melding in sections, with the labels the teacher saw.
        UUID zaakId = zaakVan(naam);
        String zaak = "/veilig-thuis/zaken/" + zaakId;
        logIn("vt-noord");
        follow("/veilig-thuis/wachtrij");
        // rule 34: the acute melding is above every melding that is not acute, at once, with the melder's reason
        List<WebElement> rijen = driver().findElements(By.cssSelector("tr[id^='regel-']"));
        int plaats = rijen.stream().map(r -> r.getDomAttribute("id")).toList().indexOf("regel-" + zaakId);
        assertThat(plaats).isNotNegative();
        assertThat(rijen.subList(0, plaats + 1))
                .allMatch(r -> !r.findElements(By.cssSelector(".badge--acuut")).isEmpty());
        assertThat(rijen.get(plaats).getText()).contains("Acuut", "Acute onveiligheid volgens de melder (afweging 2)");
        assertAccessible("wachtrij met de acute melding");
        follow(zaak);
        assertThat(find("#acuut-reden").getText()).contains("Acute onveiligheid volgens de melder (afweging 2)");
        String melding = find("#uit-dossier").getText();
        assertThat(melding)
                .contains("Gesprek met de cliënt (1)", "Met wie", "De moeder", "Hoe reageerde de cliënt?")
                .contains("Moeder huilde en zei dat vader vaak boos is.")
                .contains("Afweging 1: heb ik een vermoeden van huiselijk geweld of kindermishandeling?")
                .contains("Afweging 2: is er acute of structurele onveiligheid?")
                .contains("Vader is vaak boos; Lina is bang om naar huis te gaan.")
                .contains(
                        "Beslissing 1: is melden noodzakelijk?",
                        "Er is acute onveiligheid: Veilig Thuis moet meteen meekijken.")
                .contains("Van derden: door een ander verteld", "De buurvrouw")
                .contains("Weet de cliënt dat er gemeld is?", "Als vader het hoort, is Lina thuis niet veilig.")
                .contains("Lina blijft op school; ik praat elke dag even met haar.")
                .doesNotContain("melden_noodzakelijk", "Afweging vermoeden", "MELDEN_NOODZAKELIJK");
        assertThat(find("body").getText()).doesNotContain("0612345678");
        assertAccessible("zaak met de melding in delen");
        logOut();

        // The teacher sends an aanvulling.
        logIn("leerkracht");
        open(dossier);
        follow(dossier + "/aanvulling");
        assertAccessible("aanvulling");
        find("#veld-tekst").sendKeys("Lina vertelde vandaag zelf dat vader haar sloeg.");
        submit(dossier + "/aanvulling");
        waitForPath(dossier);
        assertNotice("De aanvulling is verstuurd. Veilig Thuis voegt haar toe aan uw melding.");
        assertThat(find("#meldingen").findElement(By.xpath("..")).getText())
                .contains("Aanvulling verstuurd aan Veilig Thuis Demo-Noord op");
        logOut();

        // It arrives on the same case: on the queue and on the case page.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbcTemplate.queryForObject(
                                "SELECT count(*) FROM veiligthuis.aanvulling WHERE zaak_id = ?", Integer.class, zaakId)
                        == 1);
        logIn("vt-noord");
        follow("/veilig-thuis/wachtrij");
        assertThat(find("#aanvulling-" + zaakId).getText()).startsWith("Aanvulling");
        assertAccessible("wachtrij met aanvulling");
        follow(zaak);
        assertThat(find("#aanvulling-ontvangen").getText())
                .contains("Er is een aanvulling van de melder binnengekomen");
        assertThat(find("#aanvullingen").findElement(By.xpath("..")).getText())
                .contains("Lina vertelde vandaag zelf dat vader haar sloeg.")
                .contains("Vervolgmelding tijdens de veiligheidsbeoordeling")
                .as("Veilig Thuis reads the melder's words, not the professional's own form label")
                .contains("Wat de melder toevoegt")
                .doesNotContain("Uw aanvulling");
        assertAccessible("zaak met aanvulling");
        assertThat(jdbcTemplate.queryForObject(
                        "SELECT count(*) FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                                + " WHERE b.naam = ?",
                        Integer.class,
                        naam))
                .isEqualTo(1);
    }
}
