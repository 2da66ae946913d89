package nl.schakel.nationaal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the national data set (issue 14, ADR-0037) into a persistent embedded-PostgreSQL folder: starts Schakel once
 * on {@code ${nationaal.map}/pg} (Flyway and the demo data run), then fills it with {@link NationaleDataset}. Not part
 * of {@code verify} (its name matches neither {@code *Tests} nor {@code *IT}); run it with {@code scripts/nationaal.sh}
 * (see {@code docs/benchmarks.md}, "De nationale dataset"). The scheduled jobs are off while it runs: nothing else may
 * append to the access log while its rows are copied in.
 */
@SpringBootTest(
        properties = {
            "schakel.database.embedded.data-dir=${nationaal.map:/tmp/schakel-nationaal}/pg",
            "schakel.demo.enabled=true",
            "spring.main.banner-mode=off",
            "logging.level.nl.schakel=WARN",
            "schakel.audit.chain-check-cron=-",
            "schakel.audit.retention-cron=-",
            "schakel.concept.purge-cron=-",
            "schakel.dossier.herinnering-cron=-",
            "schakel.dossier.vir-expiry-cron=-",
            "schakel.register.bewaartermijn-cron=-",
            "schakel.scholing.herinnering-cron=-",
            "schakel.veilig-thuis.monitoring-herinnering-cron=-",
            "schakel.vt-register.herregistratie-cron=-"
        })
class NationaleDatasetBouw {

    @Autowired
    DataSource dataSource;

    @Autowired
    Werkdagkalender kalender;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${nationaal.map:/tmp/schakel-nationaal}")
    Path map;

    @Value("${nationaal.seed:20261205}")
    long seed;

    @Value("${nationaal.schaal:1.0}")
    double schaal;

    @Test
    void bouw() {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM organisation.tenant WHERE name LIKE 'Veilig Thuis Groningen')",
                Boolean.class))) {
            System.out.println("The national data set is already in " + map + "; remove the folder to build it again.");
            return;
        }
        Instant nu = Instant.now().truncatedTo(ChronoUnit.DAYS);
        long begin = System.nanoTime();
        NationaleDataset.Verslag verslag =
                NationaleDataset.vul(dataSource, kalender, new NationaleDataset.Instellingen(seed, schaal, nu), map);
        System.out.printf(
                "%nThe national data set in %s (%.1f min):%n%s%n",
                map, (System.nanoTime() - begin) / 6e10, verslag.tekst());
    }
}
