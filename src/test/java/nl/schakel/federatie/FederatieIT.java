package nl.schakel.federatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.schakel.SchakelProces;
import nl.schakel.demo.DemoTenants;
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

    @RegisterExtension
    static final Instanties instanties = new Instanties();

    static SchakelProces school;
    static SchakelProces noord;
    static SchakelProces register;

    @BeforeAll
    static void startTheThree() {
        Path pki = instanties.folder().resolve("pki");
        pki.toFile().mkdirs();
        KeytoolPki ca = new KeytoolPki(pki, "federatie-test-ca");
        List<Partij> partijen = List.of(
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

    private static long count(JdbcTemplate db, String sql) {
        Long count = db.queryForObject(sql, Long.class);
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
            s.put("schakel.federatie.keystore-wachtwoord", KeytoolPki.PASSWORD);
            s.put("schakel.federatie.truststore", truststore.toString());
            s.put("schakel.federatie.truststore-wachtwoord", KeytoolPki.PASSWORD);
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
