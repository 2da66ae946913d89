package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.schakel.dossier.DossierManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone 375 × 667 px, every page of every demo user ({@link EveryPage}): the page itself never scrolls sideways
 * (a wide table scrolls in its own region) and the DEMO banner and the header take at most a fifth of the first
 * screen (WCAG 1.4.10 reflow). One load per page and no axe run, so the walk stays cheap; {@link AccessibilityIT}
 * runs axe-core at 1280 and at 375 px, with the same checks, on every page it opens, with and without errors.
 */
class NarrowScreenIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    DossierManagement dossiers;

    @AfterEach
    void wideAgain() {
        Phone.wideAgain(driver());
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        Map<String, List<String>> pages = EveryPage.perUser(jdbcTemplate, dossiers);
        List<String> failures = new java.util.ArrayList<>();
        pages.forEach((user, paths) -> {
            logIn(user);
            Phone.emulate(driver());
            for (String path : paths) {
                open(path);
                String page = path + " as " + user;
                try {
                    Phone.assertFits(driver(), page);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
            Phone.wideAgain(driver());
        });
        // every page is checked before the test fails, so one run lists all that does not fit
        assertThat(failures).as("pages that do not fit a phone").isEmpty();
    }
}
