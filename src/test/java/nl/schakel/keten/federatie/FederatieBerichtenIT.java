package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestCa;
import nl.schakel.TestMeldingen;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.KetenRegister;
import nl.schakel.keten.Melding;
import nl.schakel.keten.Pseudoniemsoort;
import nl.schakel.keten.RegisterMatch;
import nl.schakel.keten.RegisterMatchOntvangen;
import nl.schakel.keten.Registratie;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inbox over the real federation connector (mutual TLS with certificates of a test CA): the party "Elders", which
 * serves the organisation {@link #ELDERS_ORGANISATIE}, sends a melding to this instance's Demo-Noord. The same message
 * POSTed twice is answered 200 twice, stored once and its event published once; a message about a tenant Elders does
 * not serve is refused with 403 problem+json and an access-log row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FederatieBerichtenIT {

    static final String EIGEN_OIN = "00000009000000000011";
    static final String ELDERS_OIN = "00000009000000000012";
    static final String ELDERS_ORGANISATIE = "7a5e0000-0000-4000-8000-000000000012";
    static final String ELDERS_REGIO = "7a5e0000-0000-4000-8000-000000000013";

    static final TestCa CA;
    static final Path EIGEN;
    static final Path ELDERS;
    static final int POORT;

    static {
        try {
            Path dir = Files.createTempDirectory("federatie-berichten");
            dir.toFile().deleteOnExit();
            CA = TestCa.create(dir.resolve("ca"));
            EIGEN = CA.party("Schakel Hier", EIGEN_OIN);
            ELDERS = CA.party("Schakel Elders", ELDERS_OIN);
            try (ServerSocket vrij = new ServerSocket(0)) {
                POORT = vrij.getLocalPort();
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void federatie(DynamicPropertyRegistry properties) {
        properties.add("schakel.federatie.enabled", () -> "true");
        properties.add("schakel.federatie.oin", () -> EIGEN_OIN);
        properties.add("schakel.federatie.poort", () -> POORT);
        properties.add("schakel.federatie.keystore", EIGEN::toString);
        properties.add("schakel.federatie.keystore-wachtwoord", () -> TestCa.WACHTWOORD);
        properties.add("schakel.federatie.truststore", () -> CA.truststore().toString());
        properties.add("schakel.federatie.truststore-wachtwoord", () -> TestCa.WACHTWOORD);
        properties.add("schakel.federatie.partijen[0].oin", () -> ELDERS_OIN);
        properties.add("schakel.federatie.partijen[0].naam", () -> "Schakel Elders");
        properties.add("schakel.federatie.partijen[0].url", () -> "https://127.0.0.1:1");
        properties.add("schakel.federatie.partijen[0].organisaties", () -> ELDERS_ORGANISATIE);
        properties.add("schakel.federatie.partijen[0].regios[0].id", () -> ELDERS_REGIO);
        properties.add("schakel.federatie.partijen[0].regios[0].naam", () -> "Veilig Thuis Elders");
        // Elders also speaks for a register, so that its MATCH messages can be tried here; this instance serves the
        // register itself too (schakel.instantie.rollen, all three by default), which takes its REGISTRATIE in
        properties.add("schakel.federatie.partijen[0].register", () -> "true");
    }

    /** Hears the event Veilig Thuis will hear: published once per match, in the receipt's transaction. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MatchenGehoord {

        static final List<RegisterMatchOntvangen> GEHOORD = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Bean
        MatchOor matchOor() {
            return new MatchOor();
        }

        static class MatchOor {
            @EventListener
            public void on(RegisterMatchOntvangen e) {
                GEHOORD.add(e);
            }
        }
    }

    @Autowired
    KetenManagement keten;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KetenRegister register;

    /** This instance as Elders sees it. */
    private static final Partij HIER =
            new Partij(EIGEN_OIN, "Schakel Hier", URI.create("https://localhost:" + POORT), Map.of(), Set.of(), false);

    private static FederatieClient elders() {
        FederatieInstellingen instellingen = new FederatieInstellingen(
                true,
                ELDERS_OIN,
                "127.0.0.1",
                1,
                ELDERS.toString(),
                TestCa.WACHTWOORD,
                CA.truststore().toString(),
                TestCa.WACHTWOORD,
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                List.of());
        return new FederatieClient(instellingen, new FederatieSleutels(instellingen));
    }

    private VeiligThuisRegio noord() {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow();
    }

    private static Melding melding(TenantId organisatie, VeiligThuisRegio aan) {
        return TestMeldingen.ketenMelding(organisatie, new UserId(UUID.randomUUID()), aan, "Mo Elders");
    }

    private static byte[] envelop(UUID id, String soort, UUID van, TenantId aan, Object inhoud) {
        return BerichtJson.JSON.writeValueAsBytes(
                new Envelop(id, soort, van, aan.value(), BerichtJson.JSON.valueToTree(inhoud)));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void theSameMessagePostedTwiceIsStoredOnceAndItsEventPublishedOnce() throws Exception {
        Melding m = melding(TenantId.of(ELDERS_ORGANISATIE), noord());
        byte[] bericht = envelop(UUID.randomUUID(), "MELDING", UUID.fromString(ELDERS_ORGANISATIE), noord().id(), m);
        FederatieClient client = elders();

        FederatieAntwoord eerste = client.post(HIER, Bezorger.PAD, bericht);
        FederatieAntwoord tweede = client.post(HIER, Bezorger.PAD, bericht);

        assertThat(eerste.status()).isEqualTo(200);
        assertThat(new String(eerste.body(), StandardCharsets.UTF_8)).contains("NIEUW");
        assertThat(tweede.status()).isEqualTo(200);
        assertThat(new String(tweede.body(), StandardCharsets.UTF_8)).contains("HERHAALD");
        assertThat(count("SELECT count(*) FROM keten.melding WHERE id = ?", m.id()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?"
                                + " AND event_type LIKE '%MeldingSent'",
                        "%" + m.id() + "%"))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen'"
                                + " AND outcome = 'GESLAAGD' AND object_id = ? AND tenant_id = ?",
                        m.id().toString(),
                        noord().id().value()))
                .isEqualTo(1);
        // Veilig Thuis Demo-Noord takes it in as its own case, once
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM veiligthuis.zaak WHERE keten_melding_id = ?", m.id()) == 1);
        // and its status goes back to Elders through the outbox: Elders' organisation is not served here
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count(
                                "SELECT count(*) FROM keten.uitgaand_bericht WHERE soort = 'STATUS'"
                                        + " AND ontvanger_oin = ? AND ontvanger_tenant_id = ?",
                                ELDERS_OIN,
                                UUID.fromString(ELDERS_ORGANISATIE))
                        >= 1);
    }

    @Test
    void aPartySendingForATenantItDoesNotServeIsRefusedAndLogged() throws Exception {
        TenantId school = new TenantId(TestActors.tenantId(jdbc, TestActors.SCHOOL));
        Melding m = melding(school, noord());
        UUID berichtId = UUID.randomUUID();

        FederatieAntwoord antwoord =
                elders().post(HIER, Bezorger.PAD, envelop(berichtId, "MELDING", school.value(), noord().id(), m));

        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(new String(antwoord.body(), StandardCharsets.UTF_8))
                .contains("\"status\":403")
                .doesNotContain("Mo Elders");
        assertThat(count("SELECT count(*) FROM keten.melding WHERE id = ?", m.id()))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen'"
                                + " AND outcome = 'GEWEIGERD' AND object_id = ? AND purpose LIKE ?",
                        berichtId.toString(),
                        "%" + ELDERS_OIN + "%"))
                .isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotAMessageIs400() throws Exception {
        FederatieAntwoord antwoord = elders().post(HIER, Bezorger.PAD, "{\"soort\":\"MELDING\"}".getBytes());

        assertThat(antwoord.status()).isEqualTo(400);
    }

    private static String pseudoniem() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void aRegistrationFromARemoteRegionReachesTheRegisterOnceAndItsMatchGoesBackThroughTheOutbox() throws Exception {
        String pseudoniem = pseudoniem();
        VeiligThuisRegio elders = keten.regio(TenantId.of(ELDERS_REGIO)).orElseThrow();
        Registratie r = new Registratie(
                UUID.randomUUID(),
                elders,
                UUID.randomUUID(),
                List.of(new Registratie.Persoon(pseudoniem, Pseudoniemsoort.BSN, 1)),
                java.time.Instant.now().minusSeconds(3600),
                "Team Elders 010-1234567");
        byte[] bericht = envelop(UUID.randomUUID(), "REGISTRATIE", elders.id().value(), elders.id(), r);

        assertThat(elders().post(HIER, Bezorger.PAD, bericht).status()).isEqualTo(200);
        assertThat(new String(elders().post(HIER, Bezorger.PAD, bericht).body(), StandardCharsets.UTF_8))
                .contains("HERHAALD");
        assertThat(count("SELECT count(*) FROM keten.register_registratie WHERE id = ?", r.id()))
                .isEqualTo(1);

        // Demo-Noord (served here) registers the same person: the register tells both regions; Elders' copy leaves
        // through the outbox to the party that serves it
        register.registreer(new Registratie(
                UUID.randomUUID(),
                noord(),
                UUID.randomUUID(),
                List.of(new Registratie.Persoon(pseudoniem, Pseudoniemsoort.BSN, 1)),
                java.time.Instant.now(),
                "Team Noord 050-1234567"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count(
                                "SELECT count(*) FROM keten.uitgaand_bericht WHERE soort = 'MATCH'"
                                        + " AND ontvanger_oin = ? AND ontvanger_tenant_id = ?",
                                ELDERS_OIN,
                                UUID.fromString(ELDERS_REGIO))
                        == 1);
    }

    @Test
    void aMatchFromTheRegistersPartyIsKeptOnceAndAnnouncedToTheRegionOnce() throws Exception {
        VeiligThuisRegio noord = noord();
        RegisterMatch m = new RegisterMatch(
                UUID.randomUUID(),
                noord.id(),
                UUID.randomUUID(),
                pseudoniem(),
                Pseudoniemsoort.BSN,
                TenantId.of(ELDERS_REGIO),
                "Veilig Thuis Elders",
                java.time.Instant.now().minusSeconds(86400),
                null,
                "Team Elders 010-1234567");
        byte[] bericht = envelop(UUID.randomUUID(), "MATCH", UUID.fromString(ELDERS_REGIO), noord.id(), m);

        assertThat(elders().post(HIER, Bezorger.PAD, bericht).status()).isEqualTo(200);
        assertThat(elders().post(HIER, Bezorger.PAD, bericht).status()).isEqualTo(200);

        assertThat(register.match(noord.id(), m.id())).contains(m);
        assertThat(MatchenGehoord.GEHOORD)
                .filteredOn(e -> e.matchId().equals(m.id()))
                .hasSize(1);
    }
}
