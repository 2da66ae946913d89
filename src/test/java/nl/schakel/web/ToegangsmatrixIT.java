package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.ApiTestClient;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.TestMeldingen;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.identity.ApiClients;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.keten.KetenManagement;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix as a test (issue 15, ADR-0042): every route of the application (method and path pattern, pages
 * and API, from the handler mapping) has a row in {@code src/test/resources/toegangsmatrix.tsv} with the answer each
 * actor must get, and every row is a route. The test asks every route as every actor against the running app, with
 * real ids of objects it made in the school and in Veilig Thuis Demo-Noord (tenant A); the members of another
 * organisation or region use those same ids. POSTs carry a valid CSRF token of the acting session and an empty body
 * (a form) or {@code {}} (the API). Each refusal of another tenant's member on a real object must be in the owner's
 * access log (NEN 7513: denials are logged; the asker still gets only a 404 or 403).
 *
 * <p>The answer classes: {@code ja} (the route's handler ran: 2xx, a redirect other than to the login or the second
 * factor, or a 400/409 about the input), {@code 403}, {@code 404}, {@code 2fa} (sent to the second factor), {@code
 * login} (sent to the login, or a 401); any other status stands as its number. The answers seen are written to
 * {@code target/toegangsmatrix-waargenomen.tsv} in the table's format, to copy a new route's row from after checking it.
 */
class ToegangsmatrixIT extends WebITSupport {

    static final String TABLE = "toegangsmatrix.tsv";
    static final String TABLE_SOURCE = "src/test/resources/" + TABLE;
    static final Path OBSERVED = Path.of("target", "toegangsmatrix-waargenomen.tsv");
    /** The HTTP status of every cell, beside the answers, to see what an answer class stands for. */
    static final Path STATUSES = Path.of("target", "toegangsmatrix-status.tsv");

    /** The columns of the table, in its order. */
    static final List<String> ACTORS = List.of(
            "anoniem",
            "alleen-wachtwoord",
            "beroepskracht",
            "aandachtsfunctionaris",
            "beheerder",
            "logverantwoordelijke",
            "leidinggevende",
            "platformbeheerder",
            "vt-medewerker",
            "gedragswetenschapper",
            "vt-teamleider",
            "api-organisatie",
            "api-regio",
            "andere-org-af",
            "andere-org-beheerder",
            "andere-regio-vt",
            "andere-regio-gw",
            "api-andere-org",
            "api-andere-regio");

    private static final String NOORD = "Veilig Thuis Demo-Noord";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    @Autowired
    private DossierManagement dossiers;

    @Autowired
    private nl.schakel.organisation.Meldprotocollen meldprotocollen;

    @Autowired
    private MeldingManagement meldingen;

    @Autowired
    private KetenManagement keten;

    @Autowired
    private IdentityManagement identity;

    @Autowired
    private OrganisationManagement organisation;

    @Autowired
    private ApiClients apiClients;

    /** The record systems' side: client-credentials tokens, then JSON requests with them. */
    private ApiTestClient api;

    /** A route: an HTTP method ({@code *} for a mapping that takes any) and a path pattern. */
    record Route(String method, String path) implements Comparable<Route> {

        @Override
        public int compareTo(Route o) {
            int byPath = path.compareTo(o.path);
            return byPath != 0 ? byPath : method.compareTo(o.method);
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<Route> routes = routes(mapping);
        Set<Route> rows = read().keySet();
        Set<Route> withoutRow = new TreeSet<>(routes);
        withoutRow.removeAll(rows);
        Set<Route> withoutRoute = new TreeSet<>(rows);
        withoutRoute.removeAll(routes);
        assertThat(withoutRow)
                .as(
                        "routes without a row in %s: add one line per route (method, path pattern, then the answer of"
                                + " each actor: ja, 403, 404, 2fa or login; see ADR-0042). Run ToegangsmatrixIT: the answers"
                                + " it saw are in %s to copy from, after checking each cell is what the route should answer",
                        TABLE_SOURCE, OBSERVED)
                .isEmpty();
        assertThat(withoutRoute)
                .as("rows in %s for which the application has no route: remove them", TABLE_SOURCE)
                .isEmpty();
    }

    @Test
    void everyActorGetsTheAnswerOfTheTableOnEveryRoute() throws IOException {
        long start = System.nanoTime();
        Map<Route, Map<String, String>> expected = read();
        Targets targets = targets();
        Map<String, Caller> callers = callers();
        Map<Route, Map<String, String>> observed = new TreeMap<>();
        Map<Route, Map<String, String>> statuses = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        List<String> unlogged = new ArrayList<>();
        List<Route> order = new ArrayList<>(routes(mapping));
        // the reads first, then the changes: an empty form changes little, but what it changes comes last
        order.sort(
                (a, b) -> Boolean.compare(!a.method().equals("GET"), !b.method().equals("GET")));
        int requests = 0;
        // the beheerder's empty form names no executor of steps 2-5: the school's is put back after the walk
        List<Map<String, Object>> executors = jdbc.queryForList("SELECT * FROM organisation.signal_executor");
        try {
            for (Route route : order) {
                String path = targets.fill(route.path());
                for (String column : ACTORS) {
                    Caller caller = callers.get(column);
                    long before = caller.otherTenant() ? lastLogRow() : 0;
                    HttpResponse<String> response = caller.send(
                            route, caller.otherTenant() ? targets.fillForAnotherTenant(route.path()) : path);
                    requests++;
                    String answer = classify(response);
                    observed.computeIfAbsent(route, r -> new LinkedHashMap<>()).put(column, answer);
                    statuses.computeIfAbsent(route, r -> new LinkedHashMap<>())
                            .put(column, String.valueOf(response.statusCode()));
                    String want = expected.getOrDefault(route, Map.of()).get(column);
                    if (want != null && !want.equals(answer)) {
                        mismatches.add(route + " as " + column + ": expected " + want + ", got " + answer + " ("
                                + response.statusCode() + " " + Browser.location(response) + ")");
                    }
                    if (caller.otherTenant()
                            && caller.knownTo(route)
                            && (answer.equals("403") || answer.equals("404"))) {
                        for (Target target : targets.in(path)) {
                            if (!refusalLogged(before, target, caller)) {
                                unlogged.add(route + " as " + column + " on " + target.kind() + " " + target.id());
                            }
                        }
                    }
                }
            }
        } finally {
            jdbc.update("DELETE FROM organisation.signal_executor");
            executors.forEach(row -> jdbc.update(
                    "INSERT INTO organisation.signal_executor (tenant_id, executor_id) VALUES (?, ?)",
                    row.get("tenant_id"),
                    row.get("executor_id")));
        }
        write(observed, OBSERVED);
        write(statuses, STATUSES);
        System.out.printf(
                "Toegangsmatrix: %d routes x %d actors, %d requests in %d s%n",
                order.size(),
                ACTORS.size(),
                requests,
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
        assertThat(mismatches)
                .as(
                        "cells of %s that the application does not answer as the table says (all answers seen: %s)",
                        TABLE_SOURCE, OBSERVED)
                .isEmpty();
        assertThat(unlogged)
                .as("refusals of another tenant's member on a real object of tenant A without a refused row for the"
                        + " owner in the access log (tenant and name of the asker, owner_tenant_id of tenant A)")
                .isEmpty();
    }

    // ---- the routes and the table

    static Set<Route> routes(RequestMappingHandlerMapping mapping) {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("*", pattern));
                } else {
                    methods.forEach(m -> routes.add(new Route(m.name(), pattern)));
                }
            }
        }
        return routes;
    }

    static Map<Route, Map<String, String>> read() {
        Map<Route, Map<String, String>> rows = new TreeMap<>();
        try (InputStream in = ToegangsmatrixIT.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as("the table %s", TABLE_SOURCE).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            boolean header = false;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!header) {
                    assertThat(List.of(cells).subList(2, cells.length))
                            .as("the header of %s", TABLE_SOURCE)
                            .isEqualTo(ACTORS);
                    header = true;
                    continue;
                }
                assertThat(cells).as("cells in the row %s", line).hasSize(ACTORS.size() + 2);
                Map<String, String> answers = new LinkedHashMap<>();
                for (int i = 0; i < ACTORS.size(); i++) {
                    assertThat(cells[i + 2])
                            .as("answer of %s in the row %s", ACTORS.get(i), line)
                            .isIn("ja", "403", "404", "2fa", "login");
                    answers.put(ACTORS.get(i), cells[i + 2]);
                }
                Route route = new Route(cells[0], cells[1]);
                assertThat(rows.put(route, answers))
                        .as("a second row for %s", route)
                        .isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void write(Map<Route, Map<String, String>> observed, Path file) throws IOException {
        StringBuilder out = new StringBuilder("methode\tpad\t" + String.join("\t", ACTORS) + "\n");
        observed.forEach((route, answers) -> out.append(route.method())
                .append('\t')
                .append(route.path())
                .append('\t')
                .append(String.join("\t", answers.values()))
                .append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    /** The answer class of a response. */
    static String classify(HttpResponse<?> response) {
        int status = response.statusCode();
        String location = Browser.location(response);
        if (status == 401 || (status / 100 == 3 && location.startsWith("/inloggen"))) {
            return "login";
        }
        if (status / 100 == 3 && location.startsWith("/tweede-factor")) {
            return "2fa";
        }
        if (status == 403 || status == 404) {
            return String.valueOf(status);
        }
        if (status / 100 == 2 || status / 100 == 3 || status == 400 || status == 409) {
            return "ja";
        }
        return String.valueOf(status);
    }

    // ---- the objects of tenant A the routes are asked about

    /** An object of tenant A whose id a route names. */
    record Target(String kind, UUID id, TenantId owner) {}

    /**
     * The real objects, and the values of other path variables, by the path pattern up to and including the variable
     * ({@code /dossiers/{id}}); a variable not named here gets a new random id (no such object).
     */
    record Targets(Map<String, Target> objects, Map<String, String> values, Map<String, String> otherTenantValues) {

        /** The real objects named in a filled-in path. */
        List<Target> in(String path) {
            List<Target> found = new ArrayList<>();
            Matcher m = ID.matcher(path);
            while (m.find()) {
                UUID id = UUID.fromString(m.group());
                objects.values().stream()
                        .filter(t -> t.id().equals(id))
                        .findFirst()
                        .ifPresent(found::add);
            }
            return found;
        }

        /** The path with every variable filled in. */
        String fill(String pattern) {
            return fill(pattern, values);
        }

        /**
         * The path for a member of another tenant: the same ids, but a number within the own organisation (a version of
         * the meldprotocol) as it stands in theirs.
         */
        String fillForAnotherTenant(String pattern) {
            Map<String, String> own = new LinkedHashMap<>(values);
            own.putAll(otherTenantValues);
            return fill(pattern, own);
        }

        private String fill(String pattern, Map<String, String> values) {
            String path = pattern.replace("/**", "/x");
            Matcher m = VARIABLE.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String upTo = path.substring(0, m.end());
                Target target = objects.get(upTo);
                String value = target != null
                        ? target.id().toString()
                        : values.getOrDefault(upTo, UUID.randomUUID().toString());
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    private Targets targets() {
        TenantId school = new TenantId(TestActors.tenantId(jdbc, TestActors.SCHOOL));
        TenantId noord = new TenantId(TestActors.tenantId(jdbc, NOORD));
        TestMeldingen.Verstuurd verstuurd = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, "Mats Matrix", "", "Blauwe plekken gezien.", "Volgen in de klas.");
        UUID dossier = verstuurd.dossierId();
        UUID vastlegging = dossiers.addSignaal(
                TestActors.actor(jdbc, "leerkracht"),
                dossier,
                new NewSignaal(
                        dossiers.today(),
                        "Stil in de klas.",
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.ANDERS),
                        true));
        UUID zaak = TestMeldingen.zaakVan(jdbc, verstuurd.meldingId());
        UUID lid = TestActors.userId(
                jdbc, TestActors.enrolledMember(identity, school, "matrix-lid", null, null, Role.BEROEPSKRACHT, null));
        UUID team = organisation
                .createSystemTeam(
                        school, "Team matrix " + UUID.randomUUID().toString().substring(0, 6))
                .value();
        Target dossierTarget = new Target("dossier", dossier, school);
        Target zaakTarget = new Target("zaak", zaak, noord);
        Target lidTarget = new Target("lid", lid, school);
        Target teamTarget = new Target("team", team, school);
        Map<String, Target> objects = new LinkedHashMap<>();
        objects.put("/dossiers/{id}", dossierTarget);
        objects.put("/api/v1/dossiers/{id}", dossierTarget);
        objects.put("/veilig-thuis/zaken/{id}", zaakTarget);
        objects.put("/api/v1/veilig-thuis/meldingen/{id}", zaakTarget);
        objects.put("/beheer/leden/{id}", lidTarget);
        objects.put("/beheer/scholing/leden/{id}", lidTarget);
        objects.put("/api/v1/teams/{id}", teamTarget);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("/api/v1/dossiers/{id}/vastleggingen/{vastlegging}", vastlegging.toString());
        // the version in force: a member may read that one (other tests of this JVM add versions)
        values.put(
                "/beheer/meldprotocol/versies/{versie}",
                Integer.toString(meldprotocollen.vanKracht(school).orElseThrow().versie()));
        values.put("/beheer/invoering/{code}", "implementatieplan");
        values.put("/platform/codelijsten/{code}", "kindermishandeling-lichamelijk");
        values.put(
                "/api/v1/afwegingskaders/{kadercode}",
                nl.schakel.afwegingskader.Kaders.all().getFirst().code());
        // another organisation has only its first version (no test of this JVM changes theirs)
        Map<String, String> otherTenantValues = Map.of("/beheer/meldprotocol/versies/{versie}", "1");
        return new Targets(objects, values, otherTenantValues);
    }

    private long lastLogRow() {
        Long seq = jdbc.queryForObject("SELECT max(seq) FROM audit.access_log", Long.class);
        return seq == null ? 0 : seq;
    }

    private boolean refusalLogged(long after, Target target, Caller caller) {
        Integer rows = jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE seq > ? AND outcome = 'GEWEIGERD'"
                        + " AND owner_tenant_id = ? AND tenant_id = ? AND username = ? AND strpos(object_id, ?) > 0",
                Integer.class,
                after,
                target.owner().value(),
                caller.tenant(),
                caller.logName(),
                target.id().toString());
        return rows != null && rows > 0;
    }

    // ---- the actors

    /** Who asks: a browser (with or without a login) or an API client with its token. */
    private final class Caller {

        private final @Nullable Browser browser;
        private final @Nullable String csrf;
        private final @Nullable String token;
        private final @Nullable String namens;
        private final @Nullable UUID tenant;
        private final String logName;
        private final boolean otherTenant;

        Caller(
                @Nullable Browser browser,
                @Nullable String csrf,
                @Nullable String token,
                @Nullable String namens,
                @Nullable UUID tenant,
                String logName,
                boolean otherTenant) {
            this.browser = browser;
            this.csrf = csrf;
            this.token = token;
            this.namens = namens;
            this.tenant = tenant;
            this.logName = logName;
            this.otherTenant = otherTenant;
        }

        @Nullable
        UUID tenant() {
            return tenant;
        }

        String logName() {
            return logName;
        }

        boolean otherTenant() {
            return otherTenant;
        }

        /**
         * Whether the chain that answers the route knows who asks: a session on a page, a token on the API (a token
         * means nothing to the pages, a session nothing to the API: there the asker is no one, and no one is logged).
         */
        boolean knownTo(Route route) {
            return route.api() == (browser == null);
        }

        HttpResponse<String> send(Route route, String path) {
            String method = route.method().equals("*") ? "GET" : route.method();
            if (browser != null) {
                browser.accepting(route.api() ? "*/*" : "text/html");
                if (method.equals("GET")) {
                    return browser.get(path);
                }
                return browser.postWithToken(java.util.Objects.requireNonNull(csrf), path);
            }
            String[] headers = namens == null
                    ? new String[] {"Accept", route.api() ? "*/*" : "text/html"}
                    : new String[] {"Accept", route.api() ? "*/*" : "text/html", "Namens", namens};
            return method.equals("GET") ? api.get(path, token, headers) : api.post(path, "{}", token, headers);
        }
    }

    private Map<String, Caller> callers() {
        TenantId plein = new TenantId(TestActors.tenantId(jdbc, TestActors.PRAKTIJK));
        api = new ApiTestClient(port);
        String pleinClient = TestActors.uniqueUsername("matrix-plein");
        apiClients.register(plein, pleinClient, "matrix-plein-secret", "Matrix (test)");
        Map<String, Caller> callers = new LinkedHashMap<>();
        Browser anonymous = browser();
        callers.put(
                "anoniem",
                new Caller(anonymous, Browser.csrfToken(anonymous.get("/inloggen")), null, null, null, "", false));
        String passwordOnly = TestActors.enrolledSchoolMember(identity, jdbc, "matrix-wachtwoord");
        Browser half = browser();
        half.password(passwordOnly, nl.schakel.TotpCodes.DEMO_PASSWORD);
        callers.put(
                "alleen-wachtwoord",
                new Caller(half, Browser.csrfToken(half.get("/tweede-factor")), null, null, null, passwordOnly, false));
        member(callers, "beroepskracht", "leerkracht", false);
        member(callers, "aandachtsfunctionaris", "af-school", false);
        member(callers, "beheerder", "beheer-school", false);
        member(callers, "logverantwoordelijke", "privacy-school", false);
        member(callers, "leidinggevende", "manager-school", false);
        member(callers, "platformbeheerder", "platform", false);
        member(callers, "vt-medewerker", "vt-noord", false);
        member(callers, "gedragswetenschapper", "gw-noord", false);
        member(callers, "vt-teamleider", "tl-noord", false);
        callers.put(
                "api-organisatie",
                client(
                        api.token("school-demo", "school-demo-secret"),
                        "leerkracht",
                        "school-demo",
                        TestActors.SCHOOL,
                        false));
        callers.put(
                "api-regio",
                client(api.token("vt-noord-demo", "vt-noord-demo-secret"), "vt-noord", "vt-noord-demo", NOORD, false));
        member(
                callers,
                "andere-org-af",
                TestActors.enrolledMember(
                        identity,
                        plein,
                        "matrix-af-plein",
                        null,
                        null,
                        Role.AANDACHTSFUNCTIONARIS,
                        Beroepscluster.ARTSEN),
                true);
        member(
                callers,
                "andere-org-beheerder",
                TestActors.enrolledMember(identity, plein, "matrix-beheer-plein", null, null, Role.BEHEERDER, null),
                true);
        member(callers, "andere-regio-vt", "vt-zuid", true);
        member(callers, "andere-regio-gw", "gw-zuid", true);
        callers.put(
                "api-andere-org",
                client(
                        api.token(pleinClient, "matrix-plein-secret"),
                        "huisarts",
                        pleinClient,
                        TestActors.PRAKTIJK,
                        true));
        callers.put(
                "api-andere-regio",
                client(
                        api.token("vt-zuid-demo", "vt-zuid-demo-secret"),
                        null,
                        "vt-zuid-demo",
                        "Veilig Thuis Demo-Zuid",
                        true));
        return callers;
    }

    private void member(Map<String, Caller> callers, String column, String username, boolean otherTenant) {
        Browser browser = browser().login(username);
        callers.put(
                column,
                new Caller(
                        browser,
                        Browser.csrfToken(browser.get("/")),
                        null,
                        null,
                        tenantOf(username),
                        username,
                        otherTenant));
    }

    private Caller client(String token, @Nullable String namens, String client, String tenant, boolean otherTenant) {
        return new Caller(null, null, token, namens, TestActors.tenantId(jdbc, tenant), client, otherTenant);
    }

    private @Nullable UUID tenantOf(String username) {
        List<UUID> tenants = jdbc.queryForList(
                "SELECT m.tenant_id FROM identity.membership m JOIN identity.account a ON a.id = m.account_id"
                        + " WHERE a.username = ?",
                UUID.class,
                username);
        return tenants.isEmpty() ? null : tenants.getFirst();
    }
}
