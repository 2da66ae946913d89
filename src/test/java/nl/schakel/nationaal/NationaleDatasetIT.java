package nl.schakel.nationaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.TestClockConfiguration;
import nl.schakel.audit.AccessLog;
import nl.schakel.reporting.persistence.GebeurtenisStore;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national data set's generator at a tiny scale (issue 14, ADR-0037), on its own embedded PostgreSQL (a folder in
 * {@code target/}, so the generated organisations and access-log rows never meet the other tests' shared database):
 * the planned number of rows lands in each table, the same seed gives the same content (digests of a second, dry run),
 * the access log's hash chain stays intact, the read models of {@code reporting} are what {@code reporting} itself
 * computes from the generated events, and a generated professional and Veilig Thuis worker log in with the demo
 * password and TOTP secret and open a generated dossier and case.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "schakel.audit.chain-check-cron=-",
            "schakel.dossier.vir-expiry-cron=-",
            "schakel.dossier.herinnering-cron=-"
        })
@Import(TestClockConfiguration.class)
class NationaleDatasetIT {

    private static final Path MAP = Path.of("target", "nationaal-it").toAbsolutePath();

    @DynamicPropertySource
    static void eigenDatabase(DynamicPropertyRegistry registry) {
        verwijder(MAP);
        registry.add(
                "schakel.database.embedded.data-dir", () -> MAP.resolve("pg").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Werkdagkalender kalender;

    @Autowired
    AccessLog accessLog;

    @Autowired
    GebeurtenisStore gebeurtenissen;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void generatesTheNationalDataSetAtATinyScale() throws IOException {
        NationaleDataset.Instellingen instellingen =
                new NationaleDataset.Instellingen(14, 0.001, clock.instant().truncatedTo(ChronoUnit.DAYS));
        // each table with its id: generated ids are of version 8 (Namen.id), the demo's of version 4
        Map<String, String> tabellen = Map.of(
                "organisation.tenant", "id",
                "identity.account", "id",
                "dossier.dossier", "id",
                "dossier.journal_entry", "id",
                "reporting_dossier", "dossier_id",
                "veiligthuis.zaak", "id",
                "veiligthuis.journal_entry", "id",
                "audit.access_log", "id");

        NationaleDataset.Verslag verslag = NationaleDataset.vul(dataSource, kalender, instellingen, MAP);

        // the planned rows, each in its table
        tabellen.forEach((tabel, id) -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM " + tabel + " WHERE " + id + "::text LIKE '________-____-8%'",
                        Long.class))
                .as(tabel)
                .isEqualTo(verslag.rijen().get(tabel)));
        long zaken = 0;
        for (int regio = 0; regio < instellingen.regios(); regio++) {
            long[] n = VeiligThuisZaken.aantallen(instellingen, regio);
            zaken += n[0] + n[1];
        }
        assertThat(verslag.rijen())
                .containsEntry("organisation.tenant", (long) instellingen.organisaties() + instellingen.regios())
                .containsEntry("dossier.dossier", instellingen.dossiers())
                .containsEntry("reporting_dossier", instellingen.dossiers())
                .containsEntry("veiligthuis.zaak", zaken)
                .containsEntry("audit.access_log", instellingen.toegangslog());
        assertThat(zaken)
                .isBetween(
                        instellingen.jarenVeiligThuis()
                                * (instellingen.meldingenPerJaar() + instellingen.adviezenPerJaar()),
                        instellingen.jarenVeiligThuis()
                                        * (instellingen.meldingenPerJaar() + instellingen.adviezenPerJaar())
                                + 2L * instellingen.regios());
        assertThat(verslag.rijen().get("dossier.journal_entry"))
                .isBetween(2 * instellingen.dossiers(), 4 * instellingen.dossiers());
        assertThat(Files.readAllLines(MAP.resolve("gebruikers.csv")))
                .hasSize((int) (long) verslag.rijen().get("identity.account") + 1)
                .first()
                .isEqualTo("gebruikersnaam;soort;tenant");
        assertThat(Files.readString(MAP.resolve("tijden.txt"))).contains("toegangslog", "dossiers", "veilig thuis");

        // the same seed, the same content; another seed, other content
        assertThat(NationaleDataset.dryRun(dataSource, kalender, instellingen).digests())
                .isEqualTo(verslag.digests());
        assertThat(NationaleDataset.dryRun(
                                dataSource,
                                kalender,
                                new NationaleDataset.Instellingen(15, instellingen.schaal(), instellingen.nu()))
                        .digests()
                        .get("dossier.journal_entry"))
                .isNotEqualTo(verslag.digests().get("dossier.journal_entry"));

        // one hash chain, the demo's rows and the generated ones
        assertThat(accessLog.verifyChain().intact()).isTrue();

        // the read models are what reporting computes from the generated events
        List<UUID> dossiers = jdbc.queryForList(
                "SELECT id FROM dossier.dossier WHERE id::text LIKE '10%' ORDER BY md5(id::text) LIMIT 300",
                UUID.class);
        String rij = "SELECT concat_ws('|', stap1_op, stap2_op, stap3_op, stap4_op, stap5_op, kindcheck_op, melding_op,"
                + " hulpplan_op, herbeoordeling_op, herbeoordeeld_op, gesloten_op, gesloten_in_stap)"
                + " || (SELECT coalesce(string_agg(concat_ws('|', signaal_id, van, tot), ',' ORDER BY signaal_id), '')"
                + " FROM reporting_vir v WHERE v.dossier_id = r.dossier_id) FROM reporting_dossier r WHERE dossier_id = ?";
        Map<UUID, String> gemaakt = new HashMap<>();
        dossiers.forEach(d -> gemaakt.put(d, jdbc.queryForObject(rij, String.class, d)));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting_dossier WHERE stap5_op IS NOT NULL AND dossier_id = ANY(?)",
                        Long.class,
                        (Object) dossiers.toArray(UUID[]::new)))
                .isPositive();
        transaction.executeWithoutResult(status -> {
            dossiers.forEach(gebeurtenissen::herbereken);
            dossiers.forEach(d -> assertThat(jdbc.queryForObject(rij, String.class, d))
                    .as("reporting row of dossier %s", d)
                    .isEqualTo(gemaakt.get(d)));
            status.setRollbackOnly();
        });

        // a generated professional opens a generated dossier of theirs; a generated worker a case of their region
        Map<String, Object> dossier = jdbc.queryForMap("SELECT d.id, a.username, b.naam FROM dossier.dossier d"
                + " JOIN identity.account a ON a.id = d.owner_id JOIN dossier.betrokkene b ON b.dossier_id = d.id"
                + " AND b.position = 0 WHERE a.username LIKE 'bk-%' OR a.username LIKE 'af-%'"
                + " ORDER BY (SELECT count(*) FROM dossier.journal_entry e WHERE e.dossier_id = d.id) DESC LIMIT 1");
        Browser professional = new Browser(port, clock, jdbc).login((String) dossier.get("username"));
        var pagina = professional.get("/dossiers/" + dossier.get("id"));
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains(((String) dossier.get("naam")).split(" ")[0]);
        assertThat(professional.get("/dossiers").statusCode()).isEqualTo(200);

        Map<String, Object> zaak = jdbc.queryForMap("SELECT z.id, a.username FROM veiligthuis.zaak z"
                + " JOIN identity.membership m ON m.tenant_id = z.tenant_id AND m.role = 'VT_MEDEWERKER'"
                + " JOIN identity.account a ON a.id = m.account_id WHERE a.username LIKE 'vt-0%'"
                + " AND z.soort = 'MELDING' AND z.status = 'AFGESLOTEN' ORDER BY z.id LIMIT 1");
        Browser werker = new Browser(port, clock, jdbc).login((String) zaak.get("username"));
        assertThat(werker.get("/veilig-thuis/zaken/" + zaak.get("id")).statusCode())
                .isEqualTo(200);
        assertThat(werker.get("/").statusCode()).isEqualTo(200);
    }

    private static void verwijder(Path map) {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            paden.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
