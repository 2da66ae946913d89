package nl.schakel.web;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core on the page in the browser and fails on any WCAG 2.1 A/AA violation. */
public final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    /** Asserts that the current page has no WCAG 2.1 A/AA violations; the message lists every one found. */
    public static void assertNoViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe could not check %s (%s): %s".formatted(page, driver.getCurrentUrl(), results.getErrorMessage()));
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("%d accessibility violation(s) on %s (%s):%n%s"
                    .formatted(violations.size(), page, driver.getCurrentUrl(), describe(violations)));
        }
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- %s [%s]: %s (%s)%n%s"
                        .formatted(
                                rule.getId(),
                                rule.getImpact(),
                                rule.getHelp(),
                                rule.getHelpUrl(),
                                rule.getNodes().stream()
                                        .map(Axe::node)
                                        .collect(Collectors.joining(System.lineSeparator()))))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String node(CheckedNode node) {
        return "    target %s: %s%n      %s"
                .formatted(
                        node.getTarget(),
                        node.getHtml(),
                        String.valueOf(node.getFailureSummary()).replace("\n", " "));
    }
}
