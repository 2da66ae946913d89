package nl.schakel.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.schakel.ApiTestClient;
import nl.schakel.SchakelProces;
import nl.schakel.TestBsn;
import nl.schakel.audit.ChainVerificationResult;
import nl.schakel.audit.CrashKetenControle;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * F1 of issue 15: {@code kill -9} of Schakel (the packaged jar, all-in-one with its embedded PostgreSQL) during a
 * stream of 1,000 writes through the API, ten times at seeded random moments, each time started again on the same data.
 * The writes mix new dossiers, signalen in them (journal entries), meldingen received by Veilig Thuis (VT intake, with
 * its registration in the VT register) and reads of a dossier (each an access-log row). After each restart and at the
 * end: every write the client saw acknowledged is there, nothing is half-written (each dossier, signaal and melding has
 * exactly its access-log row, each melding its registration; an unacknowledged write is wholly there or wholly absent),
 * every access-log chain verifies from its first row (the check of {@code --verify-access-log}, run in the drill after
 * each restart, and {@code java -jar schakel.jar --verify-access-log} itself at the end, exit 0), and the restart took
 * at most 20 seconds.
 *
 * <p>Run: {@code scripts/drill.sh crash} (seed: {@code -Ddrill.seed=...}); figures in {@code target/drills/crash.md}.
 */
class CrashDrill {

    private static final int WRITES = Integer.getInteger("drill.writes", 1000);
    private static final int KILLS = Integer.getInteger("drill.kills", 10);
    private static final long SEED = Long.getLong("drill.seed", 15L);
    private static final int CLIENTS = 4;
    private static final Duration RESTART_WITHIN = Duration.ofSeconds(20);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String SCHOOL = "school-demo";
    private static final String NOORD = "vt-noord-demo";
    private static final String MERK = "Crashdrill ";

    enum Soort {
        DOSSIER,
        SIGNAAL,
        MELDING,
        LEZEN
    }

    /** One write the client tried: what, its unique mark, the dossier it concerns, and what came back. */
    static final class Poging {
        final int nummer;
        final Soort soort;
        final String merk;
        final @Nullable UUID dossier;
        volatile @Nullable UUID id;
        volatile boolean bevestigd;
        volatile int status;

        Poging(int nummer, Soort soort, @Nullable UUID dossier) {
            this.nummer = nummer;
            this.soort = soort;
            this.merk = MERK + String.format("W%04d", nummer);
            this.dossier = dossier;
        }
    }

    /** The result of one check of the data against what the client saw. */
    record Controle(int bevestigdMaarWeg, int halfGeschreven, int aanwezigOnbevestigd, List<String> bevindingen) {}

    @TempDir
    Path work;

    private final List<Poging> pogingen = new CopyOnWriteArrayList<>();
    private final List<UUID> dossiers = new CopyOnWriteArrayList<>();
    private final AtomicInteger volgende = new AtomicInteger();
    private final Map<Integer, Integer> onverwacht = new ConcurrentHashMap<>();
    private final Object poort = new Object();
    private boolean open;
    private boolean voorbij;
    private int onderweg;

    @Test
    void killNineTenTimesDuringAThousandWritesLosesNothingAcknowledged() throws Exception {
        SchakelProces node = new SchakelProces(
                "schakel", work, List.of("--schakel.database.embedded.data-dir=" + work.resolve("data")), null);
        Random toeval = new Random(SEED);
        List<Duration> herstarts = new ArrayList<>();
        List<ChainVerificationResult> ketens = new ArrayList<>();
        int verifieerCode = -1;
        List<Controle> controles = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        long begin = System.nanoTime();
        Duration eersteStart;
        try {
            long s = System.nanoTime();
            node.start().awaitReady();
            eersteStart = Duration.ofNanos(System.nanoTime() - s);
            ApiTestClient api = new ApiTestClient(node.port());
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(Thread.ofPlatform().name("client-" + c).daemon().start(() -> schrijf(api)));
            }
            openPoort();
            int tussen = WRITES / (KILLS + 1);
            for (int ronde = 1; ronde <= KILLS; ronde++) {
                int bij = ronde * tussen + toeval.nextInt(-tussen / 3, tussen / 3 + 1);
                long extra = toeval.nextLong(0, 200);
                awaitVerzonden(bij);
                Thread.sleep(extra);
                sluitPoort(false);
                node.kill9();
                awaitNietsOnderweg();
                long start = System.nanoTime();
                node.start().awaitReady();
                herstarts.add(Duration.ofNanos(System.nanoTime() - start));
                controles.add(controleer(node.database()));
                ketens.add(CrashKetenControle.verifyFullChain(node.database()));
                openPoort();
            }
            for (Thread client : clients) {
                client.join(Duration.ofMinutes(5));
            }
            sluitPoort(true);
            controles.add(controleer(node.database()));
            ketens.add(CrashKetenControle.verifyFullChain(node.database()));
            verifieerCode = verifieer(node);
        } finally {
            sluitPoort(true);
            clients.forEach(Thread::interrupt);
            node.stop();
        }
        Duration totaal = Duration.ofNanos(System.nanoTime() - begin);
        verslag(eersteStart, totaal, herstarts, ketens, verifieerCode, controles);
    }

    // ---------------------------------------------------------------- the client stream

    private void schrijf(ApiTestClient api) {
        String school = null;
        String noord = null;
        while (true) {
            if (!binnen()) {
                return;
            }
            int nummer = volgende.getAndIncrement();
            if (nummer >= WRITES) {
                klaar();
                return;
            }
            Random r = new Random(SEED * 31 + nummer);
            int kans = r.nextInt(100);
            Soort soort = dossiers.isEmpty() || kans < 25
                    ? Soort.DOSSIER
                    : kans < 60 ? Soort.SIGNAAL : kans < 80 ? Soort.MELDING : Soort.LEZEN;
            UUID dossier =
                    soort == Soort.SIGNAAL || soort == Soort.LEZEN ? dossiers.get(r.nextInt(dossiers.size())) : null;
            Poging poging = new Poging(nummer, soort, dossier);
            pogingen.add(poging);
            try {
                if (school == null || noord == null) {
                    school = api.token(SCHOOL, SCHOOL + "-secret");
                    noord = api.token(NOORD, NOORD + "-secret");
                }
                HttpResponse<String> antwoord = stuur(api, poging, r, school, noord);
                poging.status = antwoord.statusCode();
                if (antwoord.statusCode() == 401) {
                    school = null; // a token of before the restart: a new one next time
                } else if (antwoord.statusCode() == 201) {
                    poging.id = UUID.fromString(
                            ApiTestClient.json(antwoord).get("id").asText());
                    poging.bevestigd = true;
                    if (soort == Soort.DOSSIER) {
                        dossiers.add(poging.id);
                    }
                } else if (antwoord.statusCode() == 200 && soort == Soort.LEZEN) {
                    poging.bevestigd = true;
                } else {
                    onverwacht.merge(antwoord.statusCode(), 1, Integer::sum);
                }
            } catch (UncheckedIOException | AssertionError e) {
                // the process was killed: not acknowledged
            } finally {
                klaar();
            }
        }
    }

    private static HttpResponse<String> stuur(ApiTestClient api, Poging p, Random r, String school, String noord) {
        String namens = "leerkracht";
        return switch (p.soort) {
            case DOSSIER ->
                api.post(
                        "/api/v1/dossiers",
                        "{\"betrokkenen\":[{\"naam\":\"" + p.merk + "\",\"geboortedatum\":\"2016-05-04\",\"bsn\":\""
                                + TestBsn.generated(r) + "\",\"relatie\":\"KIND\"}]}",
                        school,
                        "Namens",
                        namens);
            case SIGNAAL ->
                api.post(
                        "/api/v1/dossiers/" + p.dossier + "/signalen",
                        "{\"datum\":\"" + LocalDate.now(NL) + "\",\"waarneming\":\"" + p.merk
                                + "\",\"soort\":\"FEIT\",\"vormen\":[\"KINDERMISHANDELING_LICHAMELIJK\"],\"disclosure\":true}",
                        school,
                        "Namens",
                        namens);
            case MELDING ->
                api.post(
                        "/api/v1/veilig-thuis/meldingen",
                        "{\"ontvangenOp\":\""
                                + OffsetDateTime.now(NL).minusMinutes(5).withNano(0)
                                + "\",\"acuut\":false,\"beller\":\"BEROEPSKRACHT\",\"melder\":{\"naam\":\"" + p.merk
                                + "\",\"organisatie\":\"Wijkteam Drill\",\"contact\":\"0201112233\","
                                + "\"afgeschermd\":true},\"categorie\":\"JEUGDZORG\",\"directbetrokkenen\":"
                                + "[{\"naam\":\"Drill Kind\",\"geboortedatum\":\"2016-02-03\",\"geslacht\":\"MAN\","
                                + "\"bsn\":\"" + TestBsn.generated(r) + "\",\"rol\":\"SLACHTOFFER\"}],"
                                + "\"vormen\":[\"verwaarlozing\"],\"omschrijving\":\"Kind komt zonder eten.\"}",
                        noord);
            case LEZEN -> api.get("/api/v1/dossiers/" + p.dossier, school, "Namens", namens);
        };
    }

    /** Waits until the clients may send; counts the request as under way. False when the drill is over. */
    private boolean binnen() {
        synchronized (poort) {
            while (!open) {
                if (voorbij) {
                    return false;
                }
                try {
                    poort.wait();
                } catch (InterruptedException e) {
                    return false;
                }
            }
            onderweg++;
            return true;
        }
    }

    private void klaar() {
        synchronized (poort) {
            onderweg--;
            poort.notifyAll();
        }
    }

    private void openPoort() {
        synchronized (poort) {
            open = true;
            poort.notifyAll();
        }
    }

    /** No new requests from now on; {@code voorgoed}: the clients stop. */
    private void sluitPoort(boolean voorgoed) {
        synchronized (poort) {
            open = false;
            voorbij |= voorgoed;
            poort.notifyAll();
        }
    }

    private void awaitNietsOnderweg() throws InterruptedException {
        synchronized (poort) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (onderweg > 0 && System.nanoTime() < until) {
                poort.wait(100);
            }
            assertThat(onderweg).as("requests still under way after the kill").isZero();
        }
    }

    private void awaitVerzonden(int aantal) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (volgende.get() < aantal && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(volgende.get()).as("writes sent").isGreaterThanOrEqualTo(aantal);
    }

    // ---------------------------------------------------------------- the checks

    /** Compares the database with what the client saw, while no request is under way. */
    private Controle controleer(JdbcTemplate db) {
        List<String> bevindingen = new ArrayList<>();
        int weg = 0;
        int half = 0;
        int onbevestigd = 0;
        List<Poging> alle = List.copyOf(pogingen);

        // every dossier of the drill: its betrokkene (the mark) and exactly one access-log row of its creation
        Map<String, UUID> dossierPerMerk = new HashMap<>();
        Map<UUID, Integer> creatieLog = new HashMap<>();
        db.query(
                "SELECT d.id, b.naam, (SELECT count(*) FROM audit.access_log l WHERE l.event = 'dossier.create'"
                        + " AND l.outcome = 'GESLAAGD' AND l.object_id = d.id::text) AS log"
                        + " FROM dossier.dossier d JOIN dossier.betrokkene b ON b.dossier_id = d.id"
                        + " WHERE b.naam LIKE ?",
                rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    dossierPerMerk.put(rs.getString("naam"), id);
                    creatieLog.put(id, rs.getInt("log"));
                },
                MERK + "%");
        for (Map.Entry<UUID, Integer> d : creatieLog.entrySet()) {
            if (d.getValue() != 1) {
                half++;
                bevindingen.add("dossier " + d.getKey() + " has " + d.getValue() + " creation rows in the access log");
            }
        }
        Integer zonderBetrokkene = db.queryForObject(
                "SELECT count(*) FROM dossier.dossier d WHERE NOT EXISTS"
                        + " (SELECT 1 FROM dossier.betrokkene b WHERE b.dossier_id = d.id)",
                Integer.class);
        Integer logZonderDossier = db.queryForObject(
                "SELECT count(*) FROM audit.access_log l WHERE l.event = 'dossier.create' AND l.outcome = 'GESLAAGD'"
                        + " AND NOT EXISTS (SELECT 1 FROM dossier.dossier d WHERE d.id::text = l.object_id)",
                Integer.class);
        half += zonderBetrokkene + logZonderDossier;
        if (zonderBetrokkene + logZonderDossier > 0) {
            bevindingen.add(zonderBetrokkene + " dossiers without betrokkene, " + logZonderDossier
                    + " creation rows without dossier");
        }

        // signalen: per dossier as many journal entries as access-log rows of their creation
        Map<String, UUID> signaalPerMerk = new HashMap<>();
        db.query(
                "SELECT id, payload->>'waarneming' AS merk FROM dossier.journal_entry"
                        + " WHERE kind = 'SIGNAAL' AND payload->>'waarneming' LIKE ?",
                rs -> {
                    signaalPerMerk.put(rs.getString("merk"), rs.getObject("id", UUID.class));
                },
                MERK + "%");
        Map<String, Integer> entries = telling(
                db,
                "SELECT dossier_id::text, count(*) FROM dossier.journal_entry WHERE kind = 'SIGNAAL'"
                        + " AND payload->>'waarneming' LIKE ? GROUP BY dossier_id",
                MERK + "%");
        Map<String, Integer> signaalLog = telling(
                db,
                "SELECT object_id, count(*) FROM audit.access_log WHERE event = 'dossier.signaal.create'"
                        + " AND outcome = 'GESLAAGD' AND object_id = ANY(?) GROUP BY object_id",
                (Object) dossierIds(creatieLog));
        if (!entries.equals(signaalLog)) {
            Set<String> verschil = new java.util.TreeSet<>(entries.keySet());
            verschil.addAll(signaalLog.keySet());
            verschil.removeIf(k -> entries.getOrDefault(k, 0).equals(signaalLog.getOrDefault(k, 0)));
            half += verschil.size();
            bevindingen.add("signalen and their access-log rows differ in dossiers " + verschil);
        }

        // meldingen: each with its intake row in the access log and its registration in the VT register
        Map<String, UUID> meldingPerMerk = new HashMap<>();
        db.query(
                "SELECT z.id, m.naam,"
                        + " (SELECT count(*) FROM audit.access_log l WHERE l.event = 'veiligthuis.intake'"
                        + "   AND l.outcome = 'GESLAAGD' AND l.object_id = z.id::text) AS log,"
                        + " (SELECT count(*) FROM veiligthuis.register_registratie r WHERE r.zaak_id = z.id) AS reg"
                        + " FROM veiligthuis.zaak z JOIN veiligthuis.melder m ON m.zaak_id = z.id WHERE m.naam LIKE ?",
                rs -> {
                    meldingPerMerk.put(rs.getString("naam"), rs.getObject("id", UUID.class));
                    if (rs.getInt("log") != 1 || rs.getInt("reg") != 1) {
                        bevindingen.add("melding " + rs.getString("id") + ": " + rs.getInt("log") + " intake rows, "
                                + rs.getInt("reg") + " registrations");
                    }
                },
                MERK + "%");
        half += (int) bevindingen.stream().filter(b -> b.startsWith("melding ")).count();
        Integer intakeZonderZaak = db.queryForObject(
                "SELECT count(*) FROM audit.access_log l WHERE l.event = 'veiligthuis.intake'"
                        + " AND l.outcome = 'GESLAAGD'"
                        + " AND NOT EXISTS (SELECT 1 FROM veiligthuis.zaak z WHERE z.id::text = l.object_id)",
                Integer.class);
        if (intakeZonderZaak > 0) {
            half += intakeZonderZaak;
            bevindingen.add(intakeZonderZaak + " intake rows without a melding");
        }

        // reads: per dossier at least the acknowledged reads in the log, at most the attempted ones
        Map<String, Integer> leesLog = telling(
                db,
                "SELECT object_id, count(*) FROM audit.access_log WHERE event = 'dossier.read'"
                        + " AND outcome = 'GESLAAGD' AND username = ? AND object_id = ANY(?) GROUP BY object_id",
                SCHOOL,
                dossierIds(creatieLog));
        Map<String, Integer> leesBevestigd = new HashMap<>();
        Map<String, Integer> leesGeprobeerd = new HashMap<>();
        for (Poging p : alle) {
            if (p.soort == Soort.LEZEN) {
                leesGeprobeerd.merge(String.valueOf(p.dossier), 1, Integer::sum);
                if (p.bevestigd) {
                    leesBevestigd.merge(String.valueOf(p.dossier), 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> g : leesGeprobeerd.entrySet()) {
            int gelogd = leesLog.getOrDefault(g.getKey(), 0);
            int bevestigd = leesBevestigd.getOrDefault(g.getKey(), 0);
            if (gelogd < bevestigd) {
                weg += bevestigd - gelogd;
                bevindingen.add("dossier " + g.getKey() + ": " + bevestigd + " reads answered, " + gelogd + " logged");
            } else if (gelogd > g.getValue()) {
                half += gelogd - g.getValue();
                bevindingen.add("dossier " + g.getKey() + ": " + gelogd + " reads logged, " + g.getValue() + " sent");
            } else {
                onbevestigd += gelogd - bevestigd;
            }
        }

        // each write by its mark: acknowledged ones are there under the id the client got; the others wholly or not
        for (Poging p : alle) {
            Map<String, UUID> gevonden = switch (p.soort) {
                case DOSSIER -> dossierPerMerk;
                case SIGNAAL -> signaalPerMerk;
                case MELDING -> meldingPerMerk;
                case LEZEN -> null;
            };
            if (gevonden == null) {
                continue;
            }
            UUID id = gevonden.get(p.merk);
            if (p.bevestigd && (id == null || !id.equals(p.id))) {
                weg++;
                bevindingen.add(p.soort + " " + p.merk + " acknowledged as " + p.id + ", found " + id);
            } else if (!p.bevestigd && id != null) {
                onbevestigd++;
            }
        }
        return new Controle(weg, half, onbevestigd, bevindingen);
    }

    private static Map<String, Integer> telling(JdbcTemplate db, String sql, Object... args) {
        Map<String, Integer> counts = new TreeMap<>();
        db.query(
                sql,
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                },
                args);
        return counts;
    }

    private static String[] dossierIds(Map<UUID, Integer> dossiers) {
        return dossiers.keySet().stream().map(UUID::toString).toArray(String[]::new);
    }

    /** {@code java -jar schakel.jar --verify-access-log} against the node's database: its exit code. */
    private int verifieer(SchakelProces node) {
        try {
            return verifieerNu(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private int verifieerNu(SchakelProces node) throws IOException, InterruptedException {
        String url =
                node.database().getDataSource() instanceof org.springframework.jdbc.datasource.SimpleDriverDataSource s
                        ? s.getUrl()
                        : null;
        assertThat(url).isNotNull();
        Path log = work.resolve("verifieer-" + System.nanoTime() + ".log");
        Process verifier = new ProcessBuilder(
                        SchakelProces.java(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        SchakelProces.jar().toString(),
                        "--verify-access-log",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--schakel.demo.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!verifier.waitFor(3, TimeUnit.MINUTES)) {
            verifier.destroyForcibly();
            return -1;
        }
        String uitvoer = java.nio.file.Files.readString(log);
        assertThat(uitvoer).as("verifier output").containsAnyOf("Access log intact", "Access log BROKEN");
        return verifier.exitValue();
    }

    // ---------------------------------------------------------------- the report

    private void verslag(
            Duration eersteStart,
            Duration totaal,
            List<Duration> herstarts,
            List<ChainVerificationResult> ketens,
            int verifieerCode,
            List<Controle> controles) {
        Map<Soort, Long> verzonden =
                pogingen.stream().collect(Collectors.groupingBy(p -> p.soort, TreeMap::new, Collectors.counting()));
        Map<Soort, Long> bevestigd = pogingen.stream()
                .filter(p -> p.bevestigd)
                .collect(Collectors.groupingBy(p -> p.soort, TreeMap::new, Collectors.counting()));
        long aantalBevestigd = pogingen.stream().filter(p -> p.bevestigd).count();
        int weg = controles.stream().mapToInt(Controle::bevestigdMaarWeg).max().orElse(0);
        int half = controles.stream().mapToInt(Controle::halfGeschreven).max().orElse(0);
        Controle laatste = controles.isEmpty() ? new Controle(0, 0, 0, List.of()) : controles.getLast();
        List<String> bevindingen = controles.stream()
                .flatMap(c -> c.bevindingen().stream())
                .distinct()
                .limit(20)
                .toList();
        KnoopVerslag verslag = new KnoopVerslag("crash", "Crash drill (F1): kill -9 during 1,000 writes, ten times")
                .tekst("Schakel from the packaged jar, all-in-one with its embedded PostgreSQL, on loopback; " + CLIENTS
                        + " API clients (client credentials) send " + WRITES + " writes: new dossiers, signalen,"
                        + " meldingen received by Veilig Thuis and dossier reads (each an access-log row). Schakel is"
                        + " killed with kill -9 " + KILLS + " times at seeded random moments (seed " + SEED + ") and"
                        + " started again on the same data. After each restart and at the end the data are compared"
                        + " with what the clients saw and `--verify-access-log` checks the hash chains.")
                .cijfer("Writes sent per kind", verzonden)
                .cijfer("Acknowledged per kind", bevestigd)
                .cijfer("Acknowledged in all", aantalBevestigd)
                .cijfer("Not acknowledged (sent while killed, or refused)", pogingen.size() - aantalBevestigd)
                .cijfer("Unexpected answers (status: count)", onverwacht)
                .cijfer("Kills", herstarts.size())
                .cijfer("First start", KnoopVerslag.seconden(eersteStart))
                .cijfer("Restart to ready (min / median / max)", KnoopVerslag.minMediaanMax(herstarts))
                .cijfer(
                        "Restart times",
                        herstarts.stream().map(KnoopVerslag::seconden).toList())
                .cijfer("Checks", controles.size())
                .cijfer("Acknowledged but lost", weg)
                .cijfer("Half-written", half)
                .cijfer("Present but unacknowledged (at the end)", laatste.aanwezigOnbevestigd())
                .cijfer(
                        "Access-log chains after each restart and at the end (rows checked)",
                        ketens.stream()
                                .map(k -> k.intact() ? k.checked() + " intact" : "BROKEN at seq " + k.firstBrokenSeq())
                                .toList())
                .cijfer("`java -jar schakel.jar --verify-access-log` at the end: exit code", verifieerCode)
                .cijfer("Findings", bevindingen.isEmpty() ? "none" : String.join("; ", bevindingen))
                .cijfer("Run time of the drill", KnoopVerslag.seconden(totaal))
                .tekst("")
                .criterium("All writes sent", pogingen.size() >= WRITES, pogingen.size() + " of " + WRITES)
                .criterium(
                        "kill -9 done " + KILLS + " times", herstarts.size() == KILLS, String.valueOf(herstarts.size()))
                .criterium("Acknowledged but lost = 0", weg == 0, String.valueOf(weg))
                .criterium("Nothing half-written", half == 0, String.valueOf(half))
                .criterium(
                        "Access-log chains verify after each restart and at the end",
                        ketens.size() == KILLS + 1 && ketens.stream().allMatch(ChainVerificationResult::intact),
                        ketens.stream().filter(ChainVerificationResult::intact).count() + " of " + ketens.size()
                                + " intact")
                .criterium("`--verify-access-log` exits 0 at the end", verifieerCode == 0, "exit " + verifieerCode)
                .criterium(
                        "Restart to ready ≤ 20 s",
                        KnoopVerslag.max(herstarts).compareTo(RESTART_WITHIN) <= 0,
                        "max " + KnoopVerslag.seconden(KnoopVerslag.max(herstarts)))
                .criterium(
                        "No 5xx answer",
                        onverwacht.keySet().stream().noneMatch(s -> s >= 500),
                        onverwacht.isEmpty() ? "none" : onverwacht.toString());
        verslag.schrijf();
        verslag.assertGehaald();
    }
}
