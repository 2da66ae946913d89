package nl.schakel.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.WebITSupport;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.audit.AccessLog;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.DossierGebeurtenis;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.NewAfweging;
import nl.schakel.dossier.NewBeslissing;
import nl.schakel.dossier.NewConsultatie;
import nl.schakel.dossier.NewHulpplan;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.VirManagement;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Kindcheck;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read models of management information, filled from the dossier's events: a dossier made through the facades
 * gives its row with the moment of each step, the hulpplan and its re-evaluation, the closing and its VIR signal; a
 * repeated or late event changes nothing; and the demo's year of dossiers reaches the read model the same way.
 */
class ReportingLeesmodelIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierStappen stappen;

    @Autowired
    AfwegingManagement afwegingen;

    @Autowired
    VirManagement vir;

    @Autowired
    DossierGebeurtenisOntvangst ontvangst;

    @Autowired
    AccessLog accessLog;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private Map<String, Object> row(UUID dossier) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM reporting_dossier WHERE dossier_id = ?", Integer.class, dossier)
                        == 1);
        return jdbc.queryForMap("SELECT * FROM reporting_dossier WHERE dossier_id = ?", dossier);
    }

    /** Waits until the column has a value, and gives it. */
    private Object waitFor(UUID dossier, String kolom) {
        await().atMost(Duration.ofSeconds(20)).until(() -> row(dossier).get(kolom) != null);
        return row(dossier).get(kolom);
    }

    private Instant recorded(UUID entry) {
        return jdbc.queryForObject("SELECT recorded_at FROM dossier.journal_entry WHERE id = ?", Timestamp.class, entry)
                .toInstant();
    }

    private static Instant instant(Object timestamp) {
        return ((Timestamp) timestamp).toInstant();
    }

    private UUID signaal(Actor by, UUID id, String waarneming, VormVanGeweld vorm) {
        return dossiers.addSignaal(
                by, id, new NewSignaal(dossiers.today(), waarneming, SignaalSoort.FEIT, "", Set.of(vorm), false));
    }

    private UUID answer(Actor by, UUID id, int nummer, boolean antwoord) {
        return afwegingen.beantwoord(
                by,
                id,
                new NewAfweging(
                        nummer,
                        antwoord,
                        "reden " + nummer,
                        nummer == 3 ? EnumSet.allOf(HulpVereiste.class) : Set.of(),
                        nummer == 5 ? "elke maand bellen" : "",
                        null));
    }

    @Test
    void aDossierMadeThroughTheFacadesGivesItsRowWithTheMomentOfEachStep() {
        Actor leerkracht = actor("leerkracht");
        UUID id = dossiers.open(
                leerkracht,
                List.of(new NewBetrokkene(
                        "Sam Leesmodel",
                        LocalDate.of(2017, 3, 4),
                        TestBsn.generated(new java.util.Random()),
                        Relatie.KIND)));
        Map<String, Object> geopend = row(id);
        assertThat(geopend.get("tenant_id")).isEqualTo(leerkracht.tenantId().value());
        assertThat(geopend.get("team_id")).isEqualTo(leerkracht.teamId().value());
        assertThat(geopend.get("stap1_op")).isNull();

        UUID signaal = signaal(leerkracht, id, "gezien", VormVanGeweld.VERWAARLOZING);
        signaal(leerkracht, id, "nog eens", VormVanGeweld.VERWAARLOZING);
        UUID consultatie = dossiers.addConsultatie(
                leerkracht,
                id,
                new NewConsultatie(dossiers.today(), ConsultatieMet.AANDACHTSFUNCTIONARIS, "Anouk Aandacht", "praat"));
        UUID gesprek = stappen.addGesprek(
                leerkracht,
                id,
                Gesprek.of(true, dossiers.today(), "moeder", "zorgen", "begrip", null, "", null, dossiers.today()));
        UUID afweging1 = answer(leerkracht, id, 1, true);
        answer(leerkracht, id, 2, false);
        answer(leerkracht, id, 3, true);
        answer(leerkracht, id, 4, true);
        LocalDate herbeoordeling = dossiers.today().plusDays(30);
        UUID plan =
                afwegingen.hulpplan(leerkracht, id, new NewHulpplan("gesprekken", "intern begeleider", herbeoordeling));
        UUID beslissing1 = afwegingen.beslis(leerkracht, id, new NewBeslissing(1, false, "hulp", Set.of()));
        UUID signaalVir = vir.signaleer(
                leerkracht,
                id,
                dossiers.dossier(leerkracht, id).betrokkenen().getFirst().id());

        assertThat(instant(waitFor(id, "stap5_op"))).isEqualTo(recorded(beslissing1));
        Map<String, Object> r = row(id);
        assertThat(instant(r.get("stap1_op"))).as("the first signaal").isEqualTo(recorded(signaal));
        assertThat(instant(r.get("stap2_op"))).isEqualTo(recorded(consultatie));
        assertThat(instant(r.get("stap3_op"))).isEqualTo(recorded(gesprek));
        assertThat(instant(r.get("stap4_op"))).as("the first afweging").isEqualTo(recorded(afweging1));
        assertThat(instant(waitFor(id, "hulpplan_op"))).isEqualTo(recorded(plan));
        assertThat(row(id).get("herbeoordeling_op")).isEqualTo(java.sql.Date.valueOf(herbeoordeling));
        assertThat(row(id).get("herbeoordeeld_op")).isNull();
        assertThat(row(id).get("melding_op")).isNull();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForList("SELECT * FROM reporting_vir WHERE signaal_id = ?", signaalVir)
                                .size()
                        == 1);
        Map<String, Object> virRow = jdbc.queryForMap("SELECT * FROM reporting_vir WHERE signaal_id = ?", signaalVir);
        assertThat(virRow.get("team_id")).isEqualTo(leerkracht.teamId().value());
        assertThat(virRow.get("tot")).isNull();

        UUID verwijderd = vir.remove(leerkracht, id, signaalVir, "Niet meer nodig.");
        UUID afweging5 = answer(leerkracht, id, 5, true);
        UUID sluiting = afwegingen.sluitAf(leerkracht, id, "Hulp werkt.");

        assertThat(instant(waitFor(id, "gesloten_op"))).isEqualTo(recorded(sluiting));
        assertThat(row(id).get("gesloten_in_stap")).isEqualTo(5);
        assertThat(instant(waitFor(id, "herbeoordeeld_op")))
                .as("afweging 5 after the plan")
                .isEqualTo(recorded(afweging5));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForMap("SELECT * FROM reporting_vir WHERE signaal_id = ?", signaalVir)
                                .get("tot")
                        != null);
        assertThat(instant(jdbc.queryForMap("SELECT tot FROM reporting_vir WHERE signaal_id = ?", signaalVir)
                        .get("tot")))
                .isEqualTo(recorded(verwijderd));
    }

    @Test
    void aKindcheckAndAClosingAfterStep1() {
        Actor huisarts = actor("huisarts");
        UUID id = dossiers.open(
                huisarts, List.of(new NewBetrokkene("Kim Leesmodel", LocalDate.of(1990, 1, 2), "", Relatie.CLIENT)));
        signaal(huisarts, id, "vertelde", VormVanGeweld.PARTNERGEWELD);
        UUID kindcheck = stappen.addKindcheck(
                huisarts,
                id,
                Kindcheck.of(
                        Set.of(Kindcheck.Aanleiding.PARTNERGEWELD),
                        "",
                        Kindcheck.Minderjarigen.NEE,
                        null,
                        "",
                        null,
                        Kindcheck.Zwangerschap.NEE,
                        ""));
        afwegingen.sluitAf(huisarts, id, "Geen zorgen.");

        assertThat(instant(waitFor(id, "kindcheck_op"))).isEqualTo(recorded(kindcheck));
        waitFor(id, "gesloten_op");
        assertThat(row(id).get("gesloten_in_stap")).isEqualTo(1);
        assertThat(row(id).get("team_id")).as("the huisarts has no team").isNull();
        assertThat(row(id).get("stap2_op")).isNull();
    }

    @Test
    void anEventTakenTwiceOrBeforeTheOpeningGivesTheSameRows() {
        UUID dossier = UUID.randomUUID();
        TenantId tenant = new TenantId(UUID.randomUUID());
        TeamId team = TeamId.random();
        Instant t = Instant.parse("2026-01-05T09:00:00Z").truncatedTo(ChronoUnit.MILLIS);
        UUID plan1 = UUID.randomUUID();
        UUID plan2 = UUID.randomUUID();
        UUID a5voor = UUID.randomUUID();
        UUID a5na = UUID.randomUUID();
        UUID virSignaal = UUID.randomUUID();
        List<DossierGebeurtenis> gebeurtenissen = List.of(
                // out of order: the re-evaluation, the end of the VIR signal and a step before the opening
                new DossierGebeurtenis.Afweging5Beantwoord(dossier, tenant, a5na, 6, t.plus(Duration.ofDays(40))),
                new DossierGebeurtenis.VirSignaalBeeindigd(
                        dossier, tenant, UUID.randomUUID(), virSignaal, t.plus(Duration.ofDays(9))),
                new DossierGebeurtenis.StapGezet(dossier, tenant, UUID.randomUUID(), 1, t.plus(Duration.ofDays(2))),
                new DossierGebeurtenis.Geopend(dossier, tenant, team, t),
                new DossierGebeurtenis.StapGezet(dossier, tenant, UUID.randomUUID(), 1, t.plus(Duration.ofDays(1))),
                new DossierGebeurtenis.VirSignaalGemaakt(dossier, tenant, virSignaal, t.plus(Duration.ofDays(3))),
                new DossierGebeurtenis.HulpplanGemaakt(
                        dossier, tenant, plan2, LocalDate.of(2026, 3, 1), 5, t.plus(Duration.ofDays(20))),
                new DossierGebeurtenis.Afweging5Beantwoord(dossier, tenant, a5voor, 4, t.plus(Duration.ofDays(15))),
                new DossierGebeurtenis.HulpplanGemaakt(
                        dossier, tenant, plan1, LocalDate.of(2026, 2, 1), 3, t.plus(Duration.ofDays(10))),
                new DossierGebeurtenis.MeldingGedaan(dossier, tenant, UUID.randomUUID(), t.plus(Duration.ofDays(50))),
                new DossierGebeurtenis.Gesloten(dossier, tenant, UUID.randomUUID(), 5, t.plus(Duration.ofDays(60))));
        gebeurtenissen.forEach(ontvangst::neem);
        Map<String, Object> eenmaal = jdbc.queryForMap("SELECT * FROM reporting_dossier WHERE dossier_id = ?", dossier);
        Map<String, Object> virEenmaal = jdbc.queryForMap("SELECT * FROM reporting_vir WHERE dossier_id = ?", dossier);

        gebeurtenissen.reversed().forEach(ontvangst::neem);

        assertThat(jdbc.queryForMap("SELECT * FROM reporting_dossier WHERE dossier_id = ?", dossier))
                .isEqualTo(eenmaal);
        assertThat(jdbc.queryForMap("SELECT * FROM reporting_vir WHERE dossier_id = ?", dossier))
                .isEqualTo(virEenmaal);
        assertThat(eenmaal.get("team_id")).isEqualTo(team.value());
        assertThat(instant(eenmaal.get("geopend_op"))).isEqualTo(t);
        assertThat(instant(eenmaal.get("stap1_op"))).as("the first signaal").isEqualTo(t.plus(Duration.ofDays(1)));
        assertThat(instant(eenmaal.get("hulpplan_op"))).as("the latest plan").isEqualTo(t.plus(Duration.ofDays(20)));
        assertThat(eenmaal.get("herbeoordeling_op")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 3, 1)));
        assertThat(instant(eenmaal.get("herbeoordeeld_op")))
                .as("afweging 5 after the latest plan, not the one before it")
                .isEqualTo(t.plus(Duration.ofDays(40)));
        assertThat(instant(eenmaal.get("melding_op"))).isEqualTo(t.plus(Duration.ofDays(50)));
        assertThat(eenmaal.get("gesloten_in_stap")).isEqualTo(5);
        assertThat(instant(virEenmaal.get("van"))).isEqualTo(t.plus(Duration.ofDays(3)));
        assertThat(instant(virEenmaal.get("tot"))).isEqualTo(t.plus(Duration.ofDays(9)));
        assertThat(virEenmaal.get("team_id")).isEqualTo(team.value());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting_gebeurtenis WHERE dossier_id = ?", Integer.class, dossier))
                .isEqualTo(gebeurtenissen.size());
    }

    @Test
    void theDemoYearOfDossiersReachesTheReadModelThroughTheEvents() {
        UUID school = TestActors.tenantId(jdbc, TestActors.SCHOOL);
        List<UUID> demo = jdbc.queryForList(
                "SELECT object_id::uuid FROM audit.access_log WHERE event = 'dossier.demo.create'", UUID.class);
        assertThat(demo).hasSizeBetween(120, 250);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM reporting_dossier WHERE dossier_id = ANY (?)",
                                Integer.class,
                                (Object) demo.toArray(UUID[]::new))
                        == demo.size());
        String vanDeSchool = "FROM reporting_dossier WHERE tenant_id = '" + school + "' AND dossier_id = ANY (?)";
        Object ids = demo.toArray(UUID[]::new);
        assertThat(jdbc.queryForObject("SELECT count(*) " + vanDeSchool, Integer.class, ids))
                .isGreaterThanOrEqualTo(100);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT team_id) " + vanDeSchool, Integer.class, ids))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT max(geopend_op) - min(geopend_op) > interval '300 days' " + vanDeSchool,
                        Boolean.class,
                        ids))
                .as("opened over the past year")
                .isTrue();
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT gesloten_in_stap " + vanDeSchool + " AND gesloten_in_stap IS NOT NULL",
                        Short.class,
                        ids))
                .contains((short) 1, (short) 2, (short) 3, (short) 5);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) " + vanDeSchool + " AND herbeoordeling_op < current_date"
                                + " AND herbeoordeeld_op IS NULL AND gesloten_op IS NULL",
                        Integer.class,
                        ids))
                .as("hulpplannen overdue")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) " + vanDeSchool + " AND herbeoordeeld_op IS NOT NULL", Integer.class, ids))
                .as("hulpplannen re-evaluated")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) " + vanDeSchool + " AND melding_op IS NOT NULL", Integer.class, ids))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) " + vanDeSchool + " AND gesloten_op IS NULL", Integer.class, ids))
                .as("some still open")
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting_dossier WHERE kindcheck_op IS NOT NULL AND dossier_id = ANY (?)",
                        Integer.class,
                        ids))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM reporting_vir WHERE dossier_id = ANY (?)", Integer.class, ids))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.dossier d JOIN identity.account a ON a.id = d.owner_id"
                                + " WHERE d.id = ANY (?) AND a.username NOT LIKE 'demo-%'",
                        Integer.class, ids))
                .as("owned by the synthetic members only")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry e JOIN keten.melding m"
                                + " ON m.id = (e.payload ->> 'meldingId')::uuid WHERE e.kind = 'MELDING' AND e.dossier_id = ANY (?)",
                        Integer.class,
                        ids))
                .as("no melding of the history was sent to a region")
                .isZero();
        assertThat(accessLog.verifyChain().intact()).isTrue();
    }
}
