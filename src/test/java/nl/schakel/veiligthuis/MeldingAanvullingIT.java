package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TestMeldingen;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewMelding;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.dossier.domain.RedenGeenGesprek;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.AanvullingOntvangen;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.DossierMelding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a melding carries and what Veilig Thuis reads (issue 9): step 3, the gesprek met de cliënt, travels with the
 * melding and arrives at the region in its structure; an aanvulling sent afterwards arrives on the same case once, as
 * a vervolgmelding while the case is open (rule 55); a second melding is never a silent duplicate; meldingen stored
 * before the gesprek was carried still read.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class MeldingAanvullingIT {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierStappen stappen;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Wachtrij wachtrij;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private Gesprek gesprek() {
        return Gesprek.of(
                true,
                dossiers.today(),
                "De moeder",
                "De blauwe plekken op haar arm.",
                "Moeder schrok en zei dat ze van de trap viel.",
                null,
                "",
                null,
                dossiers.today());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void theGesprekTravelsWithTheMeldingAndArrivesInItsStructure() {
        Actor leerkracht = actor("leerkracht");
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers,
                meldingen,
                keten,
                jdbc,
                "Gesprekkind Keten",
                "",
                "Blauwe plekken op de arm.",
                "Ik blijf haar volgen.",
                id -> stappen.addGesprek(leerkracht, id, gesprek()));

        Melding verstuurd = (Melding) dossiers.dossier(leerkracht, v.dossierId()).journal().stream()
                .filter(e -> e.payload() instanceof Melding)
                .findFirst()
                .orElseThrow()
                .payload();
        assertThat(verstuurd.inhoud().gesprekken()).extracting(Gesprek::metWie).containsExactly("De moeder");
        assertThat(keten.melding(TestMeldingen.noord(keten), v.meldingId())
                        .orElseThrow()
                        .gesprekken())
                .singleElement()
                .satisfies(g -> assertThat(g.reactie()).isEqualTo("Moeder schrok en zei dat ze van de trap viel."));

        UUID zaakId = TestMeldingen.zaakVan(jdbc, v.meldingId());
        ZaakView zaak = veiligThuis.zaak(actor("vt-noord"), zaakId);
        DossierMelding m = zaak.latest(DossierMelding.class).orElseThrow();
        assertThat(m.gesprekken()).singleElement().satisfies(g -> {
            assertThat(g.gevoerd()).isTrue();
            assertThat(g.metWie()).isEqualTo("De moeder");
            assertThat(g.besproken()).isEqualTo("De blauwe plekken op haar arm.");
        });
        assertThat(m.signalen()).singleElement().satisfies(s -> {
            assertThat(s.soort()).isEqualTo(SignaalSoort.FEIT);
            assertThat(s.disclosure()).isTrue();
        });
        assertThat(m.clientGeinformeerd()).isTrue();
        assertThat(zaak.journal().toString()).doesNotContain("De moeder", "0612345678");
    }

    @Test
    void aSkippedGesprekTravelsWithItsReason() {
        Actor leerkracht = actor("leerkracht");
        Gesprek overgeslagen = Gesprek.of(
                false,
                null,
                "",
                "",
                "",
                RedenGeenGesprek.VEILIGHEID_CLIENT,
                "Vader is gewelddadig.",
                true,
                dossiers.today());
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers,
                meldingen,
                keten,
                jdbc,
                "Overgeslagen Keten",
                "",
                "Angstig.",
                "Volgen.",
                id -> stappen.addGesprek(leerkracht, id, overgeslagen));
        ZaakView zaak = veiligThuis.zaak(actor("vt-noord"), TestMeldingen.zaakVan(jdbc, v.meldingId()));
        assertThat(zaak.latest(DossierMelding.class).orElseThrow().gesprekken())
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.gevoerd()).isFalse();
                    assertThat(g.redenGeenGesprek()).isEqualTo("VEILIGHEID_CLIENT");
                    assertThat(g.toelichting()).isEqualTo("Vader is gewelddadig.");
                    assertThat(g.alsnog()).isTrue();
                });
    }

    @Test
    void anAanvullingArrivesOnTheSameCaseOnceAsAVervolgmelding() {
        Actor leerkracht = actor("leerkracht");
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, "Aanvulkind Keten", "", "Eerste signaal.", "Volgen.", id -> {});
        UUID zaakId = TestMeldingen.zaakVan(jdbc, v.meldingId());
        dossiers.addSignaal(
                leerkracht,
                v.dossierId(),
                new NewSignaal(
                        dossiers.today(),
                        "Nieuw: ze vertelde over klappen.",
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                        true));
        assertThat(meldingen.aanvullingDraft(leerkracht, v.dossierId()).nieuw().signalen())
                .extracting(nl.schakel.dossier.domain.Signaal::waarneming)
                .containsExactly("Nieuw: ze vertelde over klappen.");

        meldingen.aanvullen(leerkracht, v.dossierId(), "  Ze vertelde het vanochtend zelf.  ");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM veiligthuis.aanvulling WHERE zaak_id = ?", zaakId) == 1);
        ZaakView zaak = veiligThuis.zaak(actor("vt-noord"), zaakId);
        AanvullingOntvangen a = zaak.latest(AanvullingOntvangen.class).orElseThrow();
        assertThat(a.tekst()).isEqualTo("Ze vertelde het vanochtend zelf.");
        assertThat(a.ketenMeldingId()).isEqualTo(v.meldingId());
        assertThat(a.signalen())
                .extracting(DossierMelding.Signaal::waarneming)
                .containsExactly("Nieuw: ze vertelde over klappen.");
        assertThat(a.classificatie()).isEqualTo(Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING);
        // the same case, never a second one
        assertThat(count(
                        "SELECT count(*) FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                                + " WHERE b.naam = ?",
                        "Aanvulkind Keten"))
                .isEqualTo(1);
        assertThat(wachtrij.laatsteAanvullingen(actor("vt-noord"), List.of(zaakId)))
                .containsKey(zaakId);
        // logged on both sides
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'dossier.aanvulling.send' AND object_id = ?",
                        v.dossierId().toString()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.aanvulling.ontvangen'"
                                + " AND object_id = ?",
                        zaakId.toString()))
                .isEqualTo(1);
        // ids only in the event registry
        assertThat(count("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?", "%vanochtend%"))
                .isZero();

        // delivered again: nothing more
        UUID aanvullingId = a.aanvullingId();
        veiligThuis.ontvangAanvulling(
                TestMeldingen.noord(keten),
                aanvullingId,
                v.meldingId(),
                "herhaald",
                List.of(),
                List.of(),
                List.of(),
                a.verzondenOp());
        assertThat(veiligThuis.zaak(actor("vt-noord"), zaakId).all(AanvullingOntvangen.class))
                .hasSize(1);

        // nothing new since the aanvulling
        assertThat(meldingen.aanvullingDraft(leerkracht, v.dossierId()).nieuw().isEmpty())
                .isTrue();
    }

    @Test
    void rule55_anAanvullingAfterTheCaseWasClosedIsKeptOnItAsAHermelding() {
        Actor leerkracht = actor("leerkracht");
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, "Gesloten Keten", "", "Signaal.", "Volgen.", id -> {});
        UUID zaakId = TestMeldingen.zaakVan(jdbc, v.meldingId());
        jdbc.update("UPDATE veiligthuis.zaak SET status = 'AFGESLOTEN' WHERE id = ?", zaakId);

        meldingen.aanvullen(leerkracht, v.dossierId(), "Het gaat weer mis.");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM veiligthuis.aanvulling WHERE zaak_id = ?", zaakId) == 1);
        AanvullingOntvangen a = veiligThuis
                .zaak(actor("vt-noord"), zaakId)
                .latest(AanvullingOntvangen.class)
                .orElseThrow();
        assertThat(a.classificatie()).isEqualTo(Classificatie.HERMELDING);
        assertThat(a.naAfsluiting()).isTrue();
    }

    @Test
    void aSecondMeldingIsNeverASilentDuplicate() {
        Actor leerkracht = actor("leerkracht");
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, "Tweemaal Keten", "", "Signaal.", "Volgen.", id -> {});
        UUID noord = TestMeldingen.noord(keten).id().value();

        assertThatThrownBy(() -> meldingen.send(
                        leerkracht, v.dossierId(), new NewMelding("Volgen.", true, "", null, noord, "0612345678")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("nogmaals", "melding.fout.aleerder"));
        assertThat(count(
                        "SELECT count(*) FROM keten.melding WHERE payload->'betrokkenen'->0->>'naam' = ?",
                        "Tweemaal Keten"))
                .isEqualTo(1);

        meldingen.send(leerkracht, v.dossierId(), new NewMelding("Volgen.", true, "", null, noord, "0612345678", true));
        assertThat(count(
                        "SELECT count(*) FROM keten.melding WHERE payload->'betrokkenen'->0->>'naam' = ?",
                        "Tweemaal Keten"))
                .isEqualTo(2);
    }

    @Test
    void anAanvullingNeedsAMeldingAndWordsAndStaysWithinTheTenant() {
        Actor leerkracht = actor("leerkracht");
        UUID zonderMelding = dossiers.open(
                leerkracht,
                List.of(new DossierManagement.NewBetrokkene(
                        "Zonder Melding", LocalDate.of(2017, 5, 6), "", nl.schakel.shared.Relatie.KIND)));
        assertThatThrownBy(() -> meldingen.aanvullen(leerkracht, zonderMelding, "Iets."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "aanvulling.fout.geenmelding"));

        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, "Woorden Keten", "", "Signaal.", "Volgen.", id -> {});
        assertThatThrownBy(() -> meldingen.aanvullen(leerkracht, v.dossierId(), "   "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("tekst", "aanvulling.fout.tekst")));
        assertThatThrownBy(() -> meldingen.aanvullen(actor("huisarts"), v.dossierId(), "Iets."))
                .isInstanceOf(NotFoundException.class);
        assertThat(count("SELECT count(*) FROM keten.aanvulling WHERE melding_id = ?", v.meldingId()))
                .isZero();
        assertThatThrownBy(() -> jdbc.update("TRUNCATE keten.aanvulling")).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE veiligthuis.aanvulling")).hasStackTraceContaining("append-only");
    }

    @Test
    void meldingenStoredBeforeTheGesprekWasCarriedStillRead() {
        Actor leerkracht = actor("leerkracht");
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, "Oude Keten", "", "Signaal.", "Volgen.", id -> {});
        UUID oud = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO keten.melding (id, van_tenant_id, aan_tenant_id, verzonden_op, payload)"
                        + " SELECT ?, van_tenant_id, aan_tenant_id, verzonden_op,"
                        + " jsonb_set(payload - 'gesprekken', '{id}', to_jsonb(?::text)) FROM keten.melding WHERE id = ?",
                oud,
                oud.toString(),
                v.meldingId());
        assertThat(keten.melding(TestMeldingen.noord(keten), oud))
                .hasValueSatisfying(m -> assertThat(m.gesprekken()).isEmpty());

        jdbc.update(
                "INSERT INTO dossier.journal_entry (id, dossier_id, recorded_at, author_id, author_name,"
                        + " author_role, kind, payload) SELECT ?, dossier_id, recorded_at, author_id,"
                        + " author_name, author_role, kind, payload #- '{inhoud,gesprekken}'"
                        + " FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'MELDING'",
                UUID.randomUUID(),
                v.dossierId());
        assertThat(dossiers.dossier(leerkracht, v.dossierId()).journal().stream()
                        .filter(e -> e.payload() instanceof Melding)
                        .map(e -> ((Melding) e.payload()).inhoud().gesprekken()))
                .hasSize(2)
                .allSatisfy(g -> assertThat(g).isEmpty());
    }

    @Test
    void anAanvullingWhoseMeldingWasNotTakenInYetBringsTheMeldingsCaseFirst() {
        Actor leerkracht = actor("leerkracht");
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, "Volgorde Keten", "", "Signaal.", "Volgen.", id -> {});
        TestMeldingen.zaakVan(jdbc, v.meldingId());
        // a melding whose own event was never handled: a copy under a new id, with another child
        UUID stil = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO keten.melding (id, van_tenant_id, aan_tenant_id, verzonden_op, payload)"
                        + " SELECT ?, van_tenant_id, aan_tenant_id, verzonden_op,"
                        + " jsonb_set(jsonb_set(payload, '{id}', to_jsonb(?::text)),"
                        + " '{betrokkenen,0,naam}', to_jsonb('Volgorde Later'::text))"
                        + " FROM keten.melding WHERE id = ?",
                stil,
                stil.toString(),
                v.meldingId());
        UUID aanvullingId = UUID.randomUUID();
        keten.aanvullen(
                leerkracht,
                new nl.schakel.keten.Aanvulling(
                        aanvullingId,
                        stil,
                        TestMeldingen.noord(keten),
                        leerkracht.tenantId(),
                        leerkracht.userId(),
                        "Eerder dan de melding aangekomen.",
                        List.of(),
                        List.of(),
                        List.of(),
                        java.time.Instant.now()));

        UUID zaakId = TestMeldingen.zaakVan(jdbc, stil);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("SELECT count(*) FROM veiligthuis.aanvulling WHERE zaak_id = ?", zaakId) == 1);
        ZaakView zaak = veiligThuis.zaak(actor("vt-noord"), zaakId);
        assertThat(zaak.betrokkenen()).extracting(d -> d.naam()).containsExactly("Volgorde Later");
        assertThat(zaak.latest(AanvullingOntvangen.class).orElseThrow().tekst())
                .isEqualTo("Eerder dan de melding aangekomen.");
    }
}
