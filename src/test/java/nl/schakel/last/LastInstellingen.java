package nl.schakel.last;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a load-test run is told, as system properties (so one Maven command sets them with {@code -D}); every one has a
 * default for the 200-user run against a Schakel on this machine. See {@code docs/benchmarks.md}.
 *
 * @param url where Schakel runs ({@code last.url}); {@code localhost}, not 127.0.0.1: the session cookie is
 *     {@code Secure}, and only {@code localhost} counts as a secure context over plain HTTP
 * @param gebruikers the accounts file of the national data set ({@code last.gebruikers}); without it the demo
 *     accounts
 * @param aantal the number of virtual users at steady state ({@code last.gebruikers.aantal})
 * @param opbouw how long it takes to reach them ({@code last.opbouw}, seconds)
 * @param duur how long every user keeps working after logging in ({@code last.duur}, seconds)
 * @param denktijdMin the shortest think time between two actions ({@code last.denktijd.min}, milliseconds)
 * @param denktijdMax the longest ({@code last.denktijd.max}, milliseconds)
 * @param totpTijd the time the server's clock shows, to compute TOTP codes for a server with a fixed test clock
 *     ({@code last.totp.tijd}, epoch seconds; empty: now)
 * @param budget whether the timing budgets are assertions of the run ({@code last.budget}); the errors always are
 * @param vtSchrijven whether Veilig Thuis workers record veiligheidschecks on cases in the queue
 *     ({@code last.vt.schrijven}); off where the region's cases are shared with other tests
 * @param apiNamens the member of the API client's school the record system acts for ({@code last.api.namens})
 */
public record LastInstellingen(
        String url,
        Optional<Path> gebruikers,
        int aantal,
        Duration opbouw,
        Duration duur,
        Duration denktijdMin,
        Duration denktijdMax,
        Optional<Instant> totpTijd,
        boolean budget,
        boolean vtSchrijven,
        String apiNamens) {

    /** The national data set's accounts file, used when it exists and {@code last.gebruikers} names none. */
    public static final Path NATIONAAL = Path.of("/tmp/schakel-nationaal/gebruikers.csv");

    public static LastInstellingen uitSysteem() {
        String bestand = System.getProperty("last.gebruikers", "");
        Optional<Path> gebruikers = bestand.isBlank()
                ? Optional.of(NATIONAAL).filter(p -> p.toFile().isFile())
                : "demo".equals(bestand) ? Optional.empty() : Optional.of(Path.of(bestand));
        String totp = System.getProperty("last.totp.tijd", "");
        return new LastInstellingen(
                System.getProperty("last.url", "http://localhost:8080"),
                gebruikers,
                Integer.getInteger("last.gebruikers.aantal", 200),
                Duration.ofSeconds(Long.getLong("last.opbouw", 120)),
                Duration.ofSeconds(Long.getLong("last.duur", 300)),
                Duration.ofMillis(Long.getLong("last.denktijd.min", 5000)),
                Duration.ofMillis(Long.getLong("last.denktijd.max", 10000)),
                totp.isBlank() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(totp))),
                Boolean.parseBoolean(System.getProperty("last.budget", "true")),
                Boolean.parseBoolean(System.getProperty("last.vt.schrijven", "true")),
                System.getProperty("last.api.namens", "leerkracht"));
    }

    /** The same run without think time (closed loop). */
    public LastInstellingen zonderDenktijd() {
        return new LastInstellingen(
                url,
                gebruikers,
                aantal,
                opbouw,
                duur,
                Duration.ZERO,
                Duration.ZERO,
                totpTijd,
                budget,
                vtSchrijven,
                apiNamens);
    }

    /** The time to compute a TOTP code for: the server's fixed clock if given, else now. */
    public Instant totpNu() {
        return totpTijd.orElseGet(Instant::now);
    }
}
