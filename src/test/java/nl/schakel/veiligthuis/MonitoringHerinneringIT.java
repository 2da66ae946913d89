package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.schakel.Application;
import nl.schakel.TestActors;
import nl.schakel.shared.Actor;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Monitoringsplan;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import nl.schakel.web.TwoNodesIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder of a planned monitoring moment is sent exactly once with two nodes on one database: this test's
 * context is node A, a second complete application context is node B; both run the job at the same moment and again
 * afterwards, and the worker has one reminder with one access-log row.
 */
@SpringBootTest(properties = "schakel.veilig-thuis.monitoring-herinnering-cron=-")
class MonitoringHerinneringIT {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    MonitoringHerinnering nodeA;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    MonitoringManagement monitoring;

    @Autowired
    ZaakStore store;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("excludeTestConfigurations", new TwoNodesIT.ExcludeTestConfigurations()))
                .properties(
                        "server.port=0",
                        "management.server.port=0",
                        "schakel.veilig-thuis.monitoring-herinnering-cron=-",
                        "spring.datasource.hikari.maximum-pool-size=4")
                .run();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void twoNodesRunningTheJobAtOnceAndAgainSendTheReminderOfAMomentInTwoDaysOnce() throws Exception {
        Actor medewerker = TestActors.actor(jdbc, "vt-noord");
        LocalDate vandaag = LocalDate.ofInstant(Instant.now(), Intake.NL);
        UUID zaak = veiligThuis.registreer(medewerker, melding());
        LocalDate sinds = vandaag.minusMonths(3).plusDays(2);
        assertThat(store.updateStatus(zaak, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.MONITORING, sinds))
                .isTrue();
        LocalDate drie = Monitoringsplan.drieMaanden(sinds);

        MonitoringHerinnering opB = nodeB.getBean(MonitoringHerinnering.class);
        CyclicBarrier tegelijk = new CyclicBarrier(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> run(tegelijk, nodeA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> run(tegelijk, opB));
        CompletableFuture.allOf(a, b).get();
        nodeA.verstuur();
        opB.verstuur();

        assertThat(jdbc.queryForList(
                        "SELECT gepland FROM veiligthuis.monitoring_herinnering WHERE zaak_id = ?",
                        LocalDate.class,
                        zaak))
                .containsExactly(drie);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = ? AND object_id = ?",
                        Integer.class,
                        MonitoringHerinnering.EVENT,
                        zaak.toString()))
                .isEqualTo(1);
        assertThat(monitoring.open(medewerker))
                .filteredOn(h -> h.href().contains(zaak.toString()))
                .singleElement()
                .satisfies(h -> assertThat(h.datum()).isEqualTo(drie));
    }

    private static void run(CyclicBarrier tegelijk, MonitoringHerinnering node) {
        try {
            tegelijk.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        node.verstuur();
    }

    private static Intake melding() {
        Instant nu = Instant.now();
        return Intake.of(
                ZaakSoort.MELDING,
                nu.minusSeconds(60),
                Beller.BEROEPSKRACHT,
                false,
                new Intake.MelderInvoer("Huisarts Testmelder", "Praktijk Test", "0201234567", false),
                MelderCategorie.GEZONDHEIDSZORG,
                List.of(new Intake.PersoonInvoer(
                        "Herinnering " + UUID.randomUUID().toString().substring(0, 6),
                        LocalDate.of(2019, 5, 6),
                        Geslacht.VROUW,
                        "",
                        BetrokkeneRol.KIND_IN_HUISHOUDEN)),
                List.of(),
                Set.of(VormVanGeweld.ANDERS),
                false,
                "Test van de herinnering.",
                nu);
    }
}
