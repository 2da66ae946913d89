package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * On a phone 375 px wide the page itself never scrolls sideways: a wide table scrolls in its own region (WCAG 1.4.10
 * reflow). Headless Chromium has no window narrower than 500 px, so the test emulates the device.
 */
class NarrowScreenIT extends BrowserTestBase {

    private static final Map<String, List<String>> PAGES = Map.of(
            "platform", List.of("/platform/kalender", "/platform/kalender?jaar=2029", "/platform/codelijsten"),
            "vt-noord", List.of("/veilig-thuis", "/veilig-thuis/wachtrij", "/veilig-thuis/termijnen"),
            "privacy-school", List.of("/toegangslog"),
            "leerkracht", List.of("/", "/dossiers", "/help"));

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void wideAgain() {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The pages of the services after the besluit, on the demo region's cases in each service. */
    private List<String> dienstPaginas() {
        List<String> paths = new java.util.ArrayList<>();
        for (String[] dienst : new String[][] {
            {"VOORWAARDEN_EN_VERVOLG", "voorwaarden"},
            {"ONDERZOEK", "onderzoek"},
            {"MONITORING", "monitoring"},
            {"OVERDRACHT_NA_VEILIGHEIDSBEOORDELING", "overdracht"}
        }) {
            String zaak = "/veilig-thuis/zaken/"
                    + jdbc.queryForObject(
                            "SELECT id FROM veiligthuis.zaak WHERE status = ? ORDER BY ontvangen_op LIMIT 1",
                            java.util.UUID.class,
                            dienst[0]);
            paths.add(zaak);
            paths.add(zaak + "/" + dienst[1]);
        }
        return paths;
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        Map<String, List<String>> pages = new java.util.HashMap<>(PAGES);
        pages.put(
                "vt-noord",
                java.util.stream.Stream.concat(PAGES.get("vt-noord").stream(), dienstPaginas().stream())
                        .toList());
        pages.forEach((user, paths) -> {
            browser.forgetSession();
            logIn(user);
            ((ChromeDriver) driver())
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 375, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            for (String path : paths) {
                open(path);
                JavascriptExecutor js = (JavascriptExecutor) driver();
                long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
                long page = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(viewport).as("viewport of %s", path).isEqualTo(375);
                assertThat(page).as("width of %s as %s at 375 px", path, user).isLessThanOrEqualTo(viewport);
            }
            wideAgain();
        });
    }
}
