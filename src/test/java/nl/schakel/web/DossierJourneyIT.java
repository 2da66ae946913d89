package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.schakel.TotpCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Issue 3's "Done when", in a real browser: the typical case of a teacher from signaal to a melding at Veilig Thuis
 * (and who may see the dossier), closing at afweging 1, help with the reminder to re-evaluate afweging 5, and the
 * typical case with the keyboard alone. Every page of the flow is checked with axe-core.
 */
class DossierJourneyIT extends BrowserTestBase {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    @Test
    void typicalCaseEndsInAMelding() {
        logIn("leerkracht");
        open("/dossiers");
        assertAccessible("mijn dossiers");
        find("a[href='/dossiers/nieuw']").click();
        waitForPath("/dossiers/nieuw");
        assertAccessible("nieuw dossier");
        String id = openDossier("Sam Journey", "2016-05-04");
        String dossier = "/dossiers/" + id;
        assertNotice("Het dossier is geopend.");
        assertThat(h1()).contains("Sam Journey");
        assertAccessible("dossier na openen");

        // Step 1: a signaal and the kindcheck.
        follow(dossier + "/signalen");
        assertAccessible("signaal");
        find("#veld-waarneming").sendKeys("Sam had blauwe plekken op beide armen en wilde niet naar huis.");
        new Select(find("#veld-soort")).selectByValue("FEIT");
        find("details.vormen summary").click();
        find("#vorm-KINDERMISHANDELING_LICHAMELIJK").click();
        // "Opslaan en nog een signaal": saved, and an empty form for the next one with the confirmation.
        find("form[action='" + dossier + "/signalen'] button[name=daarna]").click();
        assertNotice("Leg hieronder het volgende signaal vast.");
        assertThat(path()).isEqualTo(dossier + "/signalen");
        assertThat(find("#veld-waarneming").getAttribute("value")).isEmpty();
        assertAccessible("signaal na opslaan en nog een");
        find("#veld-waarneming").sendKeys("Sam wilde na school niet naar huis.");
        new Select(find("#veld-soort")).selectByValue("FEIT");
        submit(dossier + "/signalen");
        waitForPath(dossier);
        assertNotice("Het signaal is vastgelegd.");
        assertAccessible("dossier na signaal");

        follow(dossier + "/kindcheck");
        assertAccessible("kindcheck");
        // Sam is 10: the kindcheck asks about brothers and sisters, not about a pregnancy or who cares for them.
        assertThat(find("main").getText()).contains("Wonen er nog andere minderjarige kinderen in het huishouden");
        assertThat(driver().findElements(By.cssSelector("#veld-zwangerschap, #veld-zorg")))
                .isEmpty();
        find("#minderjarigen-JA").click();
        find("#veld-aantal").sendKeys("2");
        find("#veld-leeftijden").sendKeys("9, 12");
        submit(dossier + "/kindcheck");
        waitForPath(dossier);
        assertNotice("De kindcheck is vastgelegd.");
        assertAccessible("dossier na kindcheck");

        // Step 2: collegiale consultatie with the aandachtsfunctionaris.
        follow(dossier + "/consultaties");
        assertAccessible("consultatie");
        // Schakel proposes the school's aandachtsfunctionaris by name.
        assertThat(new Select(find("#veld-met")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("AANDACHTSFUNCTIONARIS");
        assertThat(find("#veld-persoon").getAttribute("value")).isEqualTo("Anouk Aandacht");
        // The proposed name follows the choice of "Met wie" (static/js/voorstel.js).
        new Select(find("#veld-met")).selectByValue("COLLEGA");
        assertThat(find("#veld-persoon").getAttribute("value")).isEmpty();
        new Select(find("#veld-met")).selectByValue("AANDACHTSFUNCTIONARIS");
        assertThat(find("#veld-persoon").getAttribute("value")).isEqualTo("Anouk Aandacht");
        find("#veld-advies").sendKeys("Bespreek het met de moeder en weeg dan af.");
        submit(dossier + "/consultaties");
        waitForPath(dossier);
        assertNotice("De collegiale consultatie is vastgelegd.");
        assertAccessible("dossier na consultatie");

        // Step 3: the gesprek met de cliënt.
        follow(dossier + "/gesprek");
        assertAccessible("gesprek");
        find("#gevoerd-ja").click();
        find("#veld-metWie").sendKeys("De moeder van Sam");
        find("#veld-besproken").sendKeys("De blauwe plekken en hoe het thuis gaat.");
        find("#veld-reactie").sendKeys("Moeder schrok en zei dat vader soms slaat.");
        submit(dossier + "/gesprek");
        waitForPath(dossier);
        assertNotice("Het gesprek met de cliënt is vastgelegd.");
        assertAccessible("dossier na gesprek");

        // Step 4: afweging 1 ja, afweging 2 ja: meldnorm 1.
        follow(dossier + "/afwegingen");
        assertAccessible("afwegingen");
        answer(dossier, "ja", "Blauwe plekken en wat moeder vertelde.");
        assertThat(find("#antwoorden").findElement(By.xpath("..")).getText()).contains("Afweging 1: Ja");
        assertAccessible("afwegingen na afweging 1");
        answer(dossier, "ja", "Vader slaat en Sam is bang om naar huis te gaan.");
        assertThat(find("body").getText())
                .contains("Afweging 2: Ja")
                .contains("Meldnorm 1")
                .contains("Melden bij Veilig Thuis is nodig.");
        assertAccessible("afwegingen na afweging 2");

        // Step 5: the beslissingen.
        beslis(1, "ja", "Er is acute onveiligheid: melden is nodig.");
        assertAccessible("afwegingen na beslissing 1");
        beslis(2, "nee", "Hulp van school alleen is niet genoeg.");
        assertThat(find("#beslissingen").findElement(By.xpath("..")).getText())
                .contains("Er is acute onveiligheid: melden is nodig.", "Hulp van school alleen is niet genoeg.");
        assertAccessible("afwegingen na beslissing 2");

        // The melding: first refused with a Dutch message, then sent.
        follow(dossier + "/melding");
        assertAccessible("melding");
        assertThat(find("#meegestuurd").findElement(By.xpath("..")).getText())
                .contains("Sam Journey", "Blauwe plekken en wat moeder vertelde.");
        new Select(find("#veld-regio")).selectByVisibleText("Veilig Thuis Demo-Noord");
        find("#veld-watBlijfIkDoen").sendKeys("Sam blijft op school; ik houd contact met moeder.");
        find("#geinformeerd-nee").click();
        find("#veld-contact").sendKeys("0612345678");
        submit(dossier + "/melding");
        waitForText(".alert--error", "Schrijf op waarom u de cliënt niet heeft verteld dat u meldt.");
        assertThat(path()).isEqualTo(dossier + "/melding");
        assertThat(find("#veld-redenNietGeinformeerd").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertAccessible("melding met een fout");
        find("#veld-redenNietGeinformeerd").sendKeys("Vertellen is niet veilig voor Sam.");
        submit(dossier + "/melding");
        waitForPath(dossier);
        assertNotice("De melding is verstuurd naar Veilig Thuis.");
        assertThat(find("#meldingen").findElement(By.xpath("..")).getText())
                .contains("Verzonden aan Veilig Thuis Demo-Noord op");
        assertThat(journal())
                .contains("Melding verstuurd aan Veilig Thuis Demo-Noord", "Beslissing 1: Ja", "Beslissing 2: Nee")
                .contains("Vertellen is niet veilig voor Sam.");
        assertAccessible("dossier na melding");
        logOut();

        // The aandachtsfunctionaris of the school sees the dossier and its journal.
        logIn("af-school");
        open("/dossiers");
        assertAccessible("dossiers van de aandachtsfunctionaris");
        follow(dossier);
        assertThat(h1()).contains("Sam Journey");
        assertThat(journal())
                .contains("Signaal van", "Kindcheck", "Collegiale consultatie van", "Gesprek met de cliënt van")
                .contains("Afweging 1: Ja", "Afweging 2: Ja", "Melding verstuurd aan Veilig Thuis Demo-Noord")
                .contains("Sam had blauwe plekken op beide armen")
                .contains("Anouk Aandacht");
        assertAccessible("dossier voor de aandachtsfunctionaris");
        logOut();

        // The beheerder of the same school may not.
        logIn("beheer-school");
        open(dossier);
        assertThat(h1()).isEqualTo("Niet gevonden");
        assertThat(find("body").getText()).doesNotContain("Sam Journey");
        assertAccessible("niet gevonden");
    }

    @Test
    void closesAtAfweging1() {
        logIn("leerkracht");
        open("/dossiers/nieuw");
        String id = openDossier("Kim Sluiten", "2015-02-03");
        String dossier = "/dossiers/" + id;

        follow(dossier + "/afwegingen");
        answer(dossier, "nee", "Na het gesprek is er geen vermoeden meer.");
        assertThat(find("body").getText())
                .contains("Afweging 1: Nee")
                .contains("U kunt het dossier afsluiten met een notitie.");
        assertAccessible("afwegingen na afweging 1 nee");

        follow(dossier + "/afsluiten");
        assertAccessible("dossier afsluiten");
        find("#veld-notitie").sendKeys("Geen vermoeden meer na het gesprek met vader.");
        submit(dossier + "/afsluiten");
        waitForPath(dossier);
        assertNotice("Het dossier is gesloten.");
        assertThat(find("body").getText()).contains("Status: Gesloten").contains("Dit dossier is gesloten.");
        assertThat(journal()).contains("Dossier afgesloten", "Geen vermoeden meer na het gesprek met vader.");
        assertThat(driver().findElements(By.cssSelector("a[href='" + dossier + "/afsluiten']")))
                .isEmpty();
        assertAccessible("gesloten dossier");

        // A closed dossier offers a restart: a new open dossier linked to this one.
        WebElement restart = find("form[action='" + dossier + "/herstart'] button[type=submit]");
        assertThat(restart.getText()).isEqualTo("Dossier opnieuw starten");
        restart.click();
        waiting().until(ExpectedConditions.stalenessOf(restart));
        waiting().until(d -> path().matches(DOSSIER_PATH) && !path().equals(dossier));
        assertNotice("Het dossier is opnieuw gestart, met dezelfde betrokkenen.");
        assertThat(find("body").getText()).contains("Kim Sluiten", "Status: Open");
        assertThat(find("a[href='" + dossier + "']").getText()).isEqualTo("Naar het eerdere dossier");
        assertAccessible("herstart dossier");
    }

    @Test
    void helpLeadsToTheAfweging5Reminder() {
        logIn("leerkracht");
        open("/dossiers/nieuw");
        String id = openDossier("Mo Hulp", "2014-09-10");
        String dossier = "/dossiers/" + id;
        String afwegingen = dossier + "/afwegingen";

        follow(afwegingen);
        answer(dossier, "ja", "Mo vertelt over ruzies thuis.");
        answer(dossier, "nee", "Geen acute of structurele onveiligheid.");
        assertThat(driver().findElements(By.cssSelector("input[name=vereisten]")))
                .hasSize(5);
        driver().findElements(By.cssSelector("#veld-vereisten input[type=checkbox]"))
                .forEach(WebElement::click);
        assertAccessible("afweging 3 met de eisen voor passende hulp");
        answer(dossier, "ja", "De intern begeleider en het wijkteam kunnen helpen.");
        answer(dossier, "ja", "Ouders willen meedoen aan de gesprekken.");
        assertThat(find("#hulpplan").getText()).isEqualTo("Hulp bieden of organiseren");
        assertAccessible("hulpplan");

        LocalDate today = LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
        LocalDate herbeoordeling = today.plusDays(1);
        find("#veld-plan").sendKeys("Wekelijks gesprek met Mo en ouders, met het wijkteam.");
        find("#veld-wie").sendKeys("Intern begeleider");
        setDate("#veld-herbeoordeling", herbeoordeling);
        submit(dossier + "/hulpplan");
        waitForPath(afwegingen);
        assertNotice("De hulp is vastgelegd.");
        assertThat(find("#hulpplan").findElement(By.xpath("..")).getText()).contains("Intern begeleider");
        assertAccessible("afwegingen na het hulpplan");
        open("/");
        assertThat(driver().findElements(
                                By.cssSelector("section[aria-labelledby=herinneringen] a[href='" + afwegingen + "']")))
                .as("no reminder before the date")
                .isEmpty();
        logOut();

        // The date comes: the scheduled job records the reminder. Moving the clock a day would end any session,
        // so the job runs while the clock is moved, and the owner logs in again once it is back.
        Instant realNow = clock.instant();
        try {
            clock.set(herbeoordeling.atStartOfDay(DUTCH_TIME).toInstant().plus(Duration.ofMinutes(1)));
            runHerbeoordelingJob();
        } finally {
            clock.set(realNow);
        }

        logIn("leerkracht");
        String reminder = "Beoordeel afweging 5 opnieuw (datum "
                + herbeoordeling.format(DateTimeFormatter.ofPattern("d-M-yyyy")) + ")";
        assertThat(find("#herinneringen").findElement(By.xpath("..")).getText()).contains(reminder);
        assertThat(find("section[aria-labelledby=herinneringen] a[href='" + afwegingen + "']")
                        .getText())
                .isEqualTo(reminder);
        assertAccessible("start met herinnering");
        open("/dossiers");
        WebElement link = find("section[aria-labelledby=herinneringen] a[href='" + afwegingen + "']");
        assertThat(link.getText()).isEqualTo(reminder);
        assertAccessible("mijn dossiers met herinnering");
        link.click();
        waitForPath(afwegingen);
        waiting().until(ExpectedConditions.stalenessOf(link));
        assertThat(find("#vraag").getText()).isEqualTo("Afweging 5");
    }

    @Test
    void typicalCaseWithTheKeyboardAlone() {
        keyboardLogIn("leerkracht");

        // Home → my dossiers → new dossier.
        tabTo("a[href='/dossiers']");
        enter();
        waitForPath("/dossiers");
        tabTo("a[href='/dossiers/nieuw']");
        enter();
        waitForPath("/dossiers/nieuw");

        tabTo("#veld-naam");
        type("Lina Toetsenbord");
        press(Keys.TAB);
        assertFocus("#veld-geboortedatum");
        typeDate(LocalDate.of(2017, 3, 3));
        assertThat(find("#veld-geboortedatum").getDomProperty("value")).isEqualTo("2017-03-03");
        tabTo("#veld-relatie");
        type("Kind");
        assertThat(new Select(find("#veld-relatie")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("KIND");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Dossier openen");
        enter();
        waiting().until(d -> path().matches(DOSSIER_PATH));
        String dossier = path();
        assertNotice("Het dossier is geopend.");

        // A signaal.
        tabTo("a[href='" + dossier + "/signalen']");
        enter();
        waitForPath(dossier + "/signalen");
        tabTo("#veld-waarneming");
        type("Lina zei dat ze 's avonds vaak geschreeuw hoort en niet kan slapen.");
        press(Keys.TAB);
        assertFocus("#veld-soort");
        type("Feit");
        assertThat(new Select(find("#veld-soort")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("FEIT");
        // The forms of violence are optional and folded away: Enter on the summary opens them.
        tabTo("details.vormen summary");
        press(Keys.ENTER);
        tabTo("#vorm-GETUIGE_HUISELIJK_GEWELD");
        press(Keys.SPACE);
        assertThat(find("#vorm-GETUIGE_HUISELIJK_GEWELD").isSelected()).isTrue();
        tabTo("form[action='" + dossier + "/signalen'] button[type=submit]");
        enter();
        waitForPath(dossier);
        assertNotice("Het signaal is vastgelegd.");
        assertThat(journal()).contains("Lina zei dat ze 's avonds vaak geschreeuw hoort");

        // Afwegingen 1 and 2, each ja with a reason.
        tabTo("a[href='" + dossier + "/afwegingen']");
        enter();
        waitForPath(dossier + "/afwegingen");
        keyboardAnswer("Lina hoort geweld tussen haar ouders.");
        assertNotice("Uw antwoord is opgeslagen.");
        assertThat(find("body").getText()).contains("Afweging 1: Ja");
        keyboardAnswer("Het gebeurt vaak: structurele onveiligheid.");
        assertThat(find("body").getText()).contains("Afweging 2: Ja", "Meldnorm 1");

        // Beslissing 1: ja.
        tabTo("#b1-ja");
        press(Keys.SPACE);
        assertThat(find("#b1-ja").isSelected()).isTrue();
        press(Keys.TAB);
        assertFocus("#veld-b1reden");
        type("Structurele onveiligheid: melden is nodig.");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Beslissing 1 opslaan");
        // Saved in place (htmx), without a page load: the focus moves to beslissing 2.
        press(Keys.ENTER);
        waitForText("[role=status]", "Uw beslissing is opgeslagen.");
        waiting().until(d -> "beslissing-2".equals(focused().getAttribute("id")));

        // The melding.
        tabTo("a[href='" + dossier + "/melding']");
        enter();
        waitForPath(dossier + "/melding");
        tabTo("#veld-regio");
        for (int i = 0; i < 5 && !selected("#veld-regio").equals("Veilig Thuis Demo-Noord"); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(new Select(find("#veld-regio")).getFirstSelectedOption().getText())
                .isEqualTo("Veilig Thuis Demo-Noord");
        press(Keys.TAB);
        assertFocus("#veld-watBlijfIkDoen");
        type("Lina blijft bij mij in de klas; ik let op hoe het met haar gaat.");
        press(Keys.TAB);
        assertFocus("#geinformeerd-ja");
        press(Keys.SPACE);
        assertThat(find("#geinformeerd-ja").isSelected()).isTrue();
        tabTo("#veld-contact");
        type("0612345678");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Melding versturen");
        enter();
        waitForPath(dossier);
        assertNotice("De melding is verstuurd naar Veilig Thuis.");
        assertThat(find("#meldingen").findElement(By.xpath("..")).getText())
                .contains("Verzonden aan Veilig Thuis Demo-Noord op");
    }

    // --- mouse helpers (clicks and sendKeys) ---

    /** Fills the new-dossier form on the current page and opens it; returns the new dossier's id. */
    /** Follows the first link to {@code href} on the page, as a click. */
    /** Answers the afweging asked now on the afwegingen page. */
    private void answer(String dossier, String antwoord, String reden) {
        String asked = find("#vraag").getText();
        find("#antwoord-" + antwoord).click();
        if (antwoord.equals("ja")
                && !driver().findElements(By.id("onveiligheid-ACUUT")).isEmpty()) {
            find("#onveiligheid-ACUUT").click();
        }
        find("#veld-reden").sendKeys(reden);
        submit(dossier + "/afwegingen");
        waiting()
                .until(d -> driver().findElements(By.cssSelector("#vraag")).isEmpty()
                        || !find("#vraag").getText().equals(asked));
        assertNotice("Uw antwoord is opgeslagen.");
    }

    private void beslis(int nummer, String antwoord, String reden) {
        find("#b" + nummer + "-" + antwoord).click();
        WebElement field = find("#veld-b" + nummer + "reden");
        field.sendKeys(reden);
        WebElement button = field.findElement(By.xpath("./ancestor::form//button[@type='submit']"));
        button.click();
        waiting().until(ExpectedConditions.stalenessOf(button));
        waitForText("[role=status]", "Uw beslissing is opgeslagen.");
    }

    /** The journal's text, after opening each collapsed entry as a reader does: a click on its heading. */
    private String journal() {
        for (WebElement summary :
                driver().findElements(By.cssSelector("#journaal ~ ol details:not([open]) > summary"))) {
            summary.click();
        }
        return find("#journaal").findElement(By.xpath("..")).getText();
    }

    /** Runs the scheduled job that records due re-evaluation reminders, as the scheduler does (same runnable). */
    private void runHerbeoordelingJob() {
        String job = "nl.schakel.dossier.HerbeoordelingHerinnering.recordDue";
        ScheduledTask task = scheduledTasks.getScheduledTasks().stream()
                .filter(t -> t.getTask().toString().equals(job))
                .findFirst()
                .orElseThrow(() -> new AssertionError(job + " is not scheduled"));
        task.getTask().getRunnable().run();
    }

    // --- keyboard helpers (no clicks) ---

    private void keyboardLogIn(String username) {
        browser.forgetSession();
        open("/inloggen");
        tabTo("#veld-gebruikersnaam");
        type(username);
        press(Keys.TAB);
        assertFocus("#veld-wachtwoord");
        type(TotpCodes.DEMO_PASSWORD);
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Inloggen");
        enter();
        waitForPath("/tweede-factor");
        tabTo("#veld-code");
        type(freshCode(username));
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Doorgaan");
        enter();
        waitForPath("/");
    }

    /**
     * Answers the afweging asked now with ja: Tab to the radio, Space, Tab to the reason, type, Tab, Enter; the next
     * question replaces it in place (htmx, no page load) and gets the focus.
     */
    private void keyboardAnswer(String reden) {
        String asked = find("#vraag").getText();
        tabTo("#antwoord-ja");
        press(Keys.SPACE);
        assertThat(find("#antwoord-ja").isSelected()).isTrue();
        if (!driver().findElements(By.id("onveiligheid-ACUUT")).isEmpty()) {
            // afweging 2: the kind of unsafety is one radio group; the arrow key moves to structurele onveiligheid
            press(Keys.TAB);
            assertFocus("#onveiligheid-ACUUT");
            press(Keys.ARROW_DOWN);
            assertThat(find("#onveiligheid-STRUCTUREEL").isSelected()).isTrue();
        }
        press(Keys.TAB);
        assertFocus("#veld-reden");
        type(reden);
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Antwoord opslaan");
        press(Keys.ENTER);
        waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !find("#vraag").getText().equals(asked) && focused().getAttribute("data-volgende") != null);
    }

    /**
     * Types a date into the focused date field, segment by segment as a person would. The order of the segments
     * follows the browser's locale (day-month or month-day, the year last), so the date has day = month.
     */
    private void typeDate(LocalDate date) {
        assertThat(date.getDayOfMonth()).isEqualTo(date.getMonthValue());
        type("%02d".formatted(date.getDayOfMonth()));
        type("%02d".formatted(date.getMonthValue()));
        type("%04d".formatted(date.getYear()));
    }

    private String selected(String css) {
        return new Select(find(css)).getFirstSelectedOption().getText();
    }

    /** Presses Enter on the focused link or button and waits until the browser shows the next page. */
    private void enter() {
        WebElement page = find("html");
        press(Keys.ENTER);
        waiting().until(ExpectedConditions.stalenessOf(page));
    }
}
