package nl.schakel.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian Chromium per test class, driven by Selenium through Debian's chromedriver (never a
 * downloaded driver). Register with {@code @RegisterExtension static final ChromeBrowser browser = new
 * ChromeBrowser();}. Without the Debian packages the tests are skipped on a developer machine, but fail when
 * {@code CI=true}: CI must never go green by not running them.
 */
public final class ChromeBrowser implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    /** Debian's paths; the system properties exist only to try the skip/fail behaviour without uninstalling. */
    static final String CHROMIUM = System.getProperty("schakel.test.chromium", "/usr/bin/chromium");

    static final String CHROMEDRIVER = System.getProperty("schakel.test.chromedriver", "/usr/bin/chromedriver");

    static final String MISSING = "Browser tests skipped: install Debian packages chromium and chromium-driver";

    private WebDriver driver;
    private Path profile;

    /** Whether the browser and its driver are installed. */
    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Reported as skipped, with the reason, on a machine without the browser; never on CI. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (onCi()) {
            return ConditionEvaluationResult.enabled("CI=true: a missing browser fails the tests");
        }
        return ConditionEvaluationResult.disabled(MISSING);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!installed()) {
            if (onCi()) {
                fail(MISSING.replace("skipped", "cannot run on CI (CI=true)"));
            }
            Assumptions.abort(MISSING);
        }
        // Selenium Manager must never go to the network for a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("schakel-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=nl-NL",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException(
                    "The browser is not running (register ChromeBrowser as a static extension)");
        }
        return driver;
    }

    /** A fresh visitor: no cookies, so no session. */
    public void forgetSession() {
        driver().manage().deleteAllCookies();
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
