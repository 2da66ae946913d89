package nl.schakel.federatie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.schakel.ApiTestClient;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.SchakelProces;
import nl.schakel.shared.TenantId;
import org.awaitility.Awaitility;

/**
 * The steps of the chain over HTTP, as the people and record systems of the instances of a federated set take them:
 * the school's record system ({@code school-demo}) opens a dossier for {@code leerkracht} and sends the melding,
 * Veilig Thuis's workers take the case to a besluit and a terugkoppeling in their pages, and a region's record system
 * registers a melding of its own.
 */
final class Ketenstappen {

    static final Duration AANKOMST = Duration.ofSeconds(90);
    private static final Map<String, Browser> INGELOGD = new ConcurrentHashMap<>();

    private Ketenstappen() {}

    /** The school's record system, acting for {@code leerkracht}. */
    record School(ApiTestClient api, String token) {

        static School van(SchakelProces school) {
            ApiTestClient api = new ApiTestClient(school.port());
            return new School(api, api.token("school-demo", "school-demo-secret"));
        }

        /** Opens a dossier about one child and returns its id. */
        String openDossier(String naam, String bsn) {
            HttpResponse<String> created = api.post(
                    "/api/v1/dossiers",
                    "{\"betrokkenen\":[{\"naam\":\"" + naam + "\",\"geboortedatum\":\"2016-05-04\",\"bsn\":\"" + bsn
                            + "\",\"relatie\":\"KIND\"}]}",
                    token,
                    "Namens",
                    "leerkracht");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return ApiTestClient.json(created).get("id").asText();
        }

        /** Sends the dossier's melding to a region (by its tenant id) and returns the response. */
        HttpResponse<String> meld(String dossier, TenantId regio) {
            return api.post(
                    "/api/v1/dossiers/" + dossier + "/meldingen",
                    "{\"regio\":\"" + regio + "\",\"watBlijfIkDoen\":\"Ik blijf het kind volgen.\","
                            + "\"clientGeinformeerd\":false,\"redenNietGeinformeerd\":\"Niet veilig voor het kind.\","
                            + "\"contact\":\"0612345678\"}",
                    token,
                    "Namens",
                    "leerkracht");
        }

        JsonNode dossier(String id) {
            HttpResponse<String> response = api.get("/api/v1/dossiers/" + id, token, "Namens", "leerkracht");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return ApiTestClient.json(response);
        }
    }

    /** A region's record system registers a melding about a child, as its staff would; returns the case id. */
    static UUID registreerBijRegio(SchakelProces regio, String client, String naam, String bsn) {
        ApiTestClient api = new ApiTestClient(regio.port());
        String token = api.token(client, client + "-secret");
        HttpResponse<String> created = api.post(
                "/api/v1/veilig-thuis/meldingen",
                "{\"ontvangenOp\":\""
                        + Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                        + "\",\"acuut\":false,\"beller\":\"BEROEPSKRACHT\",\"melder\":{\"naam\":\"Federatie Melder\","
                        + "\"organisatie\":\"Wijkteam Test\",\"contact\":\"0201112233\",\"afgeschermd\":true},"
                        + "\"categorie\":\"JEUGDZORG\",\"directbetrokkenen\":[{\"naam\":\"" + naam
                        + "\",\"geboortedatum\":\"2016-05-04\",\"geslacht\":\"VROUW\",\"bsn\":\"" + bsn
                        + "\",\"rol\":\"SLACHTOFFER\"}],\"vormen\":[\"verwaarlozing\"],"
                        + "\"omschrijving\":\"Het kind komt zonder eten naar school.\"}",
                token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(ApiTestClient.json(created).get("id").asText());
    }

    /** The region's case about the child of this name, once the melding has arrived there. */
    static UUID zaakVan(SchakelProces regio, String naam) {
        List<UUID> zaken = Awaitility.await()
                .atMost(AANKOMST)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> zakenVan(regio, naam), found -> !found.isEmpty());
        assertThat(zaken).as("one case about %s at %s", naam, regio).hasSize(1);
        return zaken.getFirst();
    }

    static List<UUID> zakenVan(SchakelProces regio, String naam) {
        return regio.database()
                .queryForList(
                        "SELECT z.id FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                                + " WHERE b.naam = ?",
                        UUID.class,
                        naam);
    }

    /**
     * The section "VT-register" of the case page as this worker sees it, once a match from the national VT-register
     * has arrived on the case.
     */
    static String matchOpZaak(Browser medewerker, UUID zaakId) {
        String sectie = "id=\"vt-register-sectie\"";
        String pagina = Awaitility.await()
                .atMost(AANKOMST)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> medewerker.get("/veilig-thuis/zaken/" + zaakId).body(), body -> body.contains(sectie));
        String vanaf = pagina.substring(pagina.indexOf(sectie));
        return vanaf.substring(0, vanaf.indexOf("</section>"));
    }

    /**
     * A logged-in user of an instance (real login with both factors), logged in once per instance: a second login
     * within the same 30 seconds would need a code the instance's clock does not accept yet. The session lives in the
     * instance's database, so it outlasts a restart.
     */
    static Browser ingelogd(SchakelProces instantie, String username) {
        return INGELOGD.computeIfAbsent(
                instantie.port() + "/" + username,
                k -> new Browser(instantie.port(), new MutableClock(), instantie.database()).login(username));
    }

    /**
     * At the region: the worker records the taxatie and proposes a besluit, the gedragswetenschapper approves it and
     * gives the terugkoppeling to the melder with these agreements.
     */
    static void besluitEnTerugkoppeling(Browser vt, Browser gw, UUID zaakId, String afspraken) {
        String zaak = "/veilig-thuis/zaken/" + zaakId;
        assertRedirect(vt.post(
                zaak + "/taxatie",
                zaak + "/taxatie",
                "acuutOnveilig",
                "nee",
                "redenAcuut",
                "Het kind is bij oma veilig.",
                "structureelOnveilig",
                "ja",
                "redenStructureel",
                "Herhaald letsel.",
                "multiproblematiek",
                "nee",
                "redenMultiproblematiek",
                "Geen andere problemen bekend."));
        assertRedirect(vt.post(
                zaak + "/besluit",
                zaak + "/besluit",
                "besluit",
                "VOORWAARDEN_EN_VERVOLG",
                "motivering",
                "Structurele onveiligheid; voorwaarden zijn nodig."));
        assertRedirect(gw.post(zaak, zaak + "/besluit/beoordeling", "goedgekeurd", "ja", "toelichting", ""));
        assertRedirect(gw.post(
                zaak + "/terugkoppeling",
                zaak + "/terugkoppeling",
                "partijen",
                "Wijkteam Noord",
                "melderHeeftRol",
                "ja",
                "voorwaardenEnAfspraken",
                afspraken));
    }

    /** An HTTP client presenting the party certificate of this keystore and trusting the CA of this truststore. */
    static HttpClient mtls(Path keystore, Path truststore, String password) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(KeyStore.getInstance(keystore.toFile(), password.toCharArray()), password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(KeyStore.getInstance(truststore.toFile(), password.toCharArray()));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return HttpClient.newBuilder()
                    .sslContext(context)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRedirect(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s answered%n%s", response.uri(), response.body())
                .isEqualTo(302);
    }
}
