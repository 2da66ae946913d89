package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page as on a phone 375 × 667 px (WCAG 1.4.10 reflow): the page itself never scrolls sideways (a wide table
 * scrolls in its own region), and the DEMO banner with the header takes at most a fifth of the first screen. Headless
 * Chromium has no window narrower than 500 px, so the screen is emulated (Chrome DevTools Protocol; not as a mobile
 * device, which would zoom a too wide page out and so hide which element is too wide); the page is
 * laid out again without a new navigation, so the same page is checked wide and narrow at the cost of one load.
 */
final class Phone {

    static final int WIDTH = 375;
    static final int HEIGHT = 667;

    private Phone() {}

    static void emulate(WebDriver driver) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        // the page's resize handlers (a table region that now scrolls becomes focusable) run before the next frame
        ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => setTimeout(done, 0));");
    }

    static void wideAgain(WebDriver driver) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** On the emulated phone: no sideways scrolling of the page, and banner plus header within a fifth. */
    static void assertFits(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // A page wider than the phone scrolls sideways (a phone would zoom the page out instead); the window's
        // own width counts as well.
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) js.executeScript("""
                const edge = %d;
                // what scrolls inside a region of its own (a table, the menu) does not widen the page
                const inScroller = e => {
                    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (getComputedStyle(p).overflowX !== 'visible') return true;
                    }
                    return false;
                };
                const wider = [...document.querySelectorAll('body *')]
                    // an element wider than the screen, or whose text sticks out of it (a long word)
                    .filter(e => Math.max(e.getBoundingClientRect().right,
                            e.getBoundingClientRect().left + e.scrollWidth) > edge + 1
                        && !e.closest('.skip-link') && !inScroller(e)
                        && ![...e.children].some(c => c.getBoundingClientRect().right > edge + 1))
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className.trim()
                            ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
                const header = document.querySelector('.site-header');
                return {
                    width: Math.max(document.documentElement.scrollWidth, window.innerWidth),
                    wider: wider.slice(0, 5).join(', '),
                    header: header ? header.getBoundingClientRect().bottom + window.scrollY : 0
                };
                """.formatted(WIDTH));
        assertThat(((Number) measured.get("width")).longValue())
                .as("width of %s at %d px (wider than the screen: %s)", page, WIDTH, measured.get("wider"))
                .isLessThanOrEqualTo(WIDTH);
        assertThat(((Number) measured.get("header")).doubleValue())
                .as("height of the banner and header of %s at %d × %d px", page, WIDTH, HEIGHT)
                .isLessThanOrEqualTo(HEIGHT / 5.0);
    }

    /** Checks the current page on the emulated phone, with axe-core too, and returns to the wide window. */
    static void assertFitsAndAccessible(WebDriver driver, String page) {
        emulate(driver);
        try {
            assertFits(driver, page);
            Axe.assertNoViolations(driver, page + " at " + WIDTH + " px");
        } finally {
            wideAgain(driver);
        }
    }
}
