package nl.schakel.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.schakel.Browser;
import nl.schakel.SchakelProces;
import nl.schakel.TestBsn;
import nl.schakel.TestCa;
import nl.schakel.demo.DemoTenants;
import nl.schakel.federatie.Ketenstappen.School;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A federated set of three Schakel processes on loopback, each with its own database, set up as
 * {@code scripts/federatie.sh} does: the organisations (the school), Veilig Thuis Demo-Noord, and the VT-register with
 * Demo-Zuid, each party known to the others by the OIN in its certificate from a test CA.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederatieIT {

    static final String SCHOOL_OIN = "00000009999999990001";
    static final String NOORD_OIN = "00000009999999990002";
    static final String REGISTER_OIN = "00000009999999990003";
    static final String ONBEKEND_OIN = "00000009999999990099";
    static final String NOG_NIET_AFGELEVERD = "Nog niet afgeleverd bij Veilig Thuis.";
    private static final String LOG_ROWS =
            "SELECT count(*) FROM audit.access_log WHERE event = ? AND object_type = ?" + " AND outcome = 'GESLAAGD'";
    private static final Random RANDOM = new Random();

    @RegisterExtension
    static final Instanties instanties = new Instanties();

    static SchakelProces school;
    static SchakelProces noord;
    static SchakelProces register;
    static TestCa ca;
    static List<Partij> partijen;

    @BeforeAll
    static void startTheThree() {
        ca = TestCa.create(instanties.folder().resolve("pki"), "Federatie Test-CA");
        partijen = List.of(
                new Partij("school", SCHOOL_OIN, "ORGANISATIES", ca.party("school", SCHOOL_OIN)),
                new Partij("noord", NOORD_OIN, "REGIOS", ca.party("noord", NOORD_OIN)),
                new Partij("register", REGISTER_OIN, "REGISTER,REGIOS", ca.party("register", REGISTER_OIN)));
        school = instanties.instantie("school", partijen.get(0).settings(partijen, ca.truststore()));
        noord = instanties.instantie("noord", partijen.get(1).settings(partijen, ca.truststore()));
        register = instanties.instantie("register", partijen.get(2).settings(partijen, ca.truststore()));
        instanties.startSamen(school, noord, register);
    }

    @Test
    @Order(1)
    void eachInstanceServesItsOwnPartFromItsOwnDatabase() {
        JdbcTemplate schoolDb = school.database();
        JdbcTemplate noordDb = noord.database();
        JdbcTemplate registerDb = register.database();

        assertThat(tenants(schoolDb))
                .containsOnlyKeys(DemoTenants.SCHOOL, DemoTenants.PRAKTIJK, DemoTenants.OPVANG)
                .containsEntry(
                        DemoTenants.SCHOOL, DemoTenants.id(DemoTenants.SCHOOL).toString());
        assertThat(tenants(noordDb))
                .containsExactly(Map.entry(
                        DemoTenants.NOORD, DemoTenants.id(DemoTenants.NOORD).toString()));
        assertThat(tenants(registerDb))
                .containsExactly(Map.entry(
                        DemoTenants.ZUID, DemoTenants.id(DemoTenants.ZUID).toString()));

        assertThat(usernames(schoolDb))
                .contains("leerkracht", "af-school", "huisarts", "platform")
                .doesNotContain("vt-noord", "vt-zuid");
        assertThat(usernames(noordDb))
                .contains("vt-noord", "gw-noord", "tl-noord", "platform")
                .doesNotContain("leerkracht", "vt-zuid");
        assertThat(usernames(registerDb))
                .contains("vt-zuid", "gw-zuid", "platform")
                .doesNotContain("leerkracht", "vt-noord");
        assertThat(count(noordDb, "SELECT count(*) FROM veiligthuis.zaak"))
                .as("Demo-Noord's cases")
                .isPositive();
        assertThat(count(schoolDb, "SELECT count(*) FROM veiligthuis.zaak")).isZero();
        // Demo-Zuid's earlier case about Daan Demo lives in Zuid's instance, recorded by its own worker, never in
        // Noord's
        assertThat(count(
                        noordDb,
                        "SELECT count(*) FROM veiligthuis.zaak WHERE tenant_id = ?",
                        DemoTenants.id(DemoTenants.ZUID).value()))
                .isZero();
        assertThat(registerDb.queryForList(
                        "SELECT DISTINCT coalesce(a.username, j.author_name) FROM veiligthuis.journal_entry j"
                                + " JOIN veiligthuis.betrokkene b ON b.zaak_id = j.zaak_id"
                                + " LEFT JOIN identity.account a ON a.id = j.author_id"
                                + " WHERE b.naam = 'Daan Demo' AND j.author_role IN ('VT_MEDEWERKER',"
                                + " 'GEDRAGSWETENSCHAPPER')",
                        String.class))
                .containsExactlyInAnyOrder("vt-zuid", "gw-zuid");
    }

    @Test
    @Order(2)
    void anInstanceKilledWithKill9StartsAgainOnItsDataAndIsReadyAgain() throws Exception {
        long zaken = count(noord.database(), "SELECT count(*) FROM veiligthuis.zaak");

        noord.kill9();

        assertThat(noord.running()).isFalse();
        assertThat(noord.process().exitValue()).as("exit code of SIGKILL").isEqualTo(137);
        noord.start().awaitReady();
        assertThat(readyz(noord)).isEqualTo(200);
        assertThat(count(noord.database(), "SELECT count(*) FROM veiligthuis.zaak"))
                .as("the same cases after the restart, the demo not seeded again")
                .isEqualTo(zaken);
        assertThat(noord.output()).doesNotContain("Demo data created");
        assertThat(readyz(school)).isEqualTo(200);
        assertThat(readyz(register)).isEqualTo(200);
    }

    @Test
    @Order(3)
    void theTeachersMeldingTravelsToNoordAndTheTerugkoppelingAfterTheBesluitComesBackIntoHerDossier() {
        School s = School.van(school);
        String naam = naam("Noor");
        String dossier = s.openDossier(naam, TestBsn.generated(RANDOM));

        HttpResponse<String> melding = s.meld(dossier, DemoTenants.id(DemoTenants.NOORD));

        assertThat(melding.statusCode()).as(melding.body()).isEqualTo(201);
        UUID zaak = Ketenstappen.zaakVan(noord, naam);
        Ketenstappen.besluitEnTerugkoppeling(
                Ketenstappen.ingelogd(noord, "vt-noord"),
                Ketenstappen.ingelogd(noord, "gw-noord"),
                zaak,
                "De school meldt nieuw letsel meteen aan Veilig Thuis.");
        JsonNode terugkoppeling =
                await().atMost(Ketenstappen.AANKOMST).until(() -> terugkoppeling(s.dossier(dossier)), Objects::nonNull);
        assertThat(terugkoppeling.get("inhoud").get("voorwaardenEnAfspraken").asText())
                .isEqualTo("De school meldt nieuw letsel meteen aan Veilig Thuis.");
        assertThat(terugkoppeling.get("inhoud").get("regioNaam").asText()).isEqualTo(DemoTenants.NOORD);
        assertThat(s.dossier(dossier)
                        .get("meldingen")
                        .get(0)
                        .get("veiligThuisStatus")
                        .get("status")
                        .asText())
                .isEqualTo("BESLUIT_GENOMEN");
        // every send and receipt is an access-log row on both sides
        assertThat(count(school.database(), LOG_ROWS, "keten.bericht.verzonden", "MELDING"))
                .isPositive();
        assertThat(count(noord.database(), LOG_ROWS, "keten.bericht.ontvangen", "MELDING"))
                .isPositive();
        assertThat(count(noord.database(), LOG_ROWS, "keten.bericht.verzonden", "TERUGKOPPELING"))
                .isPositive();
        assertThat(count(school.database(), LOG_ROWS, "keten.bericht.ontvangen", "TERUGKOPPELING"))
                .isPositive();
    }

    @Test
    @Order(4)
    void meldingenSentWhileTheReceiverIsKilledArriveExactlyOnceAndNoneIsDeliveredBeforeItWasStored() throws Exception {
        School s = School.van(school);
        int aantal = 8;
        List<String> namen = new ArrayList<>();
        List<String> dossiers = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            namen.add(naam("Kill" + i));
            dossiers.add(s.openDossier(namen.getLast(), TestBsn.generated(RANDOM)));
        }
        List<Integer> antwoorden = new CopyOnWriteArrayList<>();
        CountDownLatch drieVerstuurd = new CountDownLatch(3);
        Thread zender = Thread.ofPlatform().start(() -> {
            for (String dossier : dossiers) {
                antwoorden.add(
                        s.meld(dossier, DemoTenants.id(DemoTenants.NOORD)).statusCode());
                drieVerstuurd.countDown();
                sleep(Duration.ofMillis(300));
            }
        });
        assertThat(drieVerstuurd.await(60, TimeUnit.SECONDS)).isTrue();

        noord.kill9();
        zender.join(Duration.ofSeconds(120));

        assertThat(antwoorden)
                .as("every melding is taken by the school's own instance")
                .containsOnly(201);
        Map<String, String> melding = new LinkedHashMap<>();
        for (String dossier : dossiers) {
            melding.put(
                    dossier,
                    s.dossier(dossier).get("meldingen").get(0).get("meldingId").asText());
        }
        // while Noord is down: the teacher's page says which meldingen are still on their way, as the outbox does
        Set<String> onderweg = Set.copyOf(school.database()
                .queryForList(
                        "SELECT onderwerp_id::text FROM keten.uitgaand_bericht"
                                + " WHERE soort = 'MELDING' AND afgeleverd_op IS NULL",
                        String.class));
        assertThat(onderweg)
                .as("meldingen sent after the kill are not delivered")
                .isNotEmpty();
        Browser leerkracht = Ketenstappen.ingelogd(school, "leerkracht");
        for (String dossier : dossiers) {
            assertThat(leerkracht.get("/dossiers/" + dossier).body().contains(NOG_NIET_AFGELEVERD))
                    .as("dossier %s says 'nog niet afgeleverd' exactly when its melding is on its way", dossier)
                    .isEqualTo(onderweg.contains(melding.get(dossier)));
        }
        Browser platform = Ketenstappen.ingelogd(school, "platform");
        assertThat(platform.get("/platform/keten").body()).contains("Nog niet afgeleverd (" + onderweg.size() + ")");

        noord.start().awaitReady();

        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> count(
                                school.database(),
                                "SELECT count(*) FROM keten.uitgaand_bericht WHERE afgeleverd_op IS NULL")
                        == 0);
        // a case is made after the receipt's commit (an event listener); one received just before the kill is made
        // when Noord starts again, from the event publication registry
        for (String naam : namen) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> !Ketenstappen.zakenVan(noord, naam).isEmpty());
        }
        for (String naam : namen) {
            assertThat(Ketenstappen.zakenVan(noord, naam))
                    .as("exactly one case about %s", naam)
                    .hasSize(1);
        }
        // none was marked delivered before Noord had stored it
        Map<String, Instant> opgeslagen = new LinkedHashMap<>();
        noord.database()
                .query("SELECT id::text, ontvangen_op FROM keten.ontvangen_bericht WHERE soort = 'MELDING'", row -> {
                    opgeslagen.put(row.getString(1), row.getTimestamp(2).toInstant());
                });
        school.database()
                .query("SELECT id::text, afgeleverd_op FROM keten.uitgaand_bericht WHERE soort = 'MELDING'", row -> {
                    String id = row.getString(1);
                    assertThat(opgeslagen).as("message %s stored at Noord", id).containsKey(id);
                    assertThat(row.getTimestamp(2).toInstant())
                            .as("message %s marked delivered after it was stored", id)
                            .isAfterOrEqualTo(opgeslagen.get(id));
                });
        for (String dossier : dossiers) {
            assertThat(leerkracht.get("/dossiers/" + dossier).body()).doesNotContain(NOG_NIET_AFGELEVERD);
        }
    }

    @Test
    @Order(5)
    void aPartyWithACertificateOfAnotherCaOrAnOinThatMayNotSendIsRefusedAndLogged() throws Exception {
        URI berichten = URI.create("https://127.0.0.1:" + partijen.get(1).poort() + "/federatie/v1/berichten");
        TestCa andereCa = TestCa.create(instanties.folder().resolve("andere-ca"), "Andere CA");
        String melding = bericht("MELDING", DemoTenants.id(DemoTenants.SCHOOL), DemoTenants.id(DemoTenants.NOORD));

        // the school's OIN in a certificate of another CA: refused in the TLS handshake
        assertThatThrownBy(
                        () -> Ketenstappen.mtls(andereCa.party("vals", SCHOOL_OIN), ca.truststore(), TestCa.WACHTWOORD)
                                .send(post(berichten, melding), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        // ... and logged by the refusing instance (Tomcat's handshake logger, schakel's application.properties)
        await().atMost(Duration.ofSeconds(10))
                .until(() -> noord.output().contains("Handshake failed for client connection"));
        // a valid certificate with an OIN nobody configured: 403, logged
        HttpResponse<String> onbekend = Ketenstappen.mtls(
                        ca.party("onbekend", ONBEKEND_OIN), ca.truststore(), TestCa.WACHTWOORD)
                .send(post(berichten, melding), HttpResponse.BodyHandlers.ofString());
        assertThat(onbekend.statusCode()).isEqualTo(403);
        assertThat(count(
                        noord.database(),
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.federatie.toegang'"
                                + " AND outcome = 'GEWEIGERD' AND object_id = ?",
                        ONBEKEND_OIN))
                .isEqualTo(1);
        // the register's valid certificate, but it serves no organisation: it may not send a melding about the school
        HttpResponse<String> nietVanHem = Ketenstappen.mtls(
                        partijen.get(2).keystore(), ca.truststore(), TestCa.WACHTWOORD)
                .send(post(berichten, melding), HttpResponse.BodyHandlers.ofString());
        assertThat(nietVanHem.statusCode()).as(nietVanHem.body()).isEqualTo(403);
        assertThat(count(
                        noord.database(),
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen'"
                                + " AND outcome = 'GEWEIGERD' AND purpose LIKE ?",
                        "van OIN " + REGISTER_OIN + "%"))
                .isEqualTo(1);
    }

    @Test
    @Order(6)
    void noordAndZuidRegisterTheSameChildAndBothSeeTheMatchOnTheirCase() {
        String naam = naam("Match");
        String bsn = TestBsn.generated(RANDOM);

        UUID inNoord = Ketenstappen.registreerBijRegio(noord, "vt-noord-demo", naam, bsn);
        UUID inZuid = Ketenstappen.registreerBijRegio(register, "vt-zuid-demo", naam, bsn);

        // Noord's registration travels to the register over mTLS; the match travels back to Noord, Zuid hears it
        // in its own instance: each case worker sees the other region in the section VT-register of the case
        assertThat(Ketenstappen.matchOpZaak(Ketenstappen.ingelogd(noord, "vt-noord"), inNoord))
                .contains(DemoTenants.ZUID)
                .contains("Match op BSN")
                .doesNotContain(bsn);
        assertThat(Ketenstappen.matchOpZaak(Ketenstappen.ingelogd(register, "vt-zuid"), inZuid))
                .contains(DemoTenants.NOORD)
                .contains("Match op BSN")
                .doesNotContain(bsn);
        // the demo's Daan Demo, known in both demo regions without a BSN: the possible match crossed the set too
        UUID daan = noord.database()
                .queryForObject(
                        "SELECT z.id FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                                + " WHERE b.naam = 'Daan Demo'",
                        UUID.class);
        assertThat(Ketenstappen.matchOpZaak(Ketenstappen.ingelogd(noord, "vt-noord"), daan))
                .contains(DemoTenants.ZUID)
                .contains("Mogelijke match");
        UUID daanInZuid = register.database()
                .queryForObject(
                        "SELECT z.id FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                                + " WHERE b.naam = 'Daan Demo'",
                        UUID.class);
        Browser vtZuid = Ketenstappen.ingelogd(register, "vt-zuid");
        assertThat(Ketenstappen.matchOpZaak(vtZuid, daanInZuid))
                .contains(DemoTenants.NOORD)
                .contains("Mogelijke match");
        assertThat(vtZuid.get("/veilig-thuis").body())
                .as("vt-zuid recorded Demo-Zuid's earlier case: the match is her task")
                .contains("Daan Demo: ook bekend bij " + DemoTenants.NOORD);
        // the register holds pseudonyms only: never the BSN or the name
        assertThat(count(
                        register.database(),
                        "SELECT count(*) FROM keten.register_registratie WHERE payload::text LIKE ? OR payload::text"
                                + " LIKE ?",
                        "%" + bsn + "%",
                        "%" + naam + "%"))
                .isZero();
    }

    @Test
    @Order(7)
    void aRegionCannotLearnAboutAPersonItDidNotRegister() throws Exception {
        String naam = naam("Alleen Zuid");
        UUID inZuid = Ketenstappen.registreerBijRegio(register, "vt-zuid-demo", naam, TestBsn.generated(RANDOM));
        String pseudoniem = await().atMost(Ketenstappen.AANKOMST)
                .until(
                        () -> register.database()
                                .queryForList(
                                        "SELECT payload->'personen'->0->>'pseudoniem' FROM keten.register_registratie"
                                                + " WHERE zaak_referentie = ?",
                                        String.class,
                                        inZuid),
                        found -> !found.isEmpty())
                .getFirst();
        HttpClient alsNoord = Ketenstappen.mtls(partijen.get(1).keystore(), ca.truststore(), TestCa.WACHTWOORD);
        String registerUrl = "https://127.0.0.1:" + partijen.get(2).poort();
        URI berichten = URI.create(registerUrl + "/federatie/v1/berichten");
        TenantId noordId = DemoTenants.id(DemoTenants.NOORD);
        String vraag = "{\"pseudoniem\":\"" + pseudoniem + "\",\"soort\":\"BSN\",\"sleutelversie\":1}";
        long matchesInNoord = count(noord.database(), "SELECT count(*) FROM keten.register_match");

        List<HttpResponse<String>> antwoorden = new ArrayList<>();
        // asking as if it were the register's own answer, in a soort the register does not know, and plainly by GET
        antwoorden.add(alsNoord.send(
                post(berichten, bericht("MATCH", noordId, noordId, vraag)), HttpResponse.BodyHandlers.ofString()));
        antwoorden.add(alsNoord.send(
                post(berichten, bericht("VRAAG", noordId, noordId, vraag)), HttpResponse.BodyHandlers.ofString()));
        for (String pad : List.of(
                "/federatie/v1/berichten",
                "/federatie/v1/register/" + pseudoniem,
                "/federatie/v1/register?pseudoniem=" + pseudoniem)) {
            antwoorden.add(alsNoord.send(
                    HttpRequest.newBuilder(URI.create(registerUrl + pad))
                            .timeout(Duration.ofSeconds(20))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        for (HttpResponse<String> antwoord : antwoorden) {
            assertThat(antwoord.statusCode())
                    .as("%s %s: %s", antwoord.request().method(), antwoord.uri(), antwoord.body())
                    .isIn(400, 403, 404, 405);
            assertThat(antwoord.body())
                    .doesNotContain(pseudoniem)
                    .doesNotContain(inZuid.toString())
                    .doesNotContain(DemoTenants.ZUID);
        }
        assertThat(count(
                        register.database(),
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen'"
                                + " AND outcome = 'GEWEIGERD' AND object_type = 'MATCH' AND purpose LIKE ?",
                        "van OIN " + NOORD_OIN + "%"))
                .as("the question dressed as a match is refused and logged in the register")
                .isEqualTo(1);
        assertThat(count(noord.database(), "SELECT count(*) FROM keten.register_match"))
                .as("no match reached Noord")
                .isEqualTo(matchesInNoord);
    }

    @Test
    @Order(8)
    void aRegisterMessageFromAPartyThatDoesNotServeTheRegionItClaimsIsRefusedAndLogged() throws Exception {
        TenantId zuid = DemoTenants.id(DemoTenants.ZUID);
        UUID zaak = UUID.randomUUID();
        String registratie = "{\"id\":\"" + UUID.randomUUID() + "\",\"regio\":{\"id\":\"" + zuid
                + "\",\"naam\":\"" + DemoTenants.ZUID + "\"},\"zaakReferentie\":\"" + zaak
                + "\",\"personen\":[{\"pseudoniem\":\"" + "A".repeat(43)
                + "\",\"soort\":\"BSN\",\"sleutelversie\":1}],\"sinds\":\"" + Instant.now()
                + "\",\"contact\":\"0201112233\"}";
        URI berichten = URI.create("https://127.0.0.1:" + partijen.get(2).poort() + "/federatie/v1/berichten");

        // Noord's valid certificate, registering an involvement of Demo-Zuid, which Noord does not serve
        HttpResponse<String> antwoord = Ketenstappen.mtls(
                        partijen.get(1).keystore(), ca.truststore(), TestCa.WACHTWOORD)
                .send(
                        post(berichten, bericht("REGISTRATIE", zuid, zuid, registratie)),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
        assertThat(count(
                        register.database(),
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen'"
                                + " AND outcome = 'GEWEIGERD' AND object_type = 'REGISTRATIE' AND purpose LIKE ?",
                        "van OIN " + NOORD_OIN + "%"))
                .isEqualTo(1);
        assertThat(count(
                        register.database(),
                        "SELECT count(*) FROM keten.register_registratie WHERE zaak_referentie = ?",
                        zaak))
                .isZero();
        assertThat(count(
                        register.database(),
                        "SELECT count(*) FROM register.betrokkenheid WHERE zaak_referentie = ?",
                        zaak))
                .isZero();
    }

    private static String bericht(String soort, TenantId van, TenantId aan) {
        return bericht(soort, van, aan, "{}");
    }

    private static String bericht(String soort, TenantId van, TenantId aan, String inhoud) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"soort\":\"" + soort + "\",\"van\":\"" + van + "\",\"aan\":\""
                + aan + "\",\"inhoud\":" + inhoud + "}";
    }

    private static HttpRequest post(URI uri, String json) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static @Nullable JsonNode terugkoppeling(JsonNode dossier) {
        for (JsonNode entry : dossier.get("journaal")) {
            if (entry.get("soort").asText().equals("TERUGKOPPELING")) {
                return entry;
            }
        }
        return null;
    }

    private static String naam(String voornaam) {
        return voornaam + " Federatie " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> tenants(JdbcTemplate db) {
        Map<String, String> tenants = new LinkedHashMap<>();
        db.query("SELECT name, id::text FROM organisation.tenant ORDER BY name", row -> {
            tenants.put(row.getString(1), row.getString(2));
        });
        return tenants;
    }

    private static List<String> usernames(JdbcTemplate db) {
        return db.queryForList("SELECT username FROM identity.account", String.class);
    }

    private static long count(JdbcTemplate db, String sql, Object... args) {
        Long count = db.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    private static int readyz(SchakelProces instantie) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(instantie.url("/readyz")))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * One party of the set: its OIN, what it serves, its keystore and its federation port; {@link #settings} writes its
     * settings with the others as its partijen, as {@code scripts/federatie.sh} does.
     */
    record Partij(String naam, String oin, String rollen, Path keystore, int poort) {

        Partij(String naam, String oin, String rollen, Path keystore) {
            this(naam, oin, rollen, keystore, SchakelProces.freePort());
        }

        Map<String, String> settings(List<Partij> alle, Path truststore) {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("schakel.instantie.rollen", rollen);
            s.put("schakel.demo.regios", String.join(",", demoRegios()));
            s.put("schakel.federatie.enabled", "true");
            s.put("schakel.federatie.oin", oin);
            s.put("schakel.federatie.adres", "127.0.0.1");
            s.put("schakel.federatie.poort", Integer.toString(poort));
            s.put("schakel.federatie.keystore", keystore.toString());
            s.put("schakel.federatie.keystore-wachtwoord", TestCa.WACHTWOORD);
            s.put("schakel.federatie.truststore", truststore.toString());
            s.put("schakel.federatie.truststore-wachtwoord", TestCa.WACHTWOORD);
            int i = 0;
            for (Partij ander : alle) {
                if (!ander.equals(this)) {
                    ander.alsPartij(s, "schakel.federatie.partijen[" + i++ + "].");
                }
            }
            return s;
        }

        private List<String> demoRegios() {
            return switch (naam) {
                case "noord" -> List.of(DemoTenants.NOORD);
                case "register" -> List.of(DemoTenants.ZUID);
                default -> List.of();
            };
        }

        private void alsPartij(Map<String, String> s, String p) {
            s.put(p + "oin", oin);
            s.put(p + "naam", naam);
            s.put(p + "url", "https://127.0.0.1:" + poort);
            List<String> regios = demoRegios();
            for (int j = 0; j < regios.size(); j++) {
                s.put(p + "regios[" + j + "].id", DemoTenants.id(regios.get(j)).toString());
                s.put(p + "regios[" + j + "].naam", regios.get(j));
            }
            if (rollen.contains("ORGANISATIES")) {
                s.put(
                        p + "organisaties",
                        String.join(
                                ",",
                                DemoTenants.id(DemoTenants.SCHOOL).toString(),
                                DemoTenants.id(DemoTenants.PRAKTIJK).toString(),
                                DemoTenants.id(DemoTenants.OPVANG).toString()));
            }
            if (rollen.contains("REGISTER")) {
                s.put(p + "register", "true");
            }
        }
    }
}
