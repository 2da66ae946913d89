package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.TestActors;
import nl.schakel.TestCa;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TestMeldingen;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.keten.Aflevering;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.Melding;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox and the inbox in one instance, with the HTTP client replaced: a party "Elders" serves the region
 * {@link #ELDERS_REGIO} (not a tenant here) and the organisation {@link #ELDERS_ORGANISATIE}. A melding to that region
 * goes into the outbox in the action's transaction instead of being published, is delivered with back-off and marked
 * delivered only on a 2xx; a message from Elders about its organisation is taken in once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "schakel.federatie.enabled=true",
            "schakel.federatie.oin=" + FederatieUitgangIT.EIGEN_OIN,
            "schakel.federatie.bezorgen=PT1H",
            "schakel.federatie.partijen[0].oin=" + FederatieUitgangIT.ELDERS_OIN,
            "schakel.federatie.partijen[0].naam=Schakel Elders",
            "schakel.federatie.partijen[0].url=https://127.0.0.1:9",
            "schakel.federatie.partijen[0].regios[0].id=" + FederatieUitgangIT.ELDERS_REGIO,
            "schakel.federatie.partijen[0].regios[0].naam=Veilig Thuis Elders",
            "schakel.federatie.partijen[0].organisaties=" + FederatieUitgangIT.ELDERS_ORGANISATIE
        })
@Import(TestClockConfiguration.class)
class FederatieUitgangIT {

    static final String EIGEN_OIN = "00000009000000000001";
    static final String ELDERS_OIN = "00000009000000000002";
    static final String ELDERS_REGIO = "7a5e0000-0000-4000-8000-000000000001";
    static final String ELDERS_ORGANISATIE = "7a5e0000-0000-4000-8000-000000000002";

    static final TestCa CA;
    static final Path EIGEN;
    static final int POORT;

    static {
        try {
            Path dir = Files.createTempDirectory("federatie-uitgang");
            dir.toFile().deleteOnExit();
            CA = TestCa.create(dir.resolve("ca"));
            EIGEN = CA.party("Schakel Hier", EIGEN_OIN);
            try (ServerSocket vrij = new ServerSocket(0)) {
                POORT = vrij.getLocalPort();
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void sleutels(DynamicPropertyRegistry properties) {
        properties.add("schakel.federatie.poort", () -> POORT);
        properties.add("schakel.federatie.keystore", EIGEN::toString);
        properties.add("schakel.federatie.keystore-wachtwoord", () -> TestCa.WACHTWOORD);
        properties.add("schakel.federatie.truststore", () -> CA.truststore().toString());
        properties.add("schakel.federatie.truststore-wachtwoord", () -> TestCa.WACHTWOORD);
    }

    /** The HTTP client, replaced: these tests decide what the receiving party answers. */
    @MockitoBean
    FederatieClient client;

    @Autowired
    KetenManagement keten;

    @Autowired
    Bezorger bezorger;

    @Autowired
    Inbox inbox;

    @Autowired
    Partijen partijen;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @LocalServerPort
    int port;

    @BeforeEach
    void nietsBereikbaar() throws FederatieOnbereikbaar {
        when(client.post(any(), eq(Bezorger.PAD), any()))
                .thenThrow(new FederatieOnbereikbaar(new java.net.ConnectException()));
    }

    private VeiligThuisRegio noord() {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow();
    }

    private VeiligThuisRegio elders() {
        return keten.regio(TenantId.of(ELDERS_REGIO)).orElseThrow();
    }

    private Melding melding(Actor melder, TenantId organisatie, VeiligThuisRegio aan) {
        return melding(melder.userId(), organisatie, aan);
    }

    private Melding melding(UserId melder, TenantId organisatie, VeiligThuisRegio aan) {
        return TestMeldingen.ketenMelding(organisatie, melder, aan, "Sam Elders");
    }

    private UUID verstuurNaarElders() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        return keten.send(leerkracht, melding(leerkracht, leerkracht.tenantId(), elders()));
    }

    private Map<String, Object> rij(UUID meldingId) {
        return jdbc.queryForMap("SELECT * FROM keten.uitgaand_bericht WHERE onderwerp_id = ?", meldingId);
    }

    /** Makes the message due by Schakel's (test) clock, which stands still unless moved. */
    private void nuProberen(UUID onderwerp) {
        jdbc.update("UPDATE keten.uitgaand_bericht SET volgende_poging = gemaakt_op WHERE onderwerp_id = ?", onderwerp);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void aRemoteRegionIsOfferedWithItsConfiguredNameBesideTheLocalOnes() {
        assertThat(keten.veiligThuisRegios())
                .extracting(VeiligThuisRegio::naam)
                .contains("Veilig Thuis Demo-Noord", "Veilig Thuis Elders");
        assertThat(elders().naam()).isEqualTo("Veilig Thuis Elders");
    }

    @Test
    void aMeldingToARemoteRegionIsAnOutboxRowInsteadOfAnEventAndNoPersonalDataIsInIt() {
        UUID id = verstuurNaarElders();

        Map<String, Object> rij = rij(id);
        assertThat(rij.get("soort")).isEqualTo("MELDING");
        assertThat(rij.get("ontvanger_oin")).isEqualTo(ELDERS_OIN);
        assertThat(rij.get("ontvanger_tenant_id")).hasToString(ELDERS_REGIO);
        assertThat(rij.values()).noneMatch(v -> String.valueOf(v).contains("Sam Elders"));
        // not published in-process: no event in the registry and no case of this instance's Veilig Thuis
        assertThat(count("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?", "%" + id + "%"))
                .isZero();
        assertThat(count("SELECT count(*) FROM veiligthuis.zaak WHERE keten_melding_id = ?", id))
                .isZero();
    }

    @Test
    void noOutboxRowWhenTheActionRollsBack() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        Melding m = melding(leerkracht, leerkracht.tenantId(), elders());

        tx.executeWithoutResult(s -> {
            keten.send(leerkracht, m);
            s.setRollbackOnly();
        });

        assertThat(count("SELECT count(*) FROM keten.uitgaand_bericht WHERE onderwerp_id = ?", m.id()))
                .isZero();
        assertThat(count("SELECT count(*) FROM keten.melding WHERE id = ?", m.id()))
                .isZero();
    }

    @Test
    void aFailedDeliveryKeepsTheErrorTypeAndBacksOffThenA2xxMarksItDelivered() throws Exception {
        UUID id = verstuurNaarElders();

        // the nudge after the commit tries at once; the receiver cannot be reached
        await().atMost(Duration.ofSeconds(10)).until(() -> ((Number) rij(id).get("pogingen")).intValue() >= 1);
        Map<String, Object> mislukt = rij(id);
        assertThat(mislukt.get("laatste_fout")).isEqualTo("ConnectException");
        assertThat(mislukt.get("afgeleverd_op")).isNull();
        // the next try waits (2 s after the first failure by Schakel's clock)
        assertThat(((java.sql.Timestamp) mislukt.get("volgende_poging")).toInstant())
                .isAfter(((java.sql.Timestamp) mislukt.get("gemaakt_op")).toInstant());
        Aflevering onderweg = keten.aflevering(id);
        assertThat(onderweg.afgeleverd()).isFalse();
        assertThat(onderweg.mislukt()).isTrue();

        // the receiver answers 503: an HTTP status as the error, still not delivered
        when(client.post(any(), eq(Bezorger.PAD), any())).thenReturn(new FederatieAntwoord(503, new byte[0]));
        nuProberen(id);
        bezorger.bezorgen();
        assertThat(rij(id).get("laatste_fout")).isEqualTo("HTTP 503");
        assertThat(rij(id).get("afgeleverd_op")).isNull();

        // the receiver stored it and answered 200
        when(client.post(any(), eq(Bezorger.PAD), any())).thenReturn(new FederatieAntwoord(200, new byte[0]));
        nuProberen(id);
        bezorger.bezorgen();
        assertThat(rij(id).get("afgeleverd_op")).isNotNull();
        assertThat(keten.aflevering(id).afgeleverd()).isTrue();
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.verzonden' AND object_id = ?",
                        id.toString()))
                .isEqualTo(1);
    }

    @Test
    void aMeldingToALocalRegionIsDeliveredInProcessAsBefore() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        VeiligThuisRegio noord = noord();
        UUID id = keten.send(leerkracht, melding(leerkracht, leerkracht.tenantId(), noord));

        assertThat(count("SELECT count(*) FROM keten.uitgaand_bericht WHERE onderwerp_id = ?", id))
                .isZero();
        assertThat(keten.aflevering(id)).isEqualTo(Aflevering.HIER);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM veiligthuis.zaak WHERE keten_melding_id = ?", id) == 1);
    }

    private byte[] envelop(UUID berichtId, String soort, String van, TenantId aan, Object inhoud) {
        return BerichtJson.JSON.writeValueAsBytes(
                new Envelop(berichtId, soort, UUID.fromString(van), aan.value(), BerichtJson.JSON.valueToTree(inhoud)));
    }

    @Test
    void aMeldingFromARemoteOrganisationIsStoredOnceAndItsEventPublishedOnce() {
        Partij eldersPartij = partijen.vanOin(ELDERS_OIN).orElseThrow();
        VeiligThuisRegio noord = noord();
        Melding m = melding(new UserId(UUID.randomUUID()), TenantId.of(ELDERS_ORGANISATIE), noord);
        byte[] bericht = envelop(UUID.randomUUID(), "MELDING", ELDERS_ORGANISATIE, noord.id(), m);

        assertThat(inbox.ontvang(eldersPartij, bericht)).isEqualTo(Inbox.Ontvangst.NIEUW);
        assertThat(inbox.ontvang(eldersPartij, bericht)).isEqualTo(Inbox.Ontvangst.HERHAALD);

        assertThat(count("SELECT count(*) FROM keten.melding WHERE id = ?", m.id()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?"
                                + " AND event_type LIKE '%MeldingSent'",
                        "%" + m.id() + "%"))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen' AND object_id = ?",
                        m.id().toString()))
                .isEqualTo(1);
        // Veilig Thuis takes it in as from a local dossier, although the melder's organisation is not a tenant here
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM veiligthuis.zaak WHERE keten_melding_id = ?", m.id()) == 1);
    }

    @Test
    void aPartySendingAboutATenantItDoesNotServeIsRefusedAndLogged() {
        Partij eldersPartij = partijen.vanOin(ELDERS_OIN).orElseThrow();
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        VeiligThuisRegio noord = noord();
        // Elders pretends to send for the school, which it does not serve
        Melding m = melding(leerkracht, leerkracht.tenantId(), noord);
        UUID berichtId = UUID.randomUUID();
        byte[] bericht = envelop(berichtId, "MELDING", leerkracht.tenantId().toString(), noord.id(), m);

        assertThatThrownBy(() -> inbox.ontvang(eldersPartij, bericht)).isInstanceOf(AccessDeniedException.class);

        assertThat(count("SELECT count(*) FROM keten.melding WHERE id = ?", m.id()))
                .isZero();
        assertThat(count("SELECT count(*) FROM keten.ontvangen_bericht WHERE id = ?", berichtId))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.bericht.ontvangen'"
                                + " AND outcome = 'GEWEIGERD' AND object_id = ? AND purpose LIKE ?",
                        berichtId.toString(),
                        "%" + ELDERS_OIN + "%"))
                .isEqualTo(1);
    }

    @Test
    void aStatusAboutAMeldingWeDidNotSendToThatRegionIsRefused() {
        Partij eldersPartij = partijen.vanOin(ELDERS_OIN).orElseThrow();
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        UUID meldingNaarNoord = keten.send(leerkracht, melding(leerkracht, leerkracht.tenantId(), noord()));
        var status = new StatusBericht.Inhoud(
                UUID.randomUUID(),
                new nl.schakel.keten.MeldingStatus(
                        meldingNaarNoord, nl.schakel.keten.VtStatus.AFGESLOTEN, null, Instant.now()));

        assertThatThrownBy(() -> inbox.ontvang(
                        eldersPartij,
                        envelop(UUID.randomUUID(), "STATUS", ELDERS_REGIO, leerkracht.tenantId(), status)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT count(*) FROM keten.melding_status WHERE id = ?", status.id()))
                .isZero();
    }

    @Test
    void theDossierSaysNotYetDeliveredUntilTheRegionsInstanceHasTheMelding() throws Exception {
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, jdbc, elders(), "Noa Onderweg", "", "Een blauwe plek.", "Volgen.", id -> {});
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ((Number) rij(v.meldingId()).get("pogingen")).intValue() >= 1);
        Browser leerkracht = new Browser(port, clock, jdbc).login("leerkracht");

        String onderweg = leerkracht.get("/dossiers/" + v.dossierId()).body();
        assertThat(onderweg)
                .contains("Nog niet afgeleverd bij Veilig Thuis.")
                .contains("Schakel probeert het opnieuw")
                .doesNotContain("Verzonden aan Veilig Thuis Elders");

        when(client.post(any(), eq(Bezorger.PAD), any())).thenReturn(new FederatieAntwoord(200, new byte[0]));
        nuProberen(v.meldingId());
        bezorger.bezorgen();

        String afgeleverd = leerkracht.get("/dossiers/" + v.dossierId()).body();
        assertThat(afgeleverd).doesNotContain("Nog niet afgeleverd").contains("Verzonden aan Veilig Thuis Elders");
    }

    @Test
    void thePlatformbeheerderSeesWhatIsOnItsWayWithoutPersonalDataAndCanRetryIt() {
        UUID meldingId = verstuurNaarElders();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ((Number) rij(meldingId).get("pogingen")).intValue() >= 1);
        UUID berichtId = (UUID) rij(meldingId).get("id");
        Browser platform = new Browser(port, clock, jdbc).login("platform");

        String pagina = platform.get("/platform/keten").body();
        assertThat(pagina)
                .contains("Schakel Elders")
                .contains(ELDERS_OIN)
                .contains("ConnectException")
                .contains("/platform/keten/" + berichtId + "/opnieuw")
                .doesNotContain("Sam Elders");

        // a day after the test clock (which other test classes in this JVM may have moved ahead of the wall clock)
        Instant later = clock.instant().plus(Duration.ofDays(1));
        jdbc.update(
                "UPDATE keten.uitgaand_bericht SET volgende_poging = ? WHERE id = ?",
                java.sql.Timestamp.from(later),
                berichtId);
        var antwoord = platform.post("/platform/keten", "/platform/keten/" + berichtId + "/opnieuw");

        assertThat(antwoord.statusCode()).isEqualTo(302);
        // tried at once (and, still unreachable, set 2 s after that by the nudge), no longer an hour from now
        assertThat(((java.sql.Timestamp) rij(meldingId).get("volgende_poging")).toInstant())
                .isBefore(later);
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'keten.beheer.opnieuw' AND object_id = ?",
                        berichtId.toString()))
                .isEqualTo(1);
        // someone else may not
        Browser leerkracht = new Browser(port, clock, jdbc).login("leerkracht");
        assertThat(leerkracht.get("/platform/keten").statusCode()).isEqualTo(403);
    }
}
