package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TestMeldingen;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.OverdrachtAanvaarding;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.KetenOverdrachten;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Ontvanger;
import nl.schakel.veiligthuis.domain.OverdrachtAangeboden;
import nl.schakel.veiligthuis.domain.OverdrachtBeantwoord;
import nl.schakel.veiligthuis.domain.Overdrachten;
import nl.schakel.veiligthuis.domain.Risicofactor;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overdracht (rules 36, 38, 45): Veilig Thuis offers it to receiving parties and records the answer of a party
 * outside Schakel; the first acceptance closes an overdracht na veiligheidsbeoordeling and starts monitoring after an
 * overdracht; the melder with a Schakel dossier receives the offer there through keten, sees what they take over and
 * answers, and the answer comes back once, however often it is delivered.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class OverdrachtIT {

    @Autowired
    OverdrachtManagement overdracht;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    OverdrachtAanvaarding aanvaarding;

    @Autowired
    KetenManagement keten;

    @Autowired
    KetenOverdrachten ketenOverdrachten;

    @Autowired
    ZaakStore store;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private UUID zaakIn(ZaakStatus status, String naam) {
        Instant now = Instant.now();
        UUID zaak = veiligThuis.registreer(
                actor("vt-noord"),
                VeiligThuisIntakeIT.melding(naam, LocalDate.of(2015, 3, 3), "", now.minusSeconds(60), now));
        vb.risicofactor(actor("vt-noord"), zaak, Risicofactor.of("Moeder heeft weinig steun in haar omgeving."));
        assertThat(store.updateStatus(zaak, ZaakStatus.VEILIGHEIDSBEOORDELING, status))
                .isTrue();
        return zaak;
    }

    private static OverdrachtInvoer aan(Ontvanger soort, String naam) {
        return new OverdrachtInvoer(soort, naam, "Gemeente Noord", "020 555 01 01", "Hulp aan het gezin.");
    }

    private static AntwoordInvoer antwoord(boolean aanvaard) {
        return new AntwoordInvoer(
                aanvaard,
                aanvaard ? "" : "Het team heeft geen plek.",
                "Wendy Wijk",
                LocalDate.now(nl.schakel.veiligthuis.domain.Intake.NL),
                OverdrachtBeantwoord.Wijze.TELEFOON);
    }

    private int logRows(String event, UUID zaak) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND object_id = ? AND outcome = 'GESLAAGD'",
                Integer.class,
                event,
                zaak.toString());
    }

    private ZaakStatus status(UUID zaak) {
        return ZaakStatus.valueOf(
                jdbc.queryForObject("SELECT status FROM veiligthuis.zaak WHERE id = ?", String.class, zaak));
    }

    @Test
    void rule36_theFirstAcceptanceOfAnOverdrachtNaVeiligheidsbeoordelingClosesTheCase() {
        UUID zaak = zaakIn(ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, "Overdracht Eerst");
        Actor vt = actor("vt-noord");
        UUID wijkteam = overdracht.biedAan(vt, zaak, aan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord"));
        UUID hulp = overdracht.biedAan(vt, zaak, aan(Ontvanger.BESTAANDE_HULP, "Praktijkondersteuner"));
        assertThat(logRows("veiligthuis.overdracht", zaak)).isEqualTo(2);
        OverdrachtAangeboden aanbod =
                veiligThuis.zaak(vt, zaak).all(OverdrachtAangeboden.class).getFirst();
        assertThat(aanbod.risicofactoren()).containsExactly("Moeder heeft weinig steun in haar omgeving.");
        assertThat(aanbod.ketenOverdrachtId()).isNull();

        assertThat(overdracht.legAntwoordVast(vt, zaak, wijkteam, antwoord(false)))
                .as("a refusal moves nothing")
                .isEqualTo(ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING);
        assertThatThrownBy(() -> overdracht.legAntwoordVast(vt, zaak, wijkteam, antwoord(true)))
                .as("a party answers once")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("partij", "overdracht.fout.albeantwoord"));

        assertThat(overdracht.legAntwoordVast(actor("gw-noord"), zaak, hulp, antwoord(true)))
                .isEqualTo(ZaakStatus.AFGESLOTEN);
        assertThat(status(zaak)).isEqualTo(ZaakStatus.AFGESLOTEN);
        assertThat(logRows("veiligthuis.overdracht.aanvaarding", zaak)).isEqualTo(2);
        Overdrachten o = Overdrachten.van(veiligThuis.zaak(vt, zaak).journal());
        assertThat(o.aanvaard()).isTrue();
        assertThat(o.partij(wijkteam).orElseThrow().antwoord().reden()).isEqualTo("Het team heeft geen plek.");

        assertThatThrownBy(() -> overdracht.biedAan(vt, zaak, aan(Ontvanger.ANDERS, "Nog iemand")))
                .as("a closed case is not handed over")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "overdracht.fout.nietinoverdracht"));
    }

    @Test
    void theTeamleiderReadsButMayNotOfferOrRecord() {
        UUID zaak = zaakIn(ZaakStatus.OVERDRACHT, "Overdracht Teamleider");
        Actor tl = actor("tl-noord");
        assertThatThrownBy(() -> overdracht.biedAan(tl, zaak, aan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overdracht.pagina(tl, zaak)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.overdracht'"
                                + " AND object_id = ? AND outcome <> 'GESLAAGD'",
                        Integer.class,
                        zaak.toString()))
                .isEqualTo(2);
        assertThat(overdracht.stand(veiligThuis.zaak(tl, zaak)).overdrachten().partijen())
                .isEmpty();
    }

    @Test
    void anOverdrachtNobodyAcceptedInTimeIsFlaggedForTheRegion() {
        UUID zaak = zaakIn(ZaakStatus.OVERDRACHT, "Overdracht Laat");
        Actor vt = actor("vt-noord");
        // an offer made three weeks ago, as the journal would hold it
        OverdrachtAangeboden oud = OverdrachtAangeboden.of(
                Ontvanger.LOKAAL_TEAM, "Wijkteam Noord", "", "", "Hulp aan het gezin.", java.util.List.of());
        store.insertEntry(JournalEntry.of(
                zaak,
                Instant.now().minus(Duration.ofDays(21)),
                vt.userId(),
                vt.displayName(),
                Role.VT_MEDEWERKER,
                null,
                oud));

        assertThat(overdracht.teLaat(actor("tl-noord"))).anySatisfy(s -> {
            assertThat(s.zaakId()).isEqualTo(zaak);
            assertThat(s.werkdagenTeLaat()).isPositive();
        });
        assertThat(overdracht.stand(veiligThuis.zaak(vt, zaak)).teLaat()).isTrue();

        overdracht.legAntwoordVast(vt, zaak, oud.partij(), antwoord(true));
        assertThat(status(zaak)).isEqualTo(ZaakStatus.MONITORING);
        assertThat(overdracht.teLaat(actor("tl-noord")))
                .noneSatisfy(s -> assertThat(s.zaakId()).isEqualTo(zaak));
    }

    private record Schakelzaak(UUID dossierId, UUID zaak) {}

    private Schakelzaak inOverdrachtUitDossier(String kind) {
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbc, kind, "", "Komt vaak met honger op school.", "Ik blijf volgen.");
        UUID zaak = TestMeldingen.zaakVan(jdbc, v.meldingId());
        Actor vt = actor("vt-noord");
        vb.risicofactor(vt, zaak, Risicofactor.of("Vader is zijn werk kwijt."));
        store.insertEntry(JournalEntry.of(
                zaak,
                Instant.now(),
                vt.userId(),
                vt.displayName(),
                Role.VT_MEDEWERKER,
                null,
                Veiligheidsvoorwaarde.of(
                        "Het kind krijgt elke ochtend ontbijt.", "Ouders", "School, dagelijks bij binnenkomst")));
        assertThat(store.updateStatus(zaak, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.OVERDRACHT))
                .isTrue();
        return new Schakelzaak(v.dossierId(), zaak);
    }

    private UUID overdrachtInDossier(UUID dossierId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'OVERDRACHT'",
                                Integer.class,
                                dossierId)
                        == 1);
        return UUID.fromString(jdbc.queryForObject(
                "SELECT payload->>'overdrachtId' FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'OVERDRACHT'",
                String.class,
                dossierId));
    }

    @Test
    void theMelderAcceptsInTheirDossierAndTheCaseMovesToMonitoring() {
        Schakelzaak s = inOverdrachtUitDossier("Kind Overdracht");
        Actor vt = actor("vt-noord");
        UUID partij = overdracht.biedAan(
                vt,
                s.zaak(),
                new OverdrachtInvoer(
                        Ontvanger.MELDER,
                        "Lotte Leerkracht",
                        "Basisschool De Schakel",
                        "",
                        "Zicht op het kind op school."));
        OverdrachtAangeboden aanbod =
                veiligThuis.zaak(vt, s.zaak()).all(OverdrachtAangeboden.class).getFirst();
        assertThat(aanbod.ketenOverdrachtId())
                .as("to the dossier through keten")
                .isNotNull();
        assertThatThrownBy(() -> overdracht.legAntwoordVast(vt, s.zaak(), partij, antwoord(true)))
                .as("the professional answers in Schakel herself")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("partij", "overdracht.fout.viaschakel"));

        UUID overdrachtId = overdrachtInDossier(s.dossierId());
        assertThat(overdrachtId).isEqualTo(aanbod.ketenOverdrachtId());
        Actor leerkracht = actor("leerkracht");
        OverdrachtAanvaarding.Aanbod inDossier = aanvaarding.aanbod(leerkracht, s.dossierId(), overdrachtId);
        assertThat(inDossier.open()).isTrue();
        assertThat(inDossier.overdracht().overname()).isEqualTo("Zicht op het kind op school.");
        assertThat(inDossier.overdracht().risicofactoren()).containsExactly("Vader is zijn werk kwijt.");
        assertThat(inDossier.overdracht().voorwaarden())
                .singleElement()
                .satisfies(v -> assertThat(v.tekst()).isEqualTo("Het kind krijgt elke ochtend ontbijt."));

        String href = "/dossiers/" + s.dossierId() + "/overdracht/" + overdrachtId;
        assertThat(aanvaarding.open(leerkracht))
                .as("a reminder on her home page while she has not answered")
                .anySatisfy(h -> assertThat(h.href()).isEqualTo(href));
        assertThat(aanvaarding.open(actor("af-school")))
                .as("not the owner")
                .noneSatisfy(h -> assertThat(h.href()).isEqualTo(href));

        aanvaarding.beantwoord(leerkracht, s.dossierId(), overdrachtId, true, "");
        assertThat(aanvaarding.open(leerkracht))
                .noneSatisfy(h -> assertThat(h.href()).isEqualTo(href));

        await().atMost(Duration.ofSeconds(20)).until(() -> status(s.zaak()) == ZaakStatus.MONITORING);
        OverdrachtBeantwoord b =
                veiligThuis.zaak(vt, s.zaak()).all(OverdrachtBeantwoord.class).getFirst();
        assertThat(b.aanvaard()).isTrue();
        assertThat(b.wijze()).isEqualTo(OverdrachtBeantwoord.Wijze.SCHAKEL);
        assertThat(b.door()).isEqualTo("Lotte Leerkracht");
        assertThat(logRows("veiligthuis.overdracht.ontvangen", s.zaak())).isEqualTo(1);

        // delivered again: recorded once
        var antwoord = ketenOverdrachten.antwoordOp(overdrachtId).orElseThrow();
        assertThat(overdracht.ontvangAntwoord(TestMeldingen.noord(keten), antwoord))
                .isFalse();
        assertThat(veiligThuis.zaak(vt, s.zaak()).all(OverdrachtBeantwoord.class))
                .hasSize(1);
        // and the dossier answers once
        assertThatThrownBy(() -> aanvaarding.beantwoord(leerkracht, s.dossierId(), overdrachtId, false, "Toch niet"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "overdracht.fout.albeantwoord"));
        assertThat(aanvaarding.aanbod(leerkracht, s.dossierId(), overdrachtId).open())
                .isFalse();
    }

    @Test
    void theMelderDeclinesWithAReasonAndTheCaseStaysInOverdracht() {
        Schakelzaak s = inOverdrachtUitDossier("Kind Weigering");
        Actor vt = actor("vt-noord");
        UUID partij = overdracht.biedAan(
                vt, s.zaak(), new OverdrachtInvoer(Ontvanger.MELDER, "Lotte Leerkracht", "", "", "Zicht op school."));
        UUID overdrachtId = overdrachtInDossier(s.dossierId());
        Actor leerkracht = actor("leerkracht");
        assertThatThrownBy(() -> aanvaarding.beantwoord(leerkracht, s.dossierId(), overdrachtId, false, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reden", "overdracht.fout.reden"));
        assertThatThrownBy(() -> aanvaarding.aanbod(actor("huisarts"), s.dossierId(), overdrachtId))
                .as("another organisation does not see the dossier")
                .isInstanceOf(nl.schakel.shared.NotFoundException.class);

        aanvaarding.beantwoord(leerkracht, s.dossierId(), overdrachtId, false, "Ik ben vanaf volgende maand weg.");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !veiligThuis
                        .zaak(vt, s.zaak())
                        .all(OverdrachtBeantwoord.class)
                        .isEmpty());
        Overdrachten.Partij p = Overdrachten.van(veiligThuis.zaak(vt, s.zaak()).journal())
                .partij(partij)
                .orElseThrow();
        assertThat(p.status()).isEqualTo(Overdrachten.Status.AFGEWEZEN);
        assertThat(p.antwoord().reden()).isEqualTo("Ik ben vanaf volgende maand weg.");
        assertThat(status(s.zaak())).isEqualTo(ZaakStatus.OVERDRACHT);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'dossier.overdracht.beantwoord'"
                                + " AND object_id = ? AND outcome = 'GESLAAGD'",
                        Integer.class,
                        s.dossierId().toString()))
                .isEqualTo(1);
    }

    @Test
    void anAnswerCannotBeForgedForAnotherOrganisation() {
        Schakelzaak s = inOverdrachtUitDossier("Kind Vervalsing");
        overdracht.biedAan(
                actor("vt-noord"),
                s.zaak(),
                new OverdrachtInvoer(Ontvanger.MELDER, "Lotte Leerkracht", "", "", "Zicht op school."));
        UUID overdrachtId = overdrachtInDossier(s.dossierId());
        Actor huisarts = actor("huisarts");
        assertThatThrownBy(() -> ketenOverdrachten.beantwoorden(
                        huisarts,
                        new nl.schakel.keten.OverdrachtAntwoord(
                                UUID.randomUUID(),
                                overdrachtId,
                                ketenOverdrachten
                                        .overdracht(overdrachtId)
                                        .orElseThrow()
                                        .meldingId(),
                                true,
                                null,
                                "Hanna Huisarts",
                                huisarts.tenantId(),
                                "Huisartsenpraktijk Het Plein",
                                new UserId(huisarts.userId().value()),
                                Instant.now())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "overdracht.fout.onbekend"));
    }
}
