package nl.schakel.last;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.concurrent.ThreadLocalRandom;
import nl.schakel.TotpCodes;

/**
 * What the users of Schakel do, as Gatling chains: the real login (password, then a TOTP code computed here), forms
 * posted with the page's CSRF token, the afwegingen answered as htmx posts them, redirects followed by hand so every
 * page has its own name in the report, and a think time between actions. Each request's name is kept: the budgets
 * apply to every page and API call except the two that hash a secret on purpose (the password and the API client's
 * secret).
 */
final class Handelingen {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String JSON = "application/json";

    /** The requests that check a password or client secret: slow by design, so outside the budgets. */
    static final List<String> HASHEN = List.of("inloggen: wachtwoord", "api: token");

    private final LastInstellingen instellingen;
    private final SequencedSet<String> namen = new LinkedHashSet<>();

    Handelingen(LastInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    /** The names of the requests built so far that the budgets apply to. */
    List<String> budgetNamen() {
        return namen.stream().filter(n -> !HASHEN.contains(n)).toList();
    }

    ChainBuilder denk() {
        return exec(pause(instellingen.denktijdMin(), instellingen.denktijdMax()));
    }

    private HttpRequestActionBuilder get(String naam, String pad) {
        namen.add(naam);
        return http(naam).get(pad).disableFollowRedirect().check(status().is(200));
    }

    /** A form post as the browser sends it: the page's CSRF token, then a redirect whose target is saved. */
    private HttpRequestActionBuilder post(String naam, String pad) {
        namen.add(naam);
        return http(naam)
                .post(pad)
                .disableFollowRedirect()
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302), header("Location").saveAs("naar"));
    }

    private static CheckBuilder.Final csrf() {
        return css("input[name=_csrf]", "value").saveAs("csrf");
    }

    private static String pad(Session session) {
        return session.getString("naar").replaceFirst("^https?://[^/]+", "");
    }

    // ---------------------------------------------------------------- logging in

    ChainBuilder inloggen() {
        return exec(get("inloggen: formulier", "/inloggen").check(csrf()))
                .exec(post("inloggen: wachtwoord", "/inloggen")
                        .formParam("gebruikersnaam", "#{gebruikersnaam}")
                        .formParam("wachtwoord", TotpCodes.DEMO_PASSWORD)
                        .check(header("Location")
                                .transform(l -> l.endsWith("/tweede-factor"))
                                .is(true)))
                .exec(get("inloggen: tweede factor formulier", "/tweede-factor").check(csrf()))
                .exec(session -> session.set("code", TotpCodes.codeAt(TotpCodes.DEMO_SECRET, instellingen.totpNu())))
                .exec(post("inloggen: tweede factor", "/tweede-factor")
                        .formParam("code", "#{code}")
                        .check(header("Location")
                                .transform(l -> l.replaceFirst("^https?://[^/]+", ""))
                                .is("/")))
                .exec(thuis());
    }

    /** The logged-in home page. */
    ChainBuilder thuis() {
        return exec(get("startpagina", "/"));
    }

    // ---------------------------------------------------------------- the professional

    /**
     * The typical case of the meldcode: a new dossier for a child, a signaal, a consultatie with the
     * aandachtsfunctionaris and the first afweging (answered as htmx posts it), each form read first and sent after
     * a think time.
     */
    ChainBuilder typischGeval() {
        return exec(nieuwDossier())
                .exec(denk())
                .exec(signaal())
                .exec(denk())
                .exec(get("consultatie (formulier)", "/dossiers/#{dossier}/consultaties")
                        .check(
                                csrf(),
                                css("#veld-datum", "value").saveAs("datum"),
                                css("#veld-persoon", "value").saveAs("persoon")))
                .exec(session -> session.getString("persoon").isBlank()
                        ? session.set("persoon", "de aandachtsfunctionaris")
                        : session)
                .exec(denk())
                .exec(post("consultatie (opslaan)", "/dossiers/#{dossier}/consultaties")
                        .formParam("_concept", "consultatie:#{dossier}")
                        .formParam("datum", "#{datum}")
                        .formParam("met", "AANDACHTSFUNCTIONARIS")
                        .formParam("persoon", "#{persoon}")
                        .formParam("advies", "Gesprek met de ouders voeren en de signalen blijven vastleggen."))
                .exec(dossierPagina("#{dossier}"))
                .exec(denk())
                .exec(get("afwegingen", "/dossiers/#{dossier}/afwegingen").check(csrf()))
                .exec(denk())
                .exec(afweging())
                .exec(denk())
                .exec(dossierPagina("#{dossier}"));
    }

    /** A new dossier for a child, from its form; its id in {@code dossier}, ending on its page. */
    ChainBuilder nieuwDossier() {
        return exec(get("dossier: nieuw (formulier)", "/dossiers/nieuw").check(csrf()))
                .exec(denk())
                .exec(post("dossier: nieuw (opslaan)", "/dossiers/nieuw")
                        .formParam("_concept", "dossier-nieuw")
                        .formParam("naam", "Sam Lasttest")
                        .formParam("geboortedatum", "2017-05-04")
                        .formParam("bsn", "")
                        .formParam("relatie", "KIND")
                        .check(header("Location")
                                .transform(l -> l.replaceFirst(".*/dossiers/", ""))
                                .saveAs("dossier")))
                .exec(dossierPagina("#{dossier}"));
    }

    /** A signaal in dossier {@code dossier}, from its form, ending on the dossier's page. */
    ChainBuilder signaal() {
        return exec(get("signaal (formulier)", "/dossiers/#{dossier}/signalen")
                        .check(csrf(), css("#veld-datum", "value").saveAs("datum")))
                .exec(denk())
                .exec(post("signaal (opslaan)", "/dossiers/#{dossier}/signalen")
                        .formParam("_concept", "signaal:#{dossier}")
                        .formParam("datum", "#{datum}")
                        .formParam("waarneming", "Sam kwam drie dagen zonder eten naar school en had een blauwe plek.")
                        .formParam("soort", "FEIT")
                        .formParam("bron", "")
                        .formParam("vormen", "verwaarlozing"))
                .exec(dossierPagina("#{dossier}"));
    }

    /** Afweging 1 as htmx posts it: the answer in, the page's steps back (200) with afweging 2 next. */
    private ChainBuilder afweging() {
        String naam = "afweging (htmx)";
        namen.add(naam);
        return exec(http(naam)
                .post("/dossiers/#{dossier}/afwegingen")
                .disableFollowRedirect()
                .header("HX-Request", "true")
                .header("HX-Target", "afwegingen-stappen")
                .header("HX-Current-URL", instellingen.url() + "/dossiers/#{dossier}/afwegingen")
                .formParam("_csrf", "#{csrf}")
                .formParam("_concept", "afweging1:#{dossier}")
                .formParam("nummer", "1")
                .formParam("antwoord", "ja")
                .formParam("reden", "De signalen wijzen op verwaarlozing.")
                .check(status().is(200), regex("name=\"nummer\" value=\"2\"").exists()));
    }

    /** A dossier's page (after a save: the page the redirect leads to). */
    ChainBuilder dossierPagina(String id) {
        return exec(get("dossier", "/dossiers/" + id).check(regex("<h1").exists()));
    }

    /** Reading: the home page, the own dossiers, one of them. */
    ChainBuilder lezen() {
        return exec(thuis())
                .exec(denk())
                .exec(get("dossiers", "/dossiers")
                        .check(regex("href=\"/dossiers/(" + UUID + ")\"")
                                .findAll()
                                .optional()
                                .saveAs("dossiers")))
                .exec(denk())
                .doIf(session -> session.contains("dossiers"))
                .then(exec(kies("dossiers", "gelezen")).exec(dossierPagina("#{gelezen}")))
                .exec(denk());
    }

    private static java.util.function.Function<Session, Session> kies(String lijst, String naar) {
        return session -> {
            List<String> ids = session.getList(lijst);
            return session.set(naar, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
        };
    }

    // ---------------------------------------------------------------- Veilig Thuis

    /**
     * A Veilig Thuis worker: the region's work, the queue, a case from it with its overview (and, where allowed, a
     * veiligheidscheck on it when it waits for its veiligheidsbeoordeling: the form is there), the case list.
     */
    ChainBuilder veiligThuisWerk() {
        ChainBuilder zaak = exec(get("vt: zaak overzicht", "/veilig-thuis/zaken/#{zaak}/overzicht"))
                .exec(denk());
        if (instellingen.vtSchrijven()) {
            zaak = zaak.exec(session -> session.remove("bevinding"))
                    .exec(get("vt: veiligheidscheck (formulier)", "/veilig-thuis/zaken/#{zaak}/veiligheidscheck")
                            .check(
                                    csrf(),
                                    css("textarea[name=bevinding]").optional().saveAs("bevinding")))
                    .exec(denk())
                    .doIf(session -> session.contains("bevinding"))
                    .then(exec(post("vt: veiligheidscheck (opslaan)", "/veilig-thuis/zaken/#{zaak}/veiligheidscheck")
                                    .formParam("_concept", "vt-veiligheidscheck:#{zaak}")
                                    .formParam("bevinding", "Gebeld met de school: het kind is vandaag aanwezig."))
                            .exec(session -> session.set("zaakpad", pad(session)))
                            .exec(get("vt: zaak", "#{zaakpad}"))
                            .exec(denk()));
        }
        return exec(werkEnWachtrij()).exec(eenZaak(zaak)).exec(zakenlijst());
    }

    /** The teamleider: the region's work and queue, the terms (what is late), a case, the case list. */
    ChainBuilder teamleiderWerk() {
        return exec(werkEnWachtrij())
                .exec(get("tl: termijnen", "/veilig-thuis/termijnen").check(zaken()))
                .exec(denk())
                .exec(eenZaak(exec(denk())))
                .exec(zakenlijst());
    }

    private ChainBuilder werkEnWachtrij() {
        return exec(get("vt: werk", "/veilig-thuis"))
                .exec(denk())
                .exec(get("vt: wachtrij", "/veilig-thuis/wachtrij").check(zaken()))
                .exec(denk());
    }

    /** One of the cases last listed (if any), then what follows on it. */
    private ChainBuilder eenZaak(ChainBuilder daarna) {
        return doIf(session -> session.contains("zaken"))
                .then(exec(kies("zaken", "zaak"))
                        .exec(get("vt: zaak", "/veilig-thuis/zaken/#{zaak}"))
                        .exec(denk())
                        .exec(daarna));
    }

    private ChainBuilder zakenlijst() {
        return exec(get("vt: zaken", "/veilig-thuis/zaken")).exec(denk());
    }

    private static CheckBuilder.Final zaken() {
        return regex("href=\"/veilig-thuis/zaken/(" + UUID + ")\"")
                .findAll()
                .optional()
                .saveAs("zaken");
    }

    // ---------------------------------------------------------------- the record system (API)

    /**
     * A school's record system: a client-credentials token (again when it is older than four minutes; tokens live
     * five), the member's dossiers, a new dossier with a signaal, that dossier and its afwegingen, and a stateless
     * evaluation of the afwegingskader.
     */
    ChainBuilder api(String client, String secret) {
        String namens = instellingen.apiNamens();
        return doIf(session -> !session.contains("tokenTijd")
                        || session.getLong("tokenTijd")
                                < Instant.now().minusSeconds(240).toEpochMilli())
                .then(exec(apiToken(client, secret))
                        .exec(session -> session.set("tokenTijd", Instant.now().toEpochMilli())))
                .exec(apiGet("api: dossiers", "/api/v1/dossiers", namens))
                .exec(denk())
                .exec(apiPost(
                                "api: dossier openen",
                                "/api/v1/dossiers",
                                namens,
                                "{\"betrokkenen\":[{\"naam\":\"Sam Lasttest\",\"geboortedatum\":\"2017-05-04\",\"relatie\":\"KIND\"}]}")
                        .check(status().is(201), jsonPath("$.id").saveAs("apiDossier")))
                .exec(denk())
                .exec(session -> session.set(
                        "gisteren",
                        LocalDate.ofInstant(instellingen.totpNu(), NL)
                                .minusDays(1)
                                .toString()))
                .exec(apiPost(
                                "api: signaal",
                                "/api/v1/dossiers/#{apiDossier}/signalen",
                                namens,
                                "{\"datum\":\"#{gisteren}\",\"waarneming\":\"Blauwe plekken op de arm.\",\"soort\":\"FEIT\"}")
                        .check(status().is(201)))
                .exec(denk())
                .exec(apiGet("api: dossier", "/api/v1/dossiers/#{apiDossier}", namens))
                .exec(denk())
                .exec(apiGet("api: afwegingen", "/api/v1/dossiers/#{apiDossier}/afwegingen", namens))
                .exec(denk())
                .exec(apiPost(
                                "api: afwegingskader evaluatie",
                                "/api/v1/afwegingskaders/onderwijs/evaluaties",
                                null,
                                "{\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":true,\"soortOnveiligheid\":\"ACUUT\"}")
                        .check(status().is(200)))
                .exec(denk());
    }

    private HttpRequestActionBuilder apiToken(String client, String secret) {
        namen.add("api: token");
        return http("api: token")
                .post("/oauth2/token")
                .basicAuth(client, secret)
                .formParam("grant_type", "client_credentials")
                .check(status().is(200), jsonPath("$.access_token").saveAs("token"));
    }

    private HttpRequestActionBuilder apiGet(String naam, String pad, String namens) {
        namen.add(naam);
        return http(naam)
                .get(pad)
                .header("Authorization", "Bearer #{token}")
                .header("Accept", JSON)
                .header("Namens", namens)
                .check(status().is(200));
    }

    private HttpRequestActionBuilder apiPost(String naam, String pad, String namens, String body) {
        namen.add(naam);
        HttpRequestActionBuilder request = http(naam)
                .post(pad)
                .header("Authorization", "Bearer #{token}")
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .body(StringBody(body));
        return namens == null ? request : request.header("Namens", namens);
    }
}
