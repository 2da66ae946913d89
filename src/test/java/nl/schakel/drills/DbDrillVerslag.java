package nl.schakel.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of a database drill: what was done, the figures and a pass or fail per criterion; printed and written as
 * Markdown to {@code target/drills/<naam>.md}. {@link #finish()} fails the drill when a criterion was missed.
 */
final class DbDrillVerslag {

    private final String naam;
    private final String titel;
    private final Instant start = Instant.now();
    private final List<String> steps = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();
    private final List<String> criteria = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    DbDrillVerslag(String naam, String titel) {
        this.naam = naam;
        this.titel = titel;
    }

    /** A step of the drill, with the seconds since its start. */
    void step(String text) {
        String line = String.format("%6.1f s  %s", seconds(), text);
        System.out.println("[" + naam + "] " + line);
        steps.add(line);
    }

    void figure(String name, Object value) {
        System.out.println("[" + naam + "] " + name + ": " + value);
        figures.add("| " + name + " | " + value + " |");
    }

    void criterion(String criterion, boolean met, Object measured) {
        String line = "| " + criterion + " | " + measured + " | " + (met ? "gehaald" : "**NIET gehaald**") + " |";
        System.out.println("[" + naam + "] " + (met ? "PASS " : "FAIL ") + criterion + ": " + measured);
        criteria.add(line);
        if (!met) {
            missed.add(criterion + " (" + measured + ")");
        }
    }

    double seconds() {
        return start.until(Instant.now(), ChronoUnit.MILLIS) / 1000.0;
    }

    /** Writes the report, then fails when a criterion was missed. */
    void finish() {
        figure("Duur van de drill", String.format("%.0f s", seconds()));
        StringBuilder md =
                new StringBuilder("# " + titel + "\n\nGedraaid op " + start + ".\n\n## Wat er gebeurde\n\n```\n");
        steps.forEach(s -> md.append(s).append('\n'));
        md.append("```\n\n## Cijfers\n\n| Wat | Waarde |\n|---|---|\n");
        figures.forEach(f -> md.append(f).append('\n'));
        md.append("\n## Criteria\n\n| Criterium | Gemeten | Uitslag |\n|---|---|---|\n");
        criteria.forEach(c -> md.append(c).append('\n'));
        md.append("\nUitslag: ")
                .append(missed.isEmpty() ? "GESLAAGD" : "MISLUKT")
                .append('\n');
        try {
            Path file = Path.of("target", "drills", naam + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
            System.out.println("[" + naam + "] report: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(missed).as("criteria of the %s drill that were missed", naam).isEmpty();
    }
}
