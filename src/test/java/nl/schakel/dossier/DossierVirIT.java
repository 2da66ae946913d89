package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.MutableClock;
import nl.schakel.TestActors;
import nl.schakel.TestClockConfiguration;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.VirEinde;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** VIR signals from a dossier: made, refused, removed early with a reason, and ended by the nightly job. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class DossierVirIT {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    VirManagement vir;

    @Autowired
    VirExpiry expiry;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    /** A dossier about a child (first) and a parent of 40 (second). */
    private UUID open() {
        UUID id = dossiers.open(
                actor("leerkracht"),
                List.of(
                        new NewBetrokkene("Sam Voorbeeld", dossiers.today().minusYears(10), "", Relatie.KIND),
                        new NewBetrokkene("Ouder Voorbeeld", dossiers.today().minusYears(40), "", Relatie.OVERIG)));
        return id;
    }

    private UUID betrokkene(UUID dossier, int position) {
        return dossiers.dossier(actor("leerkracht"), dossier)
                .betrokkenen()
                .get(position)
                .id();
    }

    private int logRows(UUID dossier, String event) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = ? AND outcome = 'GESLAAGD'",
                Integer.class,
                dossier.toString(),
                event);
    }

    @Test
    void aSignalAboutAChildIsShownWithItsEndDateAndLogged() {
        UUID id = open();
        UUID sam = betrokkene(id, 0);

        UUID entry = vir.signaleer(actor("leerkracht"), id, sam);

        DossierView view = dossiers.dossier(actor("af-school"), id);
        assertThat(view.virSignalen()).singleElement().satisfies(v -> {
            assertThat(v.entryId()).isEqualTo(entry);
            assertThat(v.naam()).isEqualTo("Sam Voorbeeld");
            assertThat(v.eindigtOp()).isEqualTo(dossiers.today().plusYears(2));
        });
        assertThat(logRows(id, "dossier.vir.create")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT eindigt_op FROM dossier.vir_signaal WHERE entry_id = ?", LocalDate.class, entry))
                .isEqualTo(dossiers.today().plusYears(2));
        assertThat(vir.candidates(view)).isEmpty();
    }

    @Test
    void rule30_anAdultIsRefusedAndASecondSignalTooAndNothingIsSaved() {
        UUID id = open();
        Actor leerkracht = actor("leerkracht");
        UUID ouder = betrokkene(id, 1);

        assertThatThrownBy(() -> vir.signaleer(leerkracht, id, ouder))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("betrokkene", "vir.fout.leeftijd"));
        UUID sam = betrokkene(id, 0);
        vir.signaleer(leerkracht, id, sam);
        assertThatThrownBy(() -> vir.signaleer(leerkracht, id, sam))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("betrokkene", "vir.fout.actief"));
        assertThatThrownBy(() -> vir.signaleer(leerkracht, id, UUID.randomUUID()))
                .isInstanceOf(InvalidInputException.class);

        assertThat(logRows(id, "dossier.vir.create")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.vir_signaal WHERE dossier_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void anotherTenantsUserIsToldNotFound() {
        UUID id = open();
        UUID sam = betrokkene(id, 0);

        assertThatThrownBy(() -> vir.signaleer(actor("huisarts"), id, sam)).isInstanceOf(NotFoundException.class);
        assertThat(dossiers.dossier(actor("leerkracht"), id).virSignalen()).isEmpty();
    }

    @Test
    void rule31_theOrganisationRemovesASignalEarlyWithAReason() {
        UUID id = open();
        UUID entry = vir.signaleer(actor("leerkracht"), id, betrokkene(id, 0));

        assertThatThrownBy(() -> vir.remove(actor("af-school"), id, entry, " "))
                .isInstanceOf(InvalidInputException.class);
        vir.remove(actor("af-school"), id, entry, "Het risico is er niet meer.");

        DossierView view = dossiers.dossier(actor("leerkracht"), id);
        assertThat(view.virSignalen()).isEmpty();
        assertThat(view.current(VirEinde.class)).singleElement().satisfies(e -> {
            assertThat(e.grond()).isEqualTo(VirEinde.Grond.VERWIJDERD);
            assertThat(e.reden()).isEqualTo("Het risico is er niet meer.");
        });
        assertThat(logRows(id, "dossier.vir.remove")).isEqualTo(1);
        assertThatThrownBy(() -> vir.remove(actor("af-school"), id, entry, "Nog eens."))
                .isInstanceOf(InvalidInputException.class);
        assertThat(vir.candidates(view)).extracting(BetrokkeneView::naam).containsExactly("Sam Voorbeeld");
    }

    @Test
    void rule28_theJobEndsASignalTwoYearsAfterItWasMadeAndNotBefore() {
        UUID id = open();
        UUID entry = vir.signaleer(actor("leerkracht"), id, betrokkene(id, 0));
        Instant realNow = clock.instant();
        try {
            clock.set(realNow.plus(Duration.ofDays(365)));
            vir.expireDue();
            assertThat(dossiers.dossier(actor("leerkracht"), id).virSignalen()).hasSize(1);

            clock.set(realNow.plus(Duration.ofDays(2 * 366)));
            expiry.run(); // the scheduled job itself, under its ShedLock lock (held at least 30 s: run it once only)
            assertThat(vir.expireDue()).as("a second run finds nothing due").isZero();

            DossierView view = dossiers.dossier(actor("leerkracht"), id);
            assertThat(view.virSignalen()).isEmpty();
            assertThat(view.current(VirEinde.class)).singleElement().satisfies(e -> {
                assertThat(e.signaal()).isEqualTo(entry);
                assertThat(e.grond()).isEqualTo(VirEinde.Grond.VERLOPEN);
            });
            assertThat(view.journal().getFirst().authorName()).isEqualTo("Schakel");
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = 'dossier.vir.expire'",
                            Integer.class,
                            id.toString()))
                    .isEqualTo(1);
        } finally {
            clock.set(realNow);
        }
    }

    @Test
    void rule29_theJobEndsASignalOnThe23rdBirthday() {
        LocalDate today = dossiers.today();
        UUID id = dossiers.open(
                actor("leerkracht"),
                List.of(new NewBetrokkene("Jong Volwassen", today.minusYears(23).plusDays(10), "", Relatie.CLIENT)));
        UUID entry = vir.signaleer(actor("leerkracht"), id, betrokkene(id, 0));
        assertThat(dossiers.dossier(actor("leerkracht"), id).virSignalen())
                .singleElement()
                .satisfies(v -> assertThat(v.eindigtOp()).isEqualTo(today.plusDays(10)));
        Instant realNow = clock.instant();
        try {
            clock.set(realNow.plus(Duration.ofDays(9)));
            vir.expireDue();
            assertThat(dossiers.dossier(actor("leerkracht"), id).virSignalen()).hasSize(1);

            clock.set(realNow.plus(Duration.ofDays(10)).plus(Duration.ofHours(1)));
            vir.expireDue();
            assertThat(dossiers.dossier(actor("leerkracht"), id).current(VirEinde.class))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.signaal()).isEqualTo(entry);
                        assertThat(e.op()).isEqualTo(today.plusDays(10));
                    });
        } finally {
            clock.set(realNow);
        }
    }
}
