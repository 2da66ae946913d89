package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.kalender.Bron;
import nl.schakel.shared.kalender.Feestdag;
import nl.schakel.shared.kalender.Gelijkstellingsregel;
import nl.schakel.shared.kalender.VrijeDag;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * The platformbeheerder's page of holidays and equated days: the shipped decrees and the expected days per year, a
 * decree added with its days, a mistaken day withdrawn (the history keeps both rows), clear Dutch errors, every read
 * and change in the access log, and no access for anyone else. The calendar every term uses follows at once. The
 * database is shared by the tests in this JVM, so these tests change years (2041–2043) no other test counts in.
 */
class KalenderbeheerIT extends WebITSupport {

    private static final String PAGE = "/platform/kalender";

    @Autowired
    Kalenderbeheer kalenderbeheer;

    @Autowired
    Werkdagkalender kalender;

    private int logRows(String event, String objectId, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND object_id = ? AND outcome = ?",
                Integer.class,
                event,
                objectId,
                outcome);
    }

    private UUID besluitId(String naam) {
        return jdbc.queryForObject(
                "SELECT id FROM organisation.gelijkstellingsbesluit WHERE naam = ?", UUID.class, naam);
    }

    private int besluiten() {
        return jdbc.queryForObject("SELECT count(*) FROM organisation.gelijkstellingsbesluit", Integer.class);
    }

    private static String nl(LocalDate d) {
        return d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
    }

    /** A Wednesday in March: never a holiday of the law. */
    private static LocalDate woensdagInMaart(int jaar, int week) {
        return LocalDate.of(jaar, 3, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY))
                .plusWeeks(week);
    }

    @Test
    void theShippedDecreesMake2January2026AHolidayAndTheRuleFillsTheYearsWithoutADecree() {
        assertThat(kalender.werkdagenNa(LocalDate.of(2025, 12, 24), 5)).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(kalender.vrijeDag(LocalDate.of(2026, 1, 2)).map(VrijeDag::bron))
                .contains(Bron.BESLUIT);
        assertThat(kalender.vrijeDag(LocalDate.of(2030, 12, 27)))
                .contains(new VrijeDag(LocalDate.of(2030, 12, 27), Feestdag.GELIJKGESTELD, Bron.VERWACHT, null));

        Browser platform = browser().login("platform");
        String jaar2026 = platform.get(PAGE + "?jaar=2026").body();
        assertThat(jaar2026)
                .contains("2 januari 2026")
                .contains("Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26"
                        + " mei 2028 met een algemeen erkende feestdag")
                .contains("Algemene termijnenwet")
                .contains("href=\"/platform/kalender\"");
        // Other tests (the page walk of BadInputFuzzIT) may read the same year: count this read only.
        int eerder = logRows("organisation.kalender.list", "2030", "GESLAAGD");
        String jaar2030 = platform.get(PAGE + "?jaar=2030").body();
        assertThat(jaar2030).contains("27-12-2030").contains("Verwacht (nog geen besluit)");
        assertThat(logRows("organisation.kalender.list", "2030", "GESLAAGD")).isEqualTo(eerder + 1);
        assertThat(platform.get(PAGE + "?jaar=tweeduizend").statusCode()).isEqualTo(200);
        assertThat(platform.get(PAGE + "?jaar=99999").statusCode()).isEqualTo(200);
    }

    @Test
    void aDecreeIsAddedADayWithdrawnAndAddedAndTheHistoryKeepsEveryRow() {
        Browser platform = browser().login("platform");
        String naam = "Testbesluit pagina " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate eerste = woensdagInMaart(2041, 0);
        LocalDate tweede = woensdagInMaart(2041, 1);
        LocalDate derde = woensdagInMaart(2041, 2);
        LocalDate vrijdagNaHemelvaart2041 = Gelijkstellingsregel.dagen(2041).getFirst();
        assertThat(kalender.vrijeDag(vrijdagNaHemelvaart2041).map(VrijeDag::bron))
                .contains(Bron.VERWACHT);

        HttpResponse<String> added = platform.post(
                PAGE,
                PAGE + "/besluiten",
                "naam",
                naam,
                "vindplaats",
                "Stcrt. 2040, 99999",
                "dagen",
                nl(eerste) + "\n" + nl(tweede));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(Browser.location(added)).isEqualTo(PAGE);
        UUID id = besluitId(naam);
        assertThat(kalender.vrijeDag(eerste))
                .contains(new VrijeDag(eerste, Feestdag.GELIJKGESTELD, Bron.BESLUIT, naam + " (Stcrt. 2040, 99999)"));
        assertThat(kalender.isWerkdag(tweede)).isFalse();
        // 2041 now has a decree: the rule's expected day no longer counts for it
        assertThat(kalender.isWerkdag(vrijdagNaHemelvaart2041)).isTrue();
        assertThat(logRows("organisation.kalender.create", id.toString(), "GESLAAGD"))
                .isEqualTo(1);
        assertThat(platform.get(PAGE + "?jaar=2041").body()).contains(naam).contains("Stcrt. 2040, 99999");

        HttpResponse<String> withdrawn = platform.post(
                PAGE, PAGE + "/intrekken", "keuze", id + "|" + tweede, "reden", "Verkeerde datum overgenomen");

        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(kalender.isWerkdag(tweede)).isTrue();
        assertThat(jdbc.queryForList(
                        "SELECT actie FROM organisation.gelijkgestelde_dag WHERE besluit_id = ? AND dag = ? ORDER BY seq",
                        String.class,
                        id,
                        tweede))
                .containsExactly("TOEGEVOEGD", "INGETROKKEN");
        assertThat(jdbc.queryForObject(
                        "SELECT purpose FROM audit.access_log WHERE event = 'organisation.kalender.withdraw'"
                                + " AND object_id = ? AND segment = ?",
                        String.class,
                        id.toString(),
                        tweede.toString()))
                .isEqualTo("Verkeerde datum overgenomen");
        assertThat(platform.get(PAGE).body()).contains("Verkeerde datum overgenomen");

        HttpResponse<String> dag = platform.post(PAGE, PAGE + "/dagen", "besluit", id.toString(), "dag", nl(derde));
        assertThat(dag.statusCode()).isEqualTo(302);
        assertThat(kalender.vrijeDag(derde).map(VrijeDag::bron)).contains(Bron.BESLUIT);
        assertThat(logRows("organisation.kalender.update", id.toString(), "GESLAAGD"))
                .isEqualTo(1);

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE organisation.gelijkgestelde_dag SET actie = 'TOEGEVOEGD' WHERE besluit_id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM organisation.gelijkstellingsbesluit WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void badInputGetsAClearDutchMessageAndStoresNothing() {
        Browser platform = browser().login("platform");
        int before = besluiten();

        String leeg = platform.post(PAGE, PAGE + "/besluiten", "naam", " ", "vindplaats", "", "dagen", "31-2-2042")
                .body();
        assertThat(leeg).contains("Vul de naam van het besluit in").contains("Een datum klopt niet");

        LocalDate zaterdag = LocalDate.of(2042, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        assertThat(platform.post(PAGE, PAGE + "/besluiten", "naam", "Test", "vindplaats", "", "dagen", nl(zaterdag))
                        .body())
                .contains("valt op een zaterdag of zondag");
        assertThat(platform.post(PAGE, PAGE + "/besluiten", "naam", "Test", "vindplaats", "", "dagen", "25-12-2042")
                        .body())
                .contains("al een feestdag volgens de Algemene termijnenwet");
        assertThat(platform.post(PAGE, PAGE + "/besluiten", "naam", "Test", "vindplaats", "", "dagen", "2-1-2026")
                        .body())
                .contains("staat al in een besluit");
        assertThat(platform.post(PAGE, PAGE + "/besluiten", "naam", "Test", "vindplaats", "", "dagen", "")
                        .body())
                .contains("Vul minstens een dag in");
        assertThat(besluiten()).isEqualTo(before);

        UUID seeded = UUID.fromString("5c1e2d3a-2026-4028-8000-000000000002");
        assertThat(platform.post(PAGE, PAGE + "/dagen", "besluit", seeded.toString(), "dag", "morgen")
                        .body())
                .contains("Een datum klopt niet");
        assertThat(platform.post(PAGE, PAGE + "/dagen", "besluit", "geen-id", "dag", "4-3-2043")
                        .body())
                .contains("Kies het besluit");
        String intrekken = platform.post(PAGE, PAGE + "/intrekken", "keuze", seeded + "|2043-03-04", "reden", "")
                .body();
        assertThat(intrekken).contains("Kies de dag die u wilt intrekken").contains("Schrijf op waarom");
        assertThat(kalender.vrijeDag(LocalDate.of(2026, 1, 2)).map(VrijeDag::bron))
                .contains(Bron.BESLUIT);
    }

    @Test
    void noOneElseSeesOrChangesTheListAndTheAttemptIsLogged() {
        Browser beheerder = browser().login("beheer-school");
        assertThat(beheerder.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(beheerder.get("/").body()).doesNotContain("href=\"/platform/kalender\"");
        assertThat(browser().login("leerkracht").get(PAGE).statusCode()).isEqualTo(403);

        int before = jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.kalender.create'"
                        + " AND outcome = 'GEWEIGERD' AND username = 'beheer-school'",
                Integer.class);
        assertThatThrownBy(() -> kalenderbeheer.voegBesluitToe(
                        TestActors.actor(jdbc, "beheer-school"), "Besluit", "", "4-3-2043"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.kalender.create'"
                                + " AND outcome = 'GEWEIGERD' AND username = 'beheer-school'",
                        Integer.class))
                .isEqualTo(before + 1);
        assertThat(kalender.isWerkdag(LocalDate.of(2043, 3, 4))).isTrue();
    }
}
