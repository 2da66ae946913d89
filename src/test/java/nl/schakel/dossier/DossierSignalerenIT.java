package nl.schakel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.Uitvoerder;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.Colleagues;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rule 24 through the facades: a member who only signals opens a dossier, it is assigned to the executor, who records
 * steps 2–5; the member keeps seeing it and adds signalen only.
 */
@SpringBootTest
class DossierSignalerenIT {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    Colleagues colleagues;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ToewijzingManagement toewijzingen;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private String signalOnlyMember() {
        String username = TestActors.enrolledSchoolMember(identity, jdbc, "signaleerder");
        colleagues.setSignalOnly(actor("beheer-school"), new UserId(TestActors.userId(jdbc, username)), true);
        return username;
    }

    private UUID open(String username) {
        return dossiers.open(
                actor(username),
                List.of(new NewBetrokkene("Daan Signaaltest", LocalDate.of(2015, 9, 9), "", Relatie.KIND)));
    }

    private NewSignaal signaal() {
        return new NewSignaal(dossiers.today(), "Blauwe plek op de arm.", SignaalSoort.FEIT, "", Set.of(), false);
    }

    private NewConsultatie consultatie() {
        return new NewConsultatie(dossiers.today(), ConsultatieMet.AANDACHTSFUNCTIONARIS, "AF", "Volgen.");
    }

    @Test
    void aSignalOnlyMembersDossierGoesToTheAandachtsfunctionarissenAndTheMemberAddsSignalenOnly() {
        String signaleerder = signalOnlyMember();
        UUID id = open(signaleerder);

        dossiers.addSignaal(actor(signaleerder), id, signaal());
        assertThatThrownBy(() -> dossiers.addConsultatie(actor(signaleerder), id, consultatie()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND username = ?"
                                + " AND event = 'dossier.consultatie.create' AND outcome = 'GEWEIGERD'",
                        Integer.class,
                        id.toString(),
                        signaleerder))
                .isEqualTo(1);

        DossierView asMember = dossiers.dossier(actor(signaleerder), id);
        assertThat(asMember.uitvoerder()).isEqualTo(Uitvoerder.AANDACHTSFUNCTIONARISSEN);
        assertThat(asMember.alleenSignaleren()).isTrue();
        dossiers.addConsultatie(actor("af-school"), id, consultatie());
        assertThat(dossiers.dossier(actor("af-school"), id).journal()).hasSize(2);
    }

    @Test
    void aNamedExecutorGetsTheDossierAndRecordsStepsTwoToFive() {
        UserId leerkracht = new UserId(TestActors.userId(jdbc, "leerkracht"));
        colleagues.setSignalExecutor(actor("beheer-school"), leerkracht);
        try {
            String signaleerder = signalOnlyMember();
            UUID id = open(signaleerder);

            DossierView view = dossiers.dossier(actor("leerkracht"), id);
            assertThat(view.uitvoerder().soort()).isEqualTo(Uitvoerder.Soort.COLLEGA);
            assertThat(view.uitvoerder().is(leerkracht.value())).isTrue();
            assertThat(DossierLijsten.alle(dossiers, actor("leerkracht")))
                    .extracting(DossierSummary::id)
                    .contains(id);
            dossiers.addConsultatie(actor("leerkracht"), id, consultatie());
            assertThat(DossierLijsten.alle(dossiers, actor(signaleerder)))
                    .extracting(DossierSummary::id)
                    .containsExactly(id);
        } finally {
            colleagues.setSignalExecutor(actor("beheer-school"), null);
        }
    }

    @Test
    void theExecutorMustWorkWithClientsAndNotOnlySignal() {
        String signaleerder = signalOnlyMember();

        for (String username : List.of(signaleerder, "beheer-school", "huisarts")) {
            UserId user = new UserId(TestActors.userId(jdbc, username));
            assertThatThrownBy(() -> colleagues.setSignalExecutor(actor("beheer-school"), user))
                    .as(username)
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> colleagues.setSignalOnly(
                        actor("leerkracht"), new UserId(TestActors.userId(jdbc, "leerkracht")), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private boolean toldOf(String username, UUID id) {
        return toewijzingen.open(actor(username)).stream()
                .anyMatch(h ->
                        h.href().equals("/dossiers/" + id) && h.messageKey().equals("toewijzing.herinnering"));
    }

    @Test
    void theAandachtsfunctionarissenAreToldOfAHandedOverDossierUntilOneOfThemOpensIt() {
        String signaleerder = signalOnlyMember();
        UUID id = open(signaleerder);

        assertThat(toldOf("af-school", id)).isTrue();
        assertThat(toldOf("leerkracht", id)).isFalse();
        assertThat(toldOf(signaleerder, id)).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE username = 'af-school'"
                                + " AND event = 'dossier.toewijzing.list'",
                        Integer.class))
                .isPositive();

        toewijzingen.geopend(actor(signaleerder), dossiers.dossier(actor(signaleerder), id));
        assertThat(toldOf("af-school", id)).isTrue();
        toewijzingen.geopend(actor("af-school"), dossiers.dossier(actor("af-school"), id));
        assertThat(toldOf("af-school", id)).isFalse();
    }

    @Test
    void aNamedExecutorIsToldOfTheHandedOverDossierAndTheAandachtsfunctionarissenAreNot() {
        UserId leerkracht = new UserId(TestActors.userId(jdbc, "leerkracht"));
        colleagues.setSignalExecutor(actor("beheer-school"), leerkracht);
        try {
            UUID id = open(signalOnlyMember());

            assertThat(toldOf("leerkracht", id)).isTrue();
            assertThat(toldOf("af-school", id)).isFalse();
            toewijzingen.geopend(actor("af-school"), dossiers.dossier(actor("af-school"), id));
            assertThat(toldOf("leerkracht", id)).isTrue();
            toewijzingen.geopend(actor("leerkracht"), dossiers.dossier(actor("leerkracht"), id));
            assertThat(toldOf("leerkracht", id)).isFalse();
        } finally {
            colleagues.setSignalExecutor(actor("beheer-school"), null);
        }
    }

    @Test
    void aMemberWhoDoesNotOnlySignalKeepsTheirOwnDossier() {
        UUID id = open("leerkracht");

        assertThat(dossiers.dossier(actor("leerkracht"), id).uitvoerder()).isEqualTo(Uitvoerder.EIGENAAR);
        dossiers.addConsultatie(actor("leerkracht"), id, consultatie());
        assertThat(toldOf("af-school", id)).isFalse();
        assertThat(toldOf("leerkracht", id)).isFalse();
    }
}
