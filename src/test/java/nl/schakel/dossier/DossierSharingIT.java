package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.Deling;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sharing a dossier with a named colleague: who sees it while it is shared, who never can be added, and the log. */
@SpringBootTest
class DossierSharingIT {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierSharing sharing;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private UserId userId(String username) {
        return new UserId(TestActors.userId(jdbc, username));
    }

    private UUID openAsLeerkracht() {
        return dossiers.open(
                actor("leerkracht"),
                List.of(new NewBetrokkene("Mila Deeltest", LocalDate.of(2016, 2, 3), "", Relatie.KIND)));
    }

    private int logRows(UUID dossier, String username, String event, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'dossier' AND object_id = ?"
                        + " AND username = ? AND event = ? AND outcome = ?",
                Integer.class,
                dossier.toString(),
                username,
                event,
                outcome);
    }

    @Test
    void aColleagueItIsSharedWithSeesAndAddsToItAndEachReadIsLogged() {
        UUID id = openAsLeerkracht();
        String collega = TestActors.enrolledSchoolMember(identity, jdbc, "collega");
        assertThatThrownBy(() -> dossiers.dossier(actor(collega), id)).isInstanceOf(NotFoundException.class);

        sharing.share(actor("leerkracht"), id, userId(collega));

        DossierView view = dossiers.dossier(actor(collega), id);
        assertThat(view.betrokkenen()).extracting(BetrokkeneView::naam).containsExactly("Mila Deeltest");
        assertThat(logRows(id, collega, "dossier.read", "GESLAAGD")).isEqualTo(1);
        assertThat(logRows(id, "leerkracht", "dossier.deling.create", "GESLAAGD"))
                .isEqualTo(1);
        assertThat(view.current(Deling.class)).singleElement().satisfies(d -> {
            assertThat(d.handeling()).isEqualTo(Deling.Handeling.GEDEELD);
            assertThat(d.collegaId()).isEqualTo(userId(collega).value());
        });
        assertThat(dossiers.myDossiers(actor(collega), nl.schakel.shared.Paginering.eerste())
                        .regels())
                .extracting(DossierSummary::id)
                .contains(id);
        dossiers.addSignaal(
                actor(collega),
                id,
                new NewSignaal(
                        dossiers.today(),
                        "Kwam zonder jas.",
                        nl.schakel.shared.SignaalSoort.FEIT,
                        "",
                        Set.of(),
                        false));
        assertThat(sharing.sharing(actor("leerkracht"), id).gedeeldMet())
                .extracting(DossierSharing.Collega::userId)
                .containsExactly(userId(collega));
    }

    @Test
    void afterTheSharingEndsTheColleagueIsToldNotFoundAndTheAttemptIsLogged() {
        UUID id = openAsLeerkracht();
        String collega = TestActors.enrolledSchoolMember(identity, jdbc, "collega");
        sharing.share(actor("leerkracht"), id, userId(collega));

        sharing.unshare(actor("leerkracht"), id, userId(collega));

        assertThatThrownBy(() -> dossiers.dossier(actor(collega), id)).isInstanceOf(NotFoundException.class);
        assertThat(logRows(id, collega, "dossier.read", "GEWEIGERD")).isEqualTo(1);
        assertThat(dossiers.myDossiers(actor(collega), nl.schakel.shared.Paginering.eerste())
                        .regels())
                .extracting(DossierSummary::id)
                .doesNotContain(id);
        assertThat(dossiers.dossier(actor("leerkracht"), id).journal())
                .extracting(e -> ((Deling) e.payload()).handeling())
                .containsExactly(Deling.Handeling.BEEINDIGD, Deling.Handeling.GEDEELD);
    }

    @Test
    void aBeheerderOrPrivacyOfficerCanNeverBeAdded() {
        UUID id = openAsLeerkracht();

        for (String username : List.of("beheer-school", "privacy-school")) {
            assertThatThrownBy(() -> sharing.share(actor("leerkracht"), id, userId(username)))
                    .as(username)
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> dossiers.dossier(actor(username), id))
                    .as(username)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(sharing.sharing(actor("leerkracht"), id).kandidaten())
                .extracting(DossierSharing.Collega::userId)
                .doesNotContain(userId("beheer-school"), userId("privacy-school"), userId("leerkracht"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dossier.deling WHERE dossier_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void anotherTenantsUserCanNeverBeAdded() {
        UUID id = openAsLeerkracht();

        assertThatThrownBy(() -> sharing.share(actor("leerkracht"), id, userId("huisarts")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dossiers.dossier(actor("huisarts"), id)).isInstanceOf(NotFoundException.class);
        assertThat(sharing.sharing(actor("leerkracht"), id).kandidaten())
                .extracting(DossierSharing.Collega::userId)
                .doesNotContain(userId("huisarts"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dossier.deling WHERE dossier_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aColleagueItIsSharedWithMayNotShareItFurtherAndOthersMayNotShareAtAll() {
        UUID id = openAsLeerkracht();
        String collega = TestActors.enrolledSchoolMember(identity, jdbc, "collega");
        String derde = TestActors.enrolledSchoolMember(identity, jdbc, "derde");
        sharing.share(actor("af-school"), id, userId(collega));

        assertThatThrownBy(() -> sharing.share(actor(collega), id, userId(derde)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(logRows(id, collega, "dossier.deling.create", "GEWEIGERD")).isEqualTo(1);
        assertThatThrownBy(() -> sharing.share(actor(derde), id, userId(derde))).isInstanceOf(NotFoundException.class);
        assertThat(sharing.sharing(actor(collega), id).mayShare()).isFalse();
    }
}
