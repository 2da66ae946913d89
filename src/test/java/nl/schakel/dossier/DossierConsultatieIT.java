package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Step 2, collegiale consultatie: who may add one, that each write is logged once, and that bad input saves nothing. */
@SpringBootTest
class DossierConsultatieIT {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private UUID openAsLeerkracht() {
        return dossiers.open(
                actor("leerkracht"),
                List.of(new NewBetrokkene("Sam Voorbeeld", LocalDate.of(2018, 3, 4), "", Relatie.KIND)));
    }

    private NewConsultatie consultatie() {
        return new NewConsultatie(
                dossiers.today(), ConsultatieMet.AANDACHTSFUNCTIONARIS, "Aandachtsfunctionaris", "Gesprek voeren.");
    }

    private int logRows(UUID dossier, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'dossier' AND object_id = ?"
                        + " AND event = 'dossier.consultatie.create' AND outcome = ?",
                Integer.class,
                dossier.toString(),
                outcome);
    }

    private int entries(UUID dossier) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?", Integer.class, dossier);
    }

    @Test
    void theOwnerAndTheAandachtsfunctionarisAddConsultatiesAndEachWriteIsLoggedOnce() {
        UUID id = openAsLeerkracht();

        UUID first = dossiers.addConsultatie(actor("leerkracht"), id, consultatie());
        assertThat(logRows(id, "GESLAAGD")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT segment FROM audit.access_log WHERE object_id = ?"
                                + " AND event = 'dossier.consultatie.create'",
                        String.class,
                        id.toString()))
                .isEqualTo("consultatie");

        UUID second = dossiers.addConsultatie(
                actor("af-school"),
                id,
                new NewConsultatie(
                        dossiers.today().minusDays(1), ConsultatieMet.VEILIG_THUIS_ADVIES, " ", "Anoniem advies."));
        assertThat(logRows(id, "GESLAAGD")).isEqualTo(2);

        DossierView view = dossiers.dossier(actor("leerkracht"), id);
        assertThat(view.journal()).extracting(EntryView::id).containsExactly(second, first);
        assertThat(view.entry(first)).get().satisfies(e -> {
            assertThat(e.payload()).isInstanceOf(CollegialeConsultatie.class);
            CollegialeConsultatie c = (CollegialeConsultatie) e.payload();
            assertThat(c.met()).isEqualTo(ConsultatieMet.AANDACHTSFUNCTIONARIS);
            assertThat(c.persoon()).isEqualTo("Aandachtsfunctionaris");
            assertThat(c.advies()).isEqualTo("Gesprek voeren.");
        });
        assertThat(view.entry(second)).get().satisfies(e -> {
            CollegialeConsultatie c = (CollegialeConsultatie) e.payload();
            assertThat(c.met()).isEqualTo(ConsultatieMet.VEILIG_THUIS_ADVIES);
            assertThat(c.persoon()).isNull();
        });
    }

    @Test
    void anotherTenantsUserAndBeheerAreToldNotFoundAndTheAttemptIsLogged() {
        UUID id = openAsLeerkracht();

        for (String username : List.of("huisarts", "beheer-school")) {
            Actor other = actor(username);
            assertThatThrownBy(() -> dossiers.addConsultatie(other, id, consultatie()))
                    .as(username)
                    .isInstanceOf(NotFoundException.class);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND username = ?"
                                    + " AND outcome = 'GEWEIGERD' AND event = 'dossier.consultatie.create'",
                            Integer.class,
                            id.toString(),
                            username))
                    .as(username)
                    .isEqualTo(1);
        }
        assertThat(entries(id)).isZero();
        assertThat(logRows(id, "GESLAAGD")).isZero();
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingIsSaved() {
        UUID id = openAsLeerkracht();
        Actor leerkracht = actor("leerkracht");

        assertThatThrownBy(() -> dossiers.addConsultatie(
                        leerkracht,
                        id,
                        new NewConsultatie(dossiers.today().plusDays(1), ConsultatieMet.COLLEGA, " ", " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("datum", "persoon", "advies"));
        assertThatThrownBy(() -> dossiers.addConsultatie(leerkracht, id, new NewConsultatie(null, null, "", "advies")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("datum", "met"));

        assertThat(entries(id)).isZero();
        assertThat(logRows(id, "GESLAAGD")).isZero();
    }

    @Test
    void aConsultatieIsNotCorrectedAsASignaal() {
        UUID id = openAsLeerkracht();
        UUID entry = dossiers.addConsultatie(actor("leerkracht"), id, consultatie());
        NewSignaal signaal = new NewSignaal(
                dossiers.today(), "tekst", nl.schakel.shared.SignaalSoort.FEIT, "", java.util.Set.of(), false);

        assertThatThrownBy(() -> dossiers.correct(actor("leerkracht"), id, entry, signaal, "reden"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(entries(id)).isEqualTo(1);
    }
}
