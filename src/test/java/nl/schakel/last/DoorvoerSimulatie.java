package nl.schakel.last;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.schakel.last.Gebruikers.Werk;

/**
 * The maximum throughput of one node for three requests, one after the other in the same run, closed loop without
 * think time ({@code last.doorvoer.gebruikers} users each, default 16; {@code last.doorvoer.duur} seconds each,
 * default 30): {@code /livez} (no session), the logged-in home page, and the page of a dossier with ten signalen
 * (each user its own, made first from the forms). Logging in and making the dossier happen before each phase's
 * measured loop and are counted apart. At the end it prints the requests per second of each phase and the ratios the
 * issue sets budgets for (home ≤ 3× {@code /livez}, dossier ≤ 3× home, as cost per request). Fails on any failed
 * request. See {@code docs/benchmarks.md} and ADR-0038.
 */
public class DoorvoerSimulatie extends Simulation {

    private final Meter livez = new Meter();
    private final Meter thuis = new Meter();
    private final Meter dossier = new Meter();

    public DoorvoerSimulatie() {
        LastInstellingen instellingen = LastInstellingen.uitSysteem();
        Gebruikers gebruikers = Gebruikers.uit(instellingen.gebruikers());
        Handelingen doe = new Handelingen(instellingen.zonderDenktijd());
        Duration duur = Duration.ofSeconds(Long.getLong("last.doorvoer.duur", 30));
        int gewenst = Integer.getInteger("last.doorvoer.gebruikers", 16);
        // two logged-in phases, each user its own account (a TOTP code is accepted once per account)
        int aantal = Math.min(gewenst, gebruikers.beschikbaar(Werk.BEROEPSKRACHT) / 2);
        System.out.printf("Doorvoer op %s: %d gebruikers per fase, %s per fase%n", instellingen.url(), aantal, duur);
        Iterator<Map<String, Object>> accounts = gebruikers.feeder(Werk.BEROEPSKRACHT);

        ChainBuilder livezLus = exec(http("livez")
                        .get("/livez")
                        .header("Accept", "*/*")
                        .check(status().is(200)))
                .exec(session -> livez.tel(session));
        ChainBuilder thuisLus = exec(doe.thuis()).exec(session -> thuis.tel(session));
        ChainBuilder dossierLus = exec(doe.dossierPagina("#{dossier}")).exec(session -> dossier.tel(session));

        setUp(scenario("Doorvoer /livez")
                        .during(duur)
                        .on(livezLus)
                        .injectOpen(atOnceUsers(aantal))
                        .andThen(ingelogd("Doorvoer startpagina", accounts, doe.inloggen(), thuisLus, duur, aantal)
                                .andThen(ingelogd(
                                        "Doorvoer dossierpagina",
                                        accounts,
                                        doe.inloggen()
                                                .exec(doe.nieuwDossier())
                                                .exec(repeat(10).on(doe.signaal())),
                                        dossierLus,
                                        duur,
                                        aantal))))
                .protocols(WerkdagSimulatie.protocol(instellingen))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** A phase of logged-in users: each its own account, the preparation, then the measured loop. */
    private static PopulationBuilder ingelogd(
            String naam,
            Iterator<Map<String, Object>> accounts,
            ChainBuilder voorbereiding,
            ChainBuilder lus,
            Duration duur,
            int aantal) {
        return scenario(naam)
                .feed(accounts)
                .exec(voorbereiding)
                .during(duur)
                .on(lus)
                .injectOpen(atOnceUsers(aantal));
    }

    @Override
    public void after() {
        double l = livez.perSeconde();
        double t = thuis.perSeconde();
        double d = dossier.perSeconde();
        System.out.printf(
                "Doorvoer: /livez %.0f/s, startpagina %.0f/s, dossierpagina %.0f/s;"
                        + " startpagina kost %.1f× /livez, dossierpagina %.1f× startpagina%n",
                l, t, d, l / t, t / d);
    }

    /** Counts a phase's measured requests from the first to the last. */
    private static final class Meter {
        private final AtomicLong aantal = new AtomicLong();
        private final AtomicLong eerste = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong laatste = new AtomicLong();

        io.gatling.javaapi.core.Session tel(io.gatling.javaapi.core.Session session) {
            long nu = System.nanoTime();
            eerste.accumulateAndGet(nu, Math::min);
            laatste.accumulateAndGet(nu, Math::max);
            aantal.incrementAndGet();
            return session;
        }

        double perSeconde() {
            long duur = laatste.get() - eerste.get();
            return duur <= 0 ? 0 : aantal.get() * 1e9 / duur;
        }
    }
}
