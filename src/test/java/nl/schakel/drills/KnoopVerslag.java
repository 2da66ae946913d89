package nl.schakel.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The report of a drill: what was done, the figures and each pass criterion with what was measured. It is printed and
 * written as Markdown to {@code target/drills/<naam>.md}; {@link #assertGehaald()} fails the drill on a missed
 * criterion, after the report is written.
 */
final class KnoopVerslag {

    private record Criterium(String eis, boolean gehaald, String gemeten) {}

    private final String naam;
    private final List<String> regels = new ArrayList<>();
    private final List<Criterium> criteria = new ArrayList<>();

    KnoopVerslag(String naam, String titel) {
        this.naam = naam;
        regels.add("# " + titel);
        regels.add("");
    }

    /** A paragraph of text. */
    KnoopVerslag tekst(String tekst) {
        regels.add(tekst);
        regels.add("");
        return this;
    }

    /** One figure, as a list item. */
    KnoopVerslag cijfer(String wat, Object waarde) {
        regels.add("- " + wat + ": " + waarde);
        return this;
    }

    /** A pass criterion and what was measured; remembered for {@link #assertGehaald()}. */
    KnoopVerslag criterium(String eis, boolean gehaald, String gemeten) {
        criteria.add(new Criterium(eis, gehaald, gemeten));
        return this;
    }

    /** Writes the report to {@code target/drills/<naam>.md} and prints it. */
    Path schrijf() {
        List<String> alles = new ArrayList<>(regels);
        alles.add("");
        alles.add("| Criterium | Gemeten | Gehaald |");
        alles.add("|---|---|---|");
        criteria.forEach(
                c -> alles.add("| " + c.eis() + " | " + c.gemeten() + " | " + (c.gehaald() ? "ja" : "**NEE**") + " |"));
        String tekst = String.join("\n", alles) + "\n";
        System.out.println(tekst);
        Path bestand = Path.of("target", "drills", naam + ".md");
        try {
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, tekst, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bestand;
    }

    /** Fails with every missed criterion. */
    void assertGehaald() {
        List<String> gemist = criteria.stream()
                .filter(c -> !c.gehaald())
                .map(c -> c.eis() + " (gemeten: " + c.gemeten() + ")")
                .toList();
        if (!gemist.isEmpty()) {
            throw new AssertionError("Drill " + naam + ": criteria gemist:\n" + String.join("\n", gemist));
        }
    }

    /** Seconds with one decimal, as the reports show times. */
    static String seconden(Duration duur) {
        return String.format(Locale.ROOT, "%.1f s", duur.toMillis() / 1000.0);
    }

    /** Minimum, median and maximum of the durations. */
    static String minMediaanMax(Collection<Duration> duren) {
        if (duren.isEmpty()) {
            return "-";
        }
        List<Duration> sorted = duren.stream().sorted().toList();
        return seconden(sorted.getFirst()) + " / " + seconden(sorted.get(sorted.size() / 2)) + " / "
                + seconden(sorted.getLast());
    }

    static Duration max(Collection<Duration> duren) {
        return duren.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
