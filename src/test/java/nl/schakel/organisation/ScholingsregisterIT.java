package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.ScholingStatus.Stand;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Herinneringen.Herinnering;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The training register: who may read and change it, the status other parts use, the refresh interval per role, the
 * e-mail address, the home page notice, and an access-log row for every read and change.
 */
@SpringBootTest
class ScholingsregisterIT {

    @Autowired
    Scholingsregister register;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbc;

    ScholingTestOrganisatie org;

    @BeforeEach
    void organisatie() {
        org = ScholingTestOrganisatie.maak(organisation, identity, jdbc);
    }

    @Test
    void theBeheerderRecordsATrainingAndTheMemberIsValidForTheIntervalOfTheRole() {
        LocalDate gevolgd = register.today().minusMonths(3);

        register.registreer(org.beheerder(), org.beroepskrachtId(), ScholingSoort.MELDCODE, gevolgd, "  Augeo  ");

        ScholingStatus status = register.status(org.tenant(), org.beroepskrachtId());
        assertThat(status.stand()).isEqualTo(Stand.GELDIG);
        assertThat(status.geldigTot()).isEqualTo(gevolgd.plusMonths(24).minusDays(1));
        assertThat(register.vanLid(org.aandacht(), org.beroepskrachtId()).scholingen())
                .singleElement()
                .satisfies(s -> assertThat(s.omschrijving()).isEqualTo("Augeo"));
        assertThat(logRows("organisation.scholing.create", org.beroepskrachtId()))
                .isEqualTo(1);
        assertThat(logRows("organisation.scholing.read", org.beroepskrachtId())).isEqualTo(1);
    }

    @Test
    void theAandachtsfunctionarisReadsAndRecordsTooButABeroepskrachtDoesNot() {
        register.registreer(org.aandacht(), org.beroepskrachtId(), ScholingSoort.E_LEARNING, register.today(), "");

        assertThat(register.overzicht(org.aandacht()).leden()).hasSize(3);
        assertThatThrownBy(() -> register.overzicht(org.beroepskracht())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.registreer(
                        org.beroepskracht(), org.beroepskrachtId(), ScholingSoort.MELDCODE, register.today(), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.scholing.list'"
                                + " AND user_id = ? AND outcome <> 'GESLAAGD'",
                        Integer.class,
                        org.beroepskracht().userId().value()))
                .isEqualTo(1);
    }

    @Test
    void onlyTheBeheerderSetsTheIntervalAndItChangesTheStatus() {
        register.registreer(
                org.beheerder(),
                org.beroepskrachtId(),
                ScholingSoort.MELDCODE,
                register.today().minusMonths(13),
                "");
        assertThat(register.status(org.tenant(), org.beroepskrachtId()).stand()).isEqualTo(Stand.GELDIG);

        register.zetInterval(org.beheerder(), Role.BEROEPSKRACHT, 12);

        assertThat(register.status(org.tenant(), org.beroepskrachtId()).stand()).isEqualTo(Stand.VERLOPEN);
        assertThat(register.overzicht(org.beheerder()).intervallen()).containsEntry(Role.BEROEPSKRACHT, 12);
        assertThat(register.overzicht(org.beheerder()).aantal(Stand.VERLOPEN)).isEqualTo(1);
        assertThatThrownBy(() -> register.zetInterval(org.aandacht(), Role.BEROEPSKRACHT, 6))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithDutchMessagesAndNothingIsSaved() {
        assertThatThrownBy(() -> register.registreer(
                        org.beheerder(),
                        org.beroepskrachtId(),
                        null,
                        register.today().plusDays(1),
                        "x".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("soort", "scholing.fout.soort")
                                .containsEntry("datum", "scholing.fout.toekomst")
                                .containsEntry("omschrijving", "scholing.fout.omschrijving"));
        assertThatThrownBy(() -> register.zetInterval(org.beheerder(), Role.VT_MEDEWERKER, 121))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("rol", "scholing.fout.rol")
                                .containsEntry("maanden", "scholing.fout.maanden"));
        assertThatThrownBy(() -> register.zetEmail(org.beheerder(), org.beroepskrachtId(), "geen adres"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(register.vanLid(org.beheerder(), org.beroepskrachtId()).scholingen())
                .isEmpty();
    }

    /** Not found, and each attempt logged as refused for the member's own organisation too (ADR-0042). */
    @Test
    void aMemberOfAnotherTenantIsNotFound() {
        UserId leerkracht = new UserId(TestActors.userId(jdbc, "leerkracht"));
        long before = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit.access_log", Long.class);

        assertThatThrownBy(() -> register.vanLid(org.beheerder(), leerkracht)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        register.registreer(org.beheerder(), leerkracht, ScholingSoort.MELDCODE, register.today(), ""))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> register.zetEmail(org.beheerder(), leerkracht, "x@example.nl"))
                .isInstanceOf(NotFoundException.class);

        assertThat(jdbc.queryForList(
                        "SELECT event FROM audit.access_log WHERE seq > ? AND outcome = 'GEWEIGERD'"
                                + " AND object_id = ? AND tenant_id = ? AND owner_tenant_id = ? ORDER BY seq",
                        String.class,
                        before,
                        leerkracht.value().toString(),
                        org.tenant().value(),
                        TestActors.tenantId(jdbc, TestActors.SCHOOL)))
                .containsExactly(
                        "organisation.scholing.read", "organisation.scholing.create", "organisation.member.email");
    }

    @Test
    void aWithdrawnTrainingNoLongerCounts() {
        UUID id = register.registreer(
                org.beheerder(), org.beroepskrachtId(), ScholingSoort.MELDCODE, register.today(), "");

        assertThat(register.trekIn(org.aandacht(), id)).isEqualTo(org.beroepskrachtId());

        assertThat(register.status(org.tenant(), org.beroepskrachtId())).isEqualTo(ScholingStatus.geen());
        assertThat(logRows("organisation.scholing.withdraw", org.beroepskrachtId()))
                .isEqualTo(1);
        assertThatThrownBy(() -> register.trekIn(org.aandacht(), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMemberSeesANoticeFromThirtyDaysBeforeExpiry() {
        assertThat(register.open(org.beroepskracht())).isEmpty();
        LocalDate gevolgd = register.today().minusMonths(24).plusDays(10);
        register.registreer(org.beheerder(), org.beroepskrachtId(), ScholingSoort.MELDCODE, gevolgd, "");

        assertThat(register.open(org.beroepskracht()))
                .containsExactly(new Herinnering(
                        "/scholing",
                        "scholing.herinnering.binnenkort",
                        gevolgd.plusMonths(24).minusDays(1)));
        assertThat(register.eigen(org.beroepskracht()).status().stand()).isEqualTo(Stand.VERLOOPT_BINNENKORT);
    }

    @Test
    void theBeheerderSetsAndRemovesAnEmailAddress() {
        register.zetEmail(org.beheerder(), org.beroepskrachtId(), " lid@example.nl ");
        assertThat(register.emails(org.beheerder())).containsEntry(org.beroepskrachtId(), "lid@example.nl");

        register.zetEmail(org.beheerder(), org.beroepskrachtId(), "");

        assertThat(register.emails(org.beheerder())).doesNotContainKey(org.beroepskrachtId());
        assertThat(logRows("organisation.member.email", org.beroepskrachtId())).isEqualTo(2);
        assertThatThrownBy(() -> register.zetEmail(org.aandacht(), org.beroepskrachtId(), "a@example.nl"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutAnSmtpServerEmailIsOff() {
        assertThat(register.emailAan()).isFalse();
    }

    private int logRows(String event, UserId object) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND object_id = ? AND outcome = 'GESLAAGD'",
                Integer.class,
                event,
                object.toString());
    }
}
