package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.schakel.Browser;
import nl.schakel.WebITSupport;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.Termijnen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP, as vt-noord: registering a melding and an advies through the form (every bad input answered in Dutch,
 * nothing saved), ending an advies with and without conversion into a melding, and the first contact with the melder.
 */
class VeiligThuisIntakePagesIT extends WebITSupport {

    @Autowired
    Werkdagkalender kalender;

    private int zaken() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM veiligthuis.zaak", Integer.class);
        return n == null ? 0 : n;
    }

    private static UUID zaakId(HttpResponse<String> response) {
        String location = Browser.location(response);
        assertThat(location).as("redirect after saving").startsWith("/veilig-thuis/zaken/");
        return UUID.fromString(location.substring("/veilig-thuis/zaken/".length()));
    }

    private UUID registreer(Browser vt, IntakeFormulier form) {
        HttpResponse<String> response = vt.post("/veilig-thuis/nieuw", "/veilig-thuis/nieuw", form.alsVelden());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return zaakId(response);
    }

    private IntakeFormulier melding() {
        return IntakeFormulier.melding(clock.instant(), "Jet Juf", "Basisschool De Linde", "0201234567");
    }

    private IntakeFormulier advies() {
        return melding().set("soort", "ADVIES").set("beller", "PARTICULIER").zonder("categorie");
    }

    @Test
    void theFormStartsWithThreeEmptyRowsAndTheTimeNowAndShieldingByTheOneRule() {
        Browser vt = browser().login("vt-noord");

        String page = vt.get("/veilig-thuis/nieuw").body();

        assertThat(page)
                .contains("id=\"veld-betrokkenen-2-naam\"")
                .doesNotContain("id=\"veld-betrokkenen-3-naam\"")
                .contains("value=\"" + LocalDate.ofInstant(clock.instant(), Intake.NL) + "\"")
                .containsPattern("id=\"afgeschermd-regel\" name=\"afgeschermd\" value=\"regel\" checked")
                .contains("De regel: weet de cliënt niet dat er gemeld is");
    }

    @Test
    void aMeldingRegisteredThroughTheFormIsSavedWithItsDeadlineAndABlankRowIsIgnored() {
        Browser vt = browser().login("vt-noord");
        IntakeFormulier form = melding()
                .set("acuut", "ja")
                .set("betrokkenen[2].naam", "Vader Intakekind")
                .set("betrokkenen[2].geboortedatum", "1985-01-02")
                .set("betrokkenen[2].geslacht", "MAN")
                .set("betrokkenen[2].rol", "VERMOEDELIJKE_PLEGER");

        UUID id = registreer(vt, form);

        HttpResponse<String> page = vt.get("/veilig-thuis/zaken/" + id);
        assertThat(page.body())
                .contains("De melding is vastgelegd.")
                .contains("Lotte Intakekind")
                .contains("Vader Intakekind")
                .contains("id=\"acuut\"")
                .contains("Lichamelijke kindermishandeling", "Getuige van huiselijk geweld");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.betrokkene WHERE zaak_id = ?", Integer.class, id))
                .isEqualTo(2);
        LocalDate vandaag = LocalDate.ofInstant(clock.instant().minusSeconds(3600), Intake.NL);
        assertThat(jdbc.queryForObject("SELECT vb_uiterlijk FROM veiligthuis.zaak WHERE id = ?", LocalDate.class, id))
                .isEqualTo(new Termijnen(kalender).veiligheidsbeoordelingUiterlijk(vandaag));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = 'veiligthuis.intake'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);
    }

    @Test
    void addingAPersonShowsOneMoreRowAndSavesNothing() {
        Browser vt = browser().login("vt-noord");
        int before = zaken();

        HttpResponse<String> page = vt.post(
                "/veilig-thuis/nieuw",
                "/veilig-thuis/nieuw",
                melding().set("actie", "meer").alsVelden());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"veld-betrokkenen-3-naam\"")
                .contains("value=\"Lotte Intakekind\"")
                .contains("name=\"rijen\" value=\"4\"")
                .doesNotContain("role=\"alert\"");
        assertThat(zaken()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(
                        "future time",
                        (UnaryOperator<IntakeFormulier>) f -> f.set("ontvangenDatum", "2999-01-01"),
                        "De datum en tijd van ontvangst mogen niet in de toekomst liggen.",
                        "veld-ontvangenOp"),
                Arguments.of(
                        "invalid BSN",
                        (UnaryOperator<IntakeFormulier>) f -> f.set("betrokkenen[0].bsn", "123456789"),
                        "Dit BSN klopt niet.",
                        "veld-betrokkenen-0-bsn"),
                Arguments.of(
                        "second row without a date of birth",
                        (UnaryOperator<IntakeFormulier>) f -> f.set("betrokkenen[1].naam", "Broer Intakekind")
                                .set("betrokkenen[1].geslacht", "MAN")
                                .set("betrokkenen[1].rol", "KIND_IN_HUISHOUDEN"),
                        "Vul een geboortedatum in die niet in de toekomst ligt.",
                        "veld-betrokkenen-1-geboortedatum"),
                Arguments.of(
                        "anonymous professional",
                        (UnaryOperator<IntakeFormulier>) f -> f.set("anoniem", "ja"),
                        "Een beroepskracht kan niet anoniem melden.",
                        "veld-anoniem"),
                Arguments.of(
                        "no melder",
                        (UnaryOperator<IntakeFormulier>) f -> f.set("melderNaam", " "),
                        "Vul de naam van de melder in",
                        "veld-melderNaam"),
                Arguments.of(
                        "no category",
                        (UnaryOperator<IntakeFormulier>) f -> f.zonder("categorie"),
                        "Kies de sector van de beroepskracht.",
                        "veld-categorie"),
                Arguments.of(
                        "unknown form of violence",
                        (UnaryOperator<IntakeFormulier>) f -> f.vormen("bestaat-niet"),
                        "Deze vorm van geweld kunt u niet (meer) kiezen.",
                        "veld-vormen"),
                Arguments.of(
                        "nobody",
                        (UnaryOperator<IntakeFormulier>) f -> f.set("betrokkenen[0].naam", "")
                                .set("betrokkenen[0].geboortedatum", "")
                                .set("betrokkenen[0].geslacht", "")
                                .set("betrokkenen[0].bsn", "")
                                .set("betrokkenen[0].rol", ""),
                        "Vul minstens één directbetrokkene in.",
                        "veld-betrokkenen"),
                Arguments.of(
                        "nothing told",
                        (UnaryOperator<IntakeFormulier>) f -> f.set("omschrijving", "  "),
                        "Beschrijf wat er verteld is",
                        "veld-omschrijving"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsAnsweredInDutchAndNothingIsSaved(
            String what, UnaryOperator<IntakeFormulier> change, String message, String field) {
        Browser vt = browser().login("vt-noord");
        int before = zaken();

        HttpResponse<String> page = vt.post(
                "/veilig-thuis/nieuw",
                "/veilig-thuis/nieuw",
                change.apply(melding()).alsVelden());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("role=\"alert\"")
                .contains(message)
                .contains("href=\"#" + field + "\"")
                .contains("id=\"" + field + "\"")
                // what was typed is kept
                .contains("value=\"Basisschool De Linde\"");
        assertThat(zaken()).isEqualTo(before);
    }

    @Test
    void anAdviesConvertedIntoAMeldingGetsItsDeadlineFromTodayAndVeiligThuisBecomesResponsible() {
        Browser vt = browser().login("vt-noord");
        UUID id = registreer(vt, advies());
        String zaak = "/veilig-thuis/zaken/" + id;
        assertThat(vt.get(zaak).body())
                .contains("De adviesvrager blijft verantwoordelijk.")
                .contains("href=\"" + zaak + "/advies\"")
                .doesNotContain("href=\"" + zaak + "/eerste-contact\"");
        assertThat(jdbc.queryForObject("SELECT vb_uiterlijk FROM veiligthuis.zaak WHERE id = ?", LocalDate.class, id))
                .isNull();

        HttpResponse<String> empty = vt.post(zaak + "/advies", zaak + "/advies", "toelichting", " ");
        assertThat(empty.body()).contains("Kies de uitkomst van het advies.");

        HttpResponse<String> saved = vt.post(
                zaak + "/advies",
                zaak + "/advies",
                "uitkomst",
                "OMGEZET_IN_MELDING",
                "toelichting",
                "Zorgen te groot.");

        assertThat(Browser.location(saved)).isEqualTo(zaak);
        var row = jdbc.queryForMap("SELECT soort, status, vb_uiterlijk FROM veiligthuis.zaak WHERE id = ?", id);
        assertThat(row.get("soort")).isEqualTo("MELDING");
        assertThat(row.get("status")).isEqualTo("VEILIGHEIDSBEOORDELING");
        assertThat(((java.sql.Date) row.get("vb_uiterlijk")).toLocalDate())
                .isEqualTo(new Termijnen(kalender)
                        .veiligheidsbeoordelingUiterlijk(LocalDate.ofInstant(clock.instant(), Intake.NL)));
        assertThat(vt.get(zaak).body())
                .contains("Het advies is nu een melding.")
                .contains("Omgezet in een melding")
                .doesNotContain("De adviesvrager blijft verantwoordelijk.")
                .doesNotContain("href=\"" + zaak + "/advies\"");
    }

    @Test
    void anAnonymousAdviesCannotBeConvertedButVeiligThuisMayReportAmbtshalve() {
        Browser vt = browser().login("vt-noord");
        UUID id = registreer(
                vt,
                advies().set("anoniem", "ja")
                        .set("melderNaam", "")
                        .set("melderContact", "")
                        .set("melderOrganisatie", ""));
        String zaak = "/veilig-thuis/zaken/" + id;

        HttpResponse<String> refused =
                vt.post(zaak + "/advies", zaak + "/advies", "uitkomst", "OMGEZET_IN_MELDING", "toelichting", "Zorgen.");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Een anoniem advies kan geen melding worden");
        assertThat(jdbc.queryForObject("SELECT status FROM veiligthuis.zaak WHERE id = ?", String.class, id))
                .isEqualTo("ADVIES");

        HttpResponse<String> ambtshalve = vt.post(
                zaak + "/advies", zaak + "/advies", "uitkomst", "AMBTSHALVE_MELDING", "toelichting", "VT meldt zelf.");
        assertThat(Browser.location(ambtshalve)).isEqualTo(zaak);
        assertThat(jdbc.queryForObject("SELECT soort FROM veiligthuis.zaak WHERE id = ?", String.class, id))
                .isEqualTo("MELDING");
    }

    @Test
    void anAdviesThatIsNotConvertedEndsAsAdvies() {
        Browser vt = browser().login("vt-noord");
        UUID id = registreer(vt, advies());
        String zaak = "/veilig-thuis/zaken/" + id;

        vt.post(
                zaak + "/advies",
                zaak + "/advies",
                "uitkomst",
                "ADVIES_EN_ONDERSTEUNING",
                "toelichting",
                "Tips gegeven.");

        var row = jdbc.queryForMap("SELECT soort, status FROM veiligthuis.zaak WHERE id = ?", id);
        assertThat(row.get("soort")).isEqualTo("ADVIES");
        assertThat(row.get("status")).isEqualTo("ADVIES_AFGEROND");
        assertThat(vt.get(zaak).body())
                .contains("Advies en ondersteuning gegeven")
                .contains("Tips gegeven.");
    }

    @Test
    void theFirstContactWithTheProfessionalMelderIsRecordedAndCountsAsASafetyCheck() {
        Browser vt = browser().login("vt-noord");
        UUID id = registreer(vt, melding());
        String zaak = "/veilig-thuis/zaken/" + id;
        assertThat(vt.get(zaak).body()).contains("href=\"" + zaak + "/eerste-contact\"");
        assertThat(vt.get(zaak + "/eerste-contact").statusCode()).isEqualTo(200);

        HttpResponse<String> refused =
                vt.post(zaak + "/eerste-contact", zaak + "/eerste-contact", "situatie", "Kind vertelde meer.");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Kies of de beroepskracht hulp blijft bieden.")
                .contains("Schrijf op hoe groot u het gevaar nu inschat.")
                .contains("Kind vertelde meer.");

        HttpResponse<String> saved = vt.post(
                zaak + "/eerste-contact",
                zaak + "/eerste-contact",
                "situatie",
                "Kind vertelde meer.",
                "inschattingGevaar",
                "Geen acuut gevaar.",
                "blijftHulpBieden",
                "ja",
                "verwachtingen",
                "",
                "afspraken",
                "School belt vrijdag.");

        assertThat(Browser.location(saved)).isEqualTo(zaak);
        assertThat(vt.get(zaak).body())
                .contains("Het eerste contact is vastgelegd.")
                .contains("School belt vrijdag.");
        assertThat(jdbc.queryForObject(
                        "SELECT laatste_veiligheidscheck IS NOT NULL FROM veiligthuis.zaak WHERE id = ?",
                        Boolean.class,
                        id))
                .isTrue();
    }
}
