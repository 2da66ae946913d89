package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.MeldingSent;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The melding to Veilig Thuis from a dossier: pre-filled from the journal, recorded in the journal, kept by keten
 * and published in one transaction with one access-log row; bad input and other tenants change nothing.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class DossierMeldingIT {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private UUID dossierWithASignaalAndAConsultatie() {
        Actor leerkracht = actor("leerkracht");
        UUID id = dossiers.open(
                leerkracht,
                List.of(new NewBetrokkene("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "111222333", Relatie.KIND)));
        dossiers.addSignaal(
                leerkracht,
                id,
                new NewSignaal(
                        dossiers.today(),
                        "Blauwe plekken op beide armen.",
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.ANDERS),
                        false));
        dossiers.addConsultatie(
                leerkracht,
                id,
                new NewConsultatie(dossiers.today(), ConsultatieMet.VEILIG_THUIS_ADVIES, "", "Melden is nodig."));
        return id;
    }

    private VeiligThuisRegio noord() {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow();
    }

    private NewMelding melding(UUID regio) {
        return new NewMelding("Ik blijf Sam op school volgen.", true, "", true, regio, "0612345678");
    }

    private int ketenRows(UUID meldingId) {
        return jdbc.queryForObject("SELECT count(*) FROM keten.melding WHERE id = ?", Integer.class, meldingId);
    }

    private int journalMeldingen(UUID dossier) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'MELDING'",
                Integer.class,
                dossier);
    }

    private int logRows(UUID dossier, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'dossier' AND object_id = ?"
                        + " AND event = 'dossier.melding.send' AND outcome = ?",
                Integer.class,
                dossier.toString(),
                outcome);
    }

    @Test
    void theKnownRegionsAreTheVeiligThuisTenants() {
        assertThat(keten.veiligThuisRegios())
                .extracting(VeiligThuisRegio::naam)
                .contains("Veilig Thuis Demo-Noord", "Veilig Thuis Demo-Zuid")
                .doesNotContain(TestActors.SCHOOL, TestActors.PRAKTIJK);
    }

    @Test
    void theDraftIsPrefilledFromTheDossier() {
        UUID id = dossierWithASignaalAndAConsultatie();

        MeldingDraft draft = meldingen.draft(actor("leerkracht"), id);

        assertThat(draft.eersteNaam()).isEqualTo("Sam Voorbeeld");
        assertThat(draft.inhoud().signalen())
                .singleElement()
                .satisfies(s -> assertThat(s.waarneming()).isEqualTo("Blauwe plekken op beide armen."));
        assertThat(draft.inhoud().consultaties()).hasSize(1);
        assertThat(draft.regios()).contains(noord());
    }

    @Test
    void aSentMeldingIsRecordedKeptPublishedAndLoggedOnce() {
        UUID id = dossierWithASignaalAndAConsultatie();
        Actor leerkracht = actor("leerkracht");

        UUID entryId = meldingen.send(leerkracht, id, melding(noord().id().value()));

        DossierView view = dossiers.dossier(leerkracht, id);
        Melding recorded = (Melding) view.entry(entryId).orElseThrow().payload();
        assertThat(recorded.regioNaam()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(recorded.inhoud().signalen()).hasSize(1);
        assertThat(recorded.inhoud().betrokkenen())
                .singleElement()
                .satisfies(b -> assertThat(b.bsn().value()).isEqualTo("111222333"));
        assertThat(recorded.anoniemNaarGezin()).isTrue();

        assertThat(ketenRows(recorded.meldingId())).isEqualTo(1);
        assertThat(keten.melding(noord(), recorded.meldingId())).get().satisfies(m -> {
            assertThat(m.betrokkenen())
                    .singleElement()
                    .satisfies(b -> assertThat(b.naam()).isEqualTo("Sam Voorbeeld"));
            assertThat(m.melder().naam()).isEqualTo(leerkracht.displayName());
            assertThat(m.melder().organisatieNaam()).isEqualTo(TestActors.SCHOOL);
            assertThat(m.melder().contact()).isEqualTo("0612345678");
            assertThat(m.consultaties()).hasSize(1);
        });

        assertThat(events.stream(MeldingSent.class).filter(e -> e.meldingId().equals(recorded.meldingId())))
                .singleElement()
                .satisfies(e -> assertThat(e.aan()).isEqualTo(noord().id()));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE '%Blauwe plekken%'",
                        Integer.class))
                .as("the event registry holds ids only, no personal data (ADR-0013)")
                .isZero();

        assertThat(logRows(id, "GESLAAGD")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT segment FROM audit.access_log WHERE object_id = ? AND event = 'dossier.melding.send'",
                        String.class,
                        id.toString()))
                .isEqualTo("melding");
    }

    @Test
    void rule17_notInformingTheClientWithoutAReasonIsRefusedAndNothingIsSentOrSaved() {
        UUID id = dossierWithASignaalAndAConsultatie();
        Actor leerkracht = actor("leerkracht");
        long before = events.stream(MeldingSent.class).count();

        assertThatThrownBy(() -> meldingen.send(
                        leerkracht,
                        id,
                        new NewMelding(
                                "Volgen.", false, "  ", false, noord().id().value(), "06")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("redenNietGeinformeerd", "melding.fout.reden"));
        assertThatThrownBy(() -> meldingen.send(leerkracht, id, new NewMelding(" ", null, "", false, null, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("regio", "watBlijfIkDoen", "clientGeinformeerd", "contact"));
        UUID school = TestActors.tenantId(jdbc, TestActors.SCHOOL);
        assertThatThrownBy(() -> meldingen.send(leerkracht, id, melding(school)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("regio"));

        assertThat(journalMeldingen(id)).isZero();
        assertThat(logRows(id, "GESLAAGD")).isZero();
        assertThat(events.stream(MeldingSent.class).count()).isEqualTo(before);
    }

    @Test
    void anotherTenantsUserIsToldNotFoundAndNothingIsSent() {
        UUID id = dossierWithASignaalAndAConsultatie();
        long before = events.stream(MeldingSent.class).count();

        for (String username : List.of("huisarts", "beheer-school")) {
            Actor other = actor(username);
            assertThatThrownBy(
                            () -> meldingen.send(other, id, melding(noord().id().value())))
                    .as(username)
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> meldingen.draft(other, id)).as(username).isInstanceOf(NotFoundException.class);
        }

        assertThat(logRows(id, "GEWEIGERD")).isEqualTo(2);
        assertThat(journalMeldingen(id)).isZero();
        assertThat(events.stream(MeldingSent.class).count()).isEqualTo(before);
    }

    @Test
    void theKetenTableRefusesUpdateAndDelete() {
        UUID id = dossierWithASignaalAndAConsultatie();
        UUID entryId =
                meldingen.send(actor("leerkracht"), id, melding(noord().id().value()));
        UUID meldingId = ((Melding) dossiers.dossier(actor("leerkracht"), id)
                        .entry(entryId)
                        .orElseThrow()
                        .payload())
                .meldingId();

        assertThatThrownBy(() -> jdbc.update("UPDATE keten.melding SET payload = '{}' WHERE id = ?", meldingId))
                .rootCause()
                .hasMessageContaining("append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM keten.melding WHERE id = ?", meldingId))
                .rootCause()
                .hasMessageContaining("append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE keten.melding"))
                .rootCause()
                .hasMessageContaining("append-only: TRUNCATE refused");
        assertThat(ketenRows(meldingId)).isEqualTo(1);
    }
}
