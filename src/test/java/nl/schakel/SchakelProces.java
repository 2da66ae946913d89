package nl.schakel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One Schakel process started from the packaged jar ({@code java -jar target/schakel-*.jar}, with the JDK running the
 * tests), on free loopback ports, its output in a file per start. It can be killed with {@code kill -9} or stopped
 * with SIGTERM and started again on the same data.
 */
public final class SchakelProces {

    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");
    private static final Duration READY_WITHIN = Duration.ofSeconds(300);
    /** Quicker start-up of a short-lived JVM on few cores. */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx512m");

    private final String naam;
    private final Path folder;
    private final int port;
    private final int managementPort;
    private final List<String> arguments;
    private final @Nullable String datasourceUrl;
    private final List<ProcessHandle> leftBehind = new ArrayList<>();
    private @Nullable Process process;
    private Path log;
    private int starts;

    /**
     * A process named {@code naam} (its logs are {@code naam-1.log}, {@code naam-2.log}, ... in {@code folder}), with
     * the given {@code --setting=value} arguments; {@code datasourceUrl} is the database given to it, or null for its
     * embedded PostgreSQL (then pass {@code --schakel.database.embedded.data-dir}).
     */
    public SchakelProces(String naam, Path folder, List<String> arguments, @Nullable String datasourceUrl) {
        this.naam = naam;
        this.folder = folder;
        this.port = freePort();
        this.managementPort = freePort();
        this.arguments = List.copyOf(arguments);
        this.datasourceUrl = datasourceUrl;
        this.log = folder.resolve(naam + "-0.log");
    }

    /** Launches the process (or launches it again, on the same data), without waiting until it is ready. */
    public SchakelProces start() {
        assertThat(process == null || !process.isAlive())
                .as("%s runs already", naam)
                .isTrue();
        starts++;
        log = folder.resolve(naam + "-" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.add("--management.server.port=" + managementPort);
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // only what the arguments say, whatever the build's environment has (a CI database, a profile, ports)
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("SPRING_")
                        || name.startsWith("SCHAKEL_")
                        || name.startsWith("SERVER_")
                        || name.startsWith("MANAGEMENT_"));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until {@code /readyz} answers 200; fails with the log when the process stops or takes too long. */
    public SchakelProces awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < until) {
            assertThat(running())
                    .as("%s stopped while starting:%n%s", naam, output())
                    .isTrue();
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(url("/readyz")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        kill9();
        throw new AssertionError(naam + " was not ready within " + READY_WITHIN + ":\n" + output());
    }

    /**
     * {@code kill -9} of the Java process ({@link Process#destroyForcibly()} is SIGKILL on Linux), as a crash: its
     * embedded PostgreSQL stays behind, as it would, and the next start cleans it up.
     */
    public void kill9() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.descendants().forEach(leftBehind::add);
        running.destroyForcibly();
        awaitExit(running, Duration.ofSeconds(30));
    }

    /** Sends SIGTERM and returns how long the process took to exit (killed after 30 s). */
    public Duration terminate() {
        Process running = process;
        if (running == null) {
            return Duration.ZERO;
        }
        long start = System.nanoTime();
        running.destroy(); // SIGTERM on Linux and macOS
        if (!awaitExit(running, Duration.ofSeconds(30))) {
            kill9();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Stops the process and everything it started, also what a {@link #kill9()} left behind; for the clean-up. */
    public void stop() {
        Process running = process;
        if (running != null && running.isAlive()) {
            List<ProcessHandle> children = running.descendants().toList();
            terminate();
            leftBehind.addAll(children);
        }
        leftBehind.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    public boolean running() {
        Process running = process;
        return running != null && running.isAlive();
    }

    public Process process() {
        Process running = process;
        assertThat(running).as("%s was never started", naam).isNotNull();
        return running;
    }

    public String naam() {
        return naam;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The log of the latest start. */
    public Path log() {
        return log;
    }

    /** The output of the latest start. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database of this process: the one it was given, or its embedded PostgreSQL (port found in its log). */
    public JdbcTemplate database() {
        String url = datasourceUrl;
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        if (url == null) {
            Matcher m = POSTGRES_PORT.matcher(output());
            assertThat(m.find()).as("PostgreSQL port in the log of %s", naam).isTrue();
            url = "jdbc:postgresql://localhost:" + m.group(1) + "/postgres";
            user = "postgres";
            password = "";
        }
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password));
    }

    @Override
    public String toString() {
        return naam + " on port " + port;
    }

    /** The jar the build packaged (failsafe runs after {@code package}), or the one {@code -Dschakel.jar} names. */
    public static Path jar() {
        String configured = System.getProperty("schakel.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("schakel-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/schakel-*.jar: run ./mvnw verify"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code java} of the JDK running the tests. */
    public static String java() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElseGet(() ->
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings as {@code --name=value} arguments. */
    public static List<String> arguments(Map<String, String> settings) {
        return settings.entrySet().stream()
                .map(s -> "--" + s.getKey() + "=" + s.getValue())
                .toList();
    }

    private static boolean awaitExit(Process process, Duration within) {
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
