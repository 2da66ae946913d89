package nl.schakel.last;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.List;
import nl.schakel.last.Gebruikers.Werk;

/**
 * A working day with {@code last.gebruikers.aantal} active users (default 200) and think times of 5–10 s between
 * actions: professionals (60%: the typical case once, then reading their dossiers three times in four and another
 * typical case once in four), Veilig Thuis workers (25%: the queue and its cases), teamleiders (5%: terms, queue,
 * cases) and a school's record system on the API (10%). Users arrive evenly over {@code last.opbouw} and each works
 * {@code last.duur} after logging in. The run fails on any failed request and, unless {@code last.budget=false}, when
 * a page or API call misses p95 ≤ 100 ms or p99 ≤ 250 ms (issue 14). See {@code docs/benchmarks.md} and ADR-0038.
 */
public class WerkdagSimulatie extends Simulation {

    static final double BEROEPSKRACHTEN = 0.60;
    static final double VEILIG_THUIS = 0.25;
    static final double TEAMLEIDERS = 0.05;
    static final double API = 0.10;

    public WerkdagSimulatie() {
        LastInstellingen instellingen = LastInstellingen.uitSysteem();
        Gebruikers gebruikers = Gebruikers.uit(instellingen.gebruikers());
        Handelingen doe = new Handelingen(instellingen);
        int totaal = instellingen.aantal();
        int beroepskrachten = aantal(gebruikers, Werk.BEROEPSKRACHT, totaal * BEROEPSKRACHTEN);
        int vt = aantal(gebruikers, Werk.VEILIG_THUIS, totaal * VEILIG_THUIS);
        int teamleiders = aantal(gebruikers, Werk.TEAMLEIDER, Math.max(1, totaal * TEAMLEIDERS));
        int api = (int) Math.max(1, Math.round(totaal * API));
        System.out.printf(
                "Werkdag op %s met %s: %d beroepskrachten, %d Veilig Thuis-medewerkers, %d teamleiders, %d"
                        + " API-gebruikers; opbouw %s, duur %s, denktijd %s–%s%n",
                instellingen.url(),
                instellingen.gebruikers().map(Object::toString).orElse("de demo-accounts"),
                beroepskrachten,
                vt,
                teamleiders,
                api,
                instellingen.opbouw(),
                instellingen.duur(),
                instellingen.denktijdMin(),
                instellingen.denktijdMax());

        ChainBuilder beroepskracht = doe.inloggen()
                .exec(doe.denk())
                .exec(doe.typischGeval())
                .during(instellingen.duur())
                .on(io.gatling.javaapi.core.CoreDsl.randomSwitch()
                        .on(percent(75).then(doe.lezen()), percent(25).then(doe.typischGeval())));
        ChainBuilder vtMedewerker =
                doe.inloggen().exec(doe.denk()).during(instellingen.duur()).on(doe.veiligThuisWerk());
        ChainBuilder teamleider =
                doe.inloggen().exec(doe.denk()).during(instellingen.duur()).on(doe.teamleiderWerk());
        ChainBuilder registratiesysteem = io.gatling.javaapi.core.CoreDsl.during(instellingen.duur())
                .on(doe.api(
                        System.getProperty("last.api.client", "school-demo"),
                        System.getProperty("last.api.secret", "school-demo-secret")));

        List<PopulationBuilder> populaties = new ArrayList<>();
        populaties.add(populatie(
                "Beroepskracht", gebruikers, Werk.BEROEPSKRACHT, beroepskracht, beroepskrachten, instellingen));
        populaties.add(
                populatie("Veilig Thuis-medewerker", gebruikers, Werk.VEILIG_THUIS, vtMedewerker, vt, instellingen));
        populaties.add(populatie("Teamleider", gebruikers, Werk.TEAMLEIDER, teamleider, teamleiders, instellingen));
        populaties.add(scenario("Registratiesysteem (API)")
                .exec(registratiesysteem)
                .injectOpen(rampUsers(api).during(instellingen.opbouw())));

        List<Assertion> asserties = new ArrayList<>();
        asserties.add(global().failedRequests().count().is(0L));
        asserties.add(global().allRequests().count().gt(0L));
        if (instellingen.budget()) {
            for (String naam : doe.budgetNamen()) {
                asserties.add(details(naam).responseTime().percentile(95.0).lte(100));
                asserties.add(details(naam).responseTime().percentile(99.0).lte(250));
            }
        }
        setUp(populaties).protocols(protocol(instellingen)).assertions(asserties);
    }

    static HttpProtocolBuilder protocol(LastInstellingen instellingen) {
        return http.baseUrl(instellingen.url())
                .acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("nl")
                .userAgentHeader("Schakel-lasttest (Gatling)");
    }

    private static PopulationBuilder populatie(
            String naam,
            Gebruikers gebruikers,
            Werk werk,
            ChainBuilder chain,
            int aantal,
            LastInstellingen instellingen) {
        return scenario(naam)
                .feed(gebruikers.feeder(werk))
                .exec(chain)
                .injectOpen(rampUsers(aantal).during(instellingen.opbouw()));
    }

    /** The wanted number of users of a kind, at most the accounts there are (the demo has few) and at least one. */
    private static int aantal(Gebruikers gebruikers, Werk werk, double gewenst) {
        int beschikbaar = gebruikers.beschikbaar(werk);
        int aantal = (int) Math.max(1, Math.round(gewenst));
        if (aantal > beschikbaar) {
            System.out.printf(
                    "Slechts %d accounts voor %s: %d in plaats van %d gebruikers%n",
                    beschikbaar, werk, beschikbaar, aantal);
            return beschikbaar;
        }
        return aantal;
    }
}
