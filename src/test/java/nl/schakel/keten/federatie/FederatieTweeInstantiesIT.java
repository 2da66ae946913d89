package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.schakel.Application;
import nl.schakel.TestActors;
import nl.schakel.TestCa;
import nl.schakel.TestMeldingen;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.VtStatus;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two Schakel instances with their own databases, talking over the real federation connectors with certificates of a
 * test CA: this one (A, the school's) and a second one started by the test (B, serving the region
 * {@link #OVERZEE}). A melding to that region waits in A's outbox while B is down, with the error; once B is up and
 * the message is retried, B stores its own copy and opens a case, and only then does A mark it delivered; B's status
 * report travels back into A's keten tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FederatieTweeInstantiesIT {

    static final String OIN_A = "00000009000000000021";
    static final String OIN_B = "00000009000000000022";
    static final UUID OVERZEE = UUID.fromString("7a5e0000-0000-4000-8000-000000000023");

    static final TestCa CA;
    static final Path SLEUTEL_A;
    static final Path SLEUTEL_B;
    static final int POORT_A;
    static final int POORT_B;

    static {
        try {
            Path dir = Files.createTempDirectory("federatie-twee");
            dir.toFile().deleteOnExit();
            CA = TestCa.create(dir.resolve("ca"));
            SLEUTEL_A = CA.party("Schakel School", OIN_A);
            SLEUTEL_B = CA.party("Veilig Thuis Overzee", OIN_B);
            POORT_A = vrijePoort();
            POORT_B = vrijePoort();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket vrij = new ServerSocket(0)) {
            return vrij.getLocalPort();
        }
    }

    @DynamicPropertySource
    static void federatie(DynamicPropertyRegistry properties) {
        properties.add("schakel.federatie.enabled", () -> "true");
        properties.add("schakel.federatie.oin", () -> OIN_A);
        properties.add("schakel.federatie.poort", () -> POORT_A);
        properties.add("schakel.federatie.keystore", SLEUTEL_A::toString);
        properties.add("schakel.federatie.keystore-wachtwoord", () -> TestCa.WACHTWOORD);
        properties.add("schakel.federatie.truststore", () -> CA.truststore().toString());
        properties.add("schakel.federatie.truststore-wachtwoord", () -> TestCa.WACHTWOORD);
        properties.add("schakel.federatie.bezorgen", () -> "PT1S");
        properties.add("schakel.federatie.partijen[0].oin", () -> OIN_B);
        properties.add("schakel.federatie.partijen[0].naam", () -> "Veilig Thuis Overzee");
        properties.add("schakel.federatie.partijen[0].url", () -> "https://localhost:" + POORT_B);
        properties.add("schakel.federatie.partijen[0].regios[0].id", OVERZEE::toString);
        properties.add("schakel.federatie.partijen[0].regios[0].naam", () -> "Veilig Thuis Overzee");
    }

    @Autowired
    KetenManagement keten;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private Map<String, Object> rij(UUID meldingId) {
        return jdbc.queryForMap(
                "SELECT * FROM keten.uitgaand_bericht WHERE soort = 'MELDING' AND onderwerp_id = ?", meldingId);
    }

    private static int count(JdbcTemplate db, String sql, Object... args) {
        return db.queryForObject(sql, Integer.class, args);
    }

    /** Instance B on a database of its own in the same PostgreSQL server, its region created with its fixed id. */
    private ConfigurableApplicationContext startB(String school) {
        String database = "schakel_b_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("CREATE DATABASE " + database);
        String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        // as command-line arguments: they win over application.properties (default properties would not)
        ConfigurableApplicationContext b = new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--schakel.demo.enabled=false",
                        "--schakel.federatie.enabled=true",
                        "--schakel.federatie.oin=" + OIN_B,
                        "--schakel.federatie.poort=" + POORT_B,
                        "--schakel.federatie.keystore=" + SLEUTEL_B,
                        "--schakel.federatie.keystore-wachtwoord=" + TestCa.WACHTWOORD,
                        "--schakel.federatie.truststore=" + CA.truststore(),
                        "--schakel.federatie.truststore-wachtwoord=" + TestCa.WACHTWOORD,
                        "--schakel.federatie.bezorgen=PT1S",
                        "--schakel.federatie.partijen[0].oin=" + OIN_A,
                        "--schakel.federatie.partijen[0].naam=Schakel School",
                        "--schakel.federatie.partijen[0].url=https://localhost:" + POORT_A,
                        "--schakel.federatie.partijen[0].organisaties=" + school);
        new JdbcTemplate(b.getBean(DataSource.class))
                .update(
                        "INSERT INTO organisation.tenant (id, name, kind, created_at)"
                                + " VALUES (?, 'Veilig Thuis Overzee', 'VEILIG_THUIS_REGIO', now())",
                        OVERZEE);
        return b;
    }

    @Test
    void aMeldingWaitsWhileTheRegionIsDownThenArrivesOnceAndIsMarkedDeliveredAfterTheRegionStoredIt() {
        String school = TestActors.tenantId(jdbc, TestActors.SCHOOL).toString();
        UUID meldingId = TestMeldingen.vanuitDossier(
                        dossiers,
                        meldingen,
                        jdbc,
                        keten.regio(new TenantId(OVERZEE)).orElseThrow(),
                        "Lotte Overzee",
                        "",
                        "Een blauwe plek op de arm.",
                        "Volgen.",
                        id -> {})
                .meldingId();

        // B is not there: the attempt fails with the exception type, the melding is on its way
        await().atMost(Duration.ofSeconds(20)).until(() -> rij(meldingId).get("laatste_fout") != null);
        assertThat(rij(meldingId).get("afgeleverd_op")).isNull();
        assertThat((String) rij(meldingId).get("laatste_fout")).endsWith("Exception");
        assertThat(keten.aflevering(meldingId).afgeleverd()).isFalse();

        try (ConfigurableApplicationContext b = startB(school)) {
            JdbcTemplate bDb = new JdbcTemplate(b.getBean(DataSource.class));
            jdbc.update("UPDATE keten.uitgaand_bericht SET volgende_poging = now() WHERE onderwerp_id = ?", meldingId);

            await().atMost(Duration.ofSeconds(30)).until(() -> rij(meldingId).get("afgeleverd_op") != null);
            // delivered means stored over there: B's copy, and B's Veilig Thuis takes it in as a case
            assertThat(count(bDb, "SELECT count(*) FROM keten.melding WHERE id = ?", meldingId))
                    .isEqualTo(1);
            assertThat(count(bDb, "SELECT count(*) FROM keten.ontvangen_bericht WHERE soort = 'MELDING'"))
                    .isEqualTo(1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            count(bDb, "SELECT count(*) FROM veiligthuis.zaak WHERE keten_melding_id = ?", meldingId)
                                    == 1);
            assertThat(keten.aflevering(meldingId).afgeleverd()).isTrue();
            // both sides logged it
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.verzonden'"
                                    + " AND object_id = ?",
                            meldingId.toString()))
                    .isEqualTo(1);
            assertThat(count(
                            bDb,
                            "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen'"
                                    + " AND object_id = ?",
                            meldingId.toString()))
                    .isEqualTo(1);
            // the way back: B's status report is now in A's keten tables, for the dossier
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> keten.status(meldingId).isPresent());
            assertThat(keten.status(meldingId).orElseThrow().status()).isEqualTo(VtStatus.ONTVANGEN);
        }
    }
}
