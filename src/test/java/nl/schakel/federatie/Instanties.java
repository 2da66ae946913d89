package nl.schakel.federatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.schakel.SchakelProces;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Several Schakel instances for one test class, each its own process from the packaged jar, on loopback, in a temp
 * folder, each with its own database: where {@code SPRING_DATASOURCE_URL} is set (CI) a fresh database per instance
 * on that server ({@code CREATE DATABASE}, dropped at the end), otherwise its own embedded PostgreSQL data folder.
 * When a test fails, the end of each instance's log is printed; after the class (also on failure) or when the test JVM
 * exits, every instance is stopped and what it left behind is removed.
 */
final class Instanties implements TestWatcher, AfterAllCallback {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");
    private static final int LOG_LINES_ON_FAILURE = 150;

    private final Path folder;
    private final List<SchakelProces> processen = new CopyOnWriteArrayList<>();
    private final List<String> databases = new CopyOnWriteArrayList<>();
    private final @Nullable String server = System.getenv("SPRING_DATASOURCE_URL");

    Instanties() {
        try {
            folder = Files.createTempDirectory("schakel-federatie");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
    }

    /** The temp folder of this set (for certificates and the like). */
    Path folder() {
        return folder;
    }

    /** A new instance with its own database and these settings, not started yet. */
    SchakelProces instantie(String naam, Map<String, String> settings) {
        Path eigen = folder.resolve(naam);
        Map<String, String> all = new LinkedHashMap<>(settings);
        String url = null;
        if (server == null) {
            all.put("schakel.database.embedded.data-dir", eigen.resolve("data").toString());
        } else {
            url = createDatabase(naam);
            all.put("spring.datasource.url", url);
            all.put("spring.datasource.username", System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""));
            all.put("spring.datasource.password", System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        }
        try {
            Files.createDirectories(eigen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchakelProces proces = new SchakelProces(naam, eigen, SchakelProces.arguments(all), url);
        processen.add(proces);
        return proces;
    }

    /** Starts the instances side by side and waits until each is ready. */
    void startSamen(SchakelProces... instanties) {
        for (SchakelProces instantie : instanties) {
            instantie.start();
        }
        for (SchakelProces instantie : instanties) {
            instantie.awaitReady();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
        for (SchakelProces proces : processen) {
            List<String> lines = proces.output().lines().toList();
            System.out.printf(
                    "%n===== %s: the last %d lines of %s =====%n%s%n",
                    proces,
                    Math.min(LOG_LINES_ON_FAILURE, lines.size()),
                    proces.log(),
                    String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size())));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopAll();
    }

    private synchronized void stopAll() {
        processen.parallelStream().forEach(SchakelProces::stop);
        processen.clear();
        databases.forEach(this::dropDatabase);
        databases.clear();
        deleteFolder();
    }

    private String createDatabase(String naam) {
        Matcher url = JDBC_URL.matcher(server);
        if (!url.matches()) {
            throw new IllegalStateException("SPRING_DATASOURCE_URL is no jdbc:postgresql://host/database URL");
        }
        String database = "federatie_" + naam.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + database);
        databases.add(database);
        return url.group(1) + database + url.group(3);
    }

    private void dropDatabase(String database) {
        try {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (RuntimeException e) {
            System.out.println("Could not drop the test database " + database + ": " + e);
        }
    }

    /** Runs a statement on the CI server's own database (names here are made by this class, never input). */
    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                        server,
                        System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                        System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void deleteFolder() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all =
                    new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.out.println("Could not remove " + folder + ": " + e);
        }
    }
}
