package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.organisation.OrganisationManagement.NewMember;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A beheerder changes role, team and beroepscluster of members of the own tenant only, and it is logged. */
@SpringBootTest
class MemberManagementIT {

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void beheerderChangesTheRoleOfAMemberAndTheChangeIsLogged() {
        Actor beheerder = actor("beheer-school");
        UserId member = organisation.addMember(beheerder, newMember(Role.BEROEPSKRACHT));

        organisation.changeMember(beheerder, member, Role.AANDACHTSFUNCTIONARIS, null, Beroepscluster.ONDERWIJS);

        assertThat(jdbc.queryForObject(
                        "SELECT role FROM identity.membership WHERE account_id = ?", String.class, member.value()))
                .isEqualTo("AANDACHTSFUNCTIONARIS");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'identity.membership.change'"
                                + " AND object_id = ? AND outcome = 'GESLAAGD'",
                        Integer.class,
                        member.toString()))
                .isEqualTo(1);
    }

    @Test
    void aRoleThatNeedsABeroepsclusterOfTheTenantIsRefusedWithoutOne() {
        Actor beheerder = actor("beheer-school");
        UserId member = organisation.addMember(beheerder, newMember(Role.BEROEPSKRACHT));

        assertThatThrownBy(() ->
                        organisation.changeMember(beheerder, member, Role.BEROEPSKRACHT, null, Beroepscluster.ARTSEN))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> organisation.changeMember(beheerder, member, Role.VT_MEDEWERKER, null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void allProblemsOfANewMemberAreReportedTogetherAndNothingIsSaved() {
        String username = "lid-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> organisation.addMember(
                        actor("beheer-school"),
                        new NewMember(username, "Testlid", "wachtwoord1234", Role.BEROEPSKRACHT, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("wachtwoord", "wachtwoord.fout.bekend")
                                .containsEntry("beroepscluster", "lid.fout.beroepscluster"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.account WHERE username = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void secondFactorSecretsAreStoredEncrypted() {
        String stored = jdbc.queryForObject(
                "SELECT totp_secret FROM identity.account WHERE username = 'leerkracht'", String.class);

        assertThat(stored).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
    }

    @Test
    void aMemberOfAnotherTenantIsNotFoundAndUnchanged() {
        UserId huisarts = new UserId(
                jdbc.queryForObject("SELECT id FROM identity.account WHERE username = 'huisarts'", UUID.class));

        assertThatThrownBy(() -> organisation.changeMember(
                        actor("beheer-school"), huisarts, Role.AANDACHTSFUNCTIONARIS, null, Beroepscluster.ONDERWIJS))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT role FROM identity.membership WHERE account_id = ?", String.class, huisarts.value()))
                .isEqualTo("BEROEPSKRACHT");
    }

    private NewMember newMember(Role role) {
        String username = "lid-" + UUID.randomUUID().toString().substring(0, 8);
        return new NewMember(
                username, "Testlid " + username, "Een lange zin als wachtwoord", role, null, Beroepscluster.ONDERWIJS);
    }

    private Actor actor(String username) {
        return jdbc.queryForObject(
                "SELECT a.id, a.username, a.display_name, m.role, m.tenant_id FROM identity.account a"
                        + " JOIN identity.membership m ON m.account_id = a.id WHERE a.username = ?",
                (rs, row) -> new Actor(
                        new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        new TenantId(rs.getObject("tenant_id", UUID.class)),
                        null,
                        null,
                        Instant.now()),
                username);
    }
}
