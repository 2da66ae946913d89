package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may open, see and add to a dossier, that each of these is logged, and that the journal only grows. */
@SpringBootTest
class DossierIT {

    /** Generated to pass the elfproef; not a real person's number. */
    private static final String VALID_BSN = "111222333";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private UUID openAsLeerkracht() {
        return dossiers.open(
                actor("leerkracht"),
                List.of(new NewBetrokkene("Sam Voorbeeld", LocalDate.of(2018, 3, 4), VALID_BSN, Relatie.KIND)));
    }

    private NewSignaal signaal() {
        return new NewSignaal(
                dossiers.today(),
                "Kwam met een blauwe plek op de arm op school.",
                SignaalSoort.FEIT,
                "",
                Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                false);
    }

    private int logRows(UUID dossier, String event, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'dossier' AND object_id = ?"
                        + " AND event = ? AND outcome = ?",
                Integer.class,
                dossier.toString(),
                event,
                outcome);
    }

    private int rows(String table, UUID dossier) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier." + table + " WHERE dossier_id = ?", Integer.class, dossier);
    }

    @Test
    void theOwnerOpensAndReadsTheDossierAndEachStepIsLoggedOnce() {
        UUID id = openAsLeerkracht();
        assertThat(logRows(id, "dossier.create", "GESLAAGD")).isEqualTo(1);

        DossierView view = dossiers.dossier(actor("leerkracht"), id);
        assertThat(view.betrokkenen()).singleElement().satisfies(b -> {
            assertThat(b.naam()).isEqualTo("Sam Voorbeeld");
            assertThat(b.bsn()).isNotNull();
            assertThat(b.relatie()).isEqualTo(Relatie.KIND);
        });
        assertThat(logRows(id, "dossier.read", "GESLAAGD")).isEqualTo(1);

        dossiers.addSignaal(actor("leerkracht"), id, signaal());
        assertThat(logRows(id, "dossier.signaal.create", "GESLAAGD")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT segment FROM audit.access_log WHERE object_id = ? AND event = 'dossier.signaal.create'",
                        String.class,
                        id.toString()))
                .isEqualTo("signaal");
        assertThat(dossiers.dossier(actor("leerkracht"), id).journal())
                .singleElement()
                .satisfies(e -> assertThat(((Signaal) e.payload()).vormen())
                        .containsExactly(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK));
        assertThat(logRows(id, "dossier.read", "GESLAAGD")).isEqualTo(2);
        assertThat(DossierLijsten.alle(dossiers, actor("leerkracht")))
                .anySatisfy(d -> assertThat(d.id()).isEqualTo(id));
    }

    @Test
    void theAandachtsfunctionarisOfTheSameOrganisationReadsAndListsIt() {
        UUID id = openAsLeerkracht();

        DossierView view = dossiers.dossier(actor("af-school"), id);

        assertThat(view.id()).isEqualTo(id);
        assertThat(DossierLijsten.alle(dossiers, actor("af-school")))
                .anySatisfy(d -> assertThat(d.id()).isEqualTo(id));
        assertThat(logRows(id, "dossier.read", "GESLAAGD")).isEqualTo(1);
    }

    @Test
    void everyoneElseIsToldNotFoundAndTheAttemptIsLogged() {
        UUID id = openAsLeerkracht();
        String colleague = TestActors.enrolledSchoolMember(identity, jdbc, "collega");

        for (String username : List.of(colleague, "beheer-school", "privacy-school", "huisarts")) {
            Actor other = actor(username);
            assertThatThrownBy(() -> dossiers.dossier(other, id)).as(username).isInstanceOf(NotFoundException.class);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND username = ?"
                                    + " AND outcome = 'GEWEIGERD' AND event = 'dossier.read'",
                            Integer.class,
                            id.toString(),
                            username))
                    .as(username)
                    .isEqualTo(1);
            assertThatThrownBy(() -> dossiers.addSignaal(other, id, signaal()))
                    .as(username)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(logRows(id, "dossier.read", "GESLAAGD")).isZero();
        assertThat(rows("journal_entry", id)).isZero();
        assertThat(DossierLijsten.alle(dossiers, actor(colleague)))
                .noneSatisfy(d -> assertThat(d.id()).isEqualTo(id));
    }

    @Test
    void onlyBeroepskrachtenAndAandachtsfunctionarissenOpenDossiers() {
        assertThatThrownBy(() -> dossiers.open(
                        actor("beheer-school"),
                        List.of(new NewBetrokkene("Sam", LocalDate.of(2018, 3, 4), "", Relatie.KIND))))
                .isInstanceOf(AccessDeniedException.class);
        UUID id = dossiers.open(
                actor("af-school"), List.of(new NewBetrokkene("Sam", LocalDate.of(2018, 3, 4), "", Relatie.KIND)));
        assertThat(rows("betrokkene", id)).isEqualTo(1);
    }

    @Test
    void theJournalRefusesUpdateAndDeleteAtTheDatabase() {
        UUID id = openAsLeerkracht();
        dossiers.addSignaal(actor("leerkracht"), id, signaal());

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE dossier.journal_entry SET payload = jsonb_set(payload, '{waarneming}', '\"anders\"')"
                                + " WHERE dossier_id = ?",
                        id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM dossier.journal_entry WHERE dossier_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(rows("journal_entry", id)).isEqualTo(1);
    }

    @Test
    void aCorrectionIsANewEntryAndKeepsTheOriginal() {
        UUID id = openAsLeerkracht();
        UUID original = dossiers.addSignaal(actor("leerkracht"), id, signaal());
        NewSignaal corrected = new NewSignaal(
                dossiers.today(),
                "Kwam met een blauwe plek op de linkerarm op school.",
                SignaalSoort.FEIT,
                "",
                Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                false);

        UUID correction = dossiers.correct(actor("af-school"), id, original, corrected, "Verkeerde arm genoemd");

        DossierView view = dossiers.dossier(actor("leerkracht"), id);
        assertThat(view.journal()).extracting(EntryView::id).containsExactly(correction, original);
        assertThat(view.entry(original)).get().satisfies(e -> {
            assertThat(((Signaal) e.payload()).waarneming()).contains("op de arm");
            assertThat(e.corrected()).isTrue();
        });
        assertThat(view.entry(correction)).get().satisfies(e -> {
            assertThat(e.corrects()).isEqualTo(original);
            assertThat(e.reason()).isEqualTo("Verkeerde arm genoemd");
            assertThat(e.corrected()).isFalse();
        });
        assertThat(logRows(id, "dossier.entry.correct", "GESLAAGD")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        int dossiersBefore = jdbc.queryForObject("SELECT count(*) FROM dossier.dossier", Integer.class);
        assertThatThrownBy(() -> dossiers.open(
                        actor("leerkracht"),
                        List.of(new NewBetrokkene("Sam", LocalDate.of(2018, 3, 4), "123456788", Relatie.KIND))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("bsn", "betrokkene.fout.bsn"));
        assertThatThrownBy(() -> dossiers.open(
                        actor("leerkracht"),
                        List.of(
                                new NewBetrokkene("Sam", LocalDate.of(2018, 3, 4), "", Relatie.KIND),
                                new NewBetrokkene("", LocalDate.of(2018, 3, 4), "", Relatie.CLIENT))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dossiers.open(actor("leerkracht"), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dossier.dossier", Integer.class))
                .isEqualTo(dossiersBefore);

        UUID id = openAsLeerkracht();
        Actor leerkracht = actor("leerkracht");
        LocalDate today = dossiers.today();
        assertThatThrownBy(() -> dossiers.addSignaal(
                        leerkracht,
                        id,
                        new NewSignaal(today.plusDays(1), "tekst", SignaalSoort.FEIT, "", Set.of(), false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("datum"));
        assertThatThrownBy(() -> dossiers.addSignaal(
                        leerkracht, id, new NewSignaal(today, "tekst", SignaalSoort.DERDEN, "", Set.of(), false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("bron"));
        assertThatThrownBy(() -> dossiers.addSignaal(
                        leerkracht, id, new NewSignaal(today, "  ", SignaalSoort.FEIT, "", Set.of(), false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("waarneming"));
        assertThat(rows("journal_entry", id)).isZero();
        assertThat(logRows(id, "dossier.signaal.create", "GESLAAGD")).isZero();

        UUID original = dossiers.addSignaal(leerkracht, id, signaal());
        assertThatThrownBy(() -> dossiers.correct(actor("leerkracht"), id, original, signaal(), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rows("journal_entry", id)).isEqualTo(1);
        assertThat(logRows(id, "dossier.entry.correct", "GESLAAGD")).isZero();
    }

    @Test
    void aBetrokkeneIsAddedWithAJournalEntryAndABadOneLeavesNothing() {
        UUID id = openAsLeerkracht();
        UUID zus = dossiers.addBetrokkene(
                actor("leerkracht"),
                id,
                new NewBetrokkene("Zus Voorbeeld", LocalDate.of(2015, 2, 3), "", Relatie.KIND));

        DossierView view = dossiers.dossier(actor("af-school"), id);
        assertThat(view.betrokkenen()).extracting(BetrokkeneView::naam).endsWith("Zus Voorbeeld");
        assertThat(view.journal())
                .first()
                .satisfies(e -> assertThat(e.payload())
                        .isEqualTo(new nl.schakel.dossier.domain.BetrokkeneToegevoegd(
                                zus, "Zus Voorbeeld", Relatie.KIND)));
        assertThat(logRows(id, "dossier.betrokkene.create", "GESLAAGD")).isEqualTo(1);

        assertThatThrownBy(() -> dossiers.addBetrokkene(
                        actor("leerkracht"),
                        id,
                        new NewBetrokkene("Broer", LocalDate.of(2016, 1, 1), "123456789", Relatie.KIND)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("bsn", "betrokkene.fout.bsn"));
        assertThat(rows("betrokkene", id)).isEqualTo(2);
        assertThat(rows("journal_entry", id)).isEqualTo(1);

        assertThatThrownBy(() -> dossiers.addBetrokkene(
                        actor("huisarts"), id, new NewBetrokkene("X", LocalDate.of(2016, 1, 1), "", Relatie.KIND)))
                .isInstanceOf(NotFoundException.class);
        assertThat(rows("betrokkene", id)).isEqualTo(2);
    }
}
