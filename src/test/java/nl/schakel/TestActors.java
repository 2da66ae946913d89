package nl.schakel;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Actors and ids of existing users, read from the identity schema, for tests that call a facade directly. */
public final class TestActors {

    public static final String SCHOOL = "Basisschool De Schakel";
    public static final String PRAKTIJK = "Huisartsenpraktijk Het Plein";

    private TestActors() {}

    /** The user as they act after both factors (second factor given now). */
    public static Actor actor(JdbcTemplate jdbc, String username) {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT a.id, a.username, a.display_name, m.role, m.tenant_id, m.team_id, m.beroepscluster"
                        + " FROM identity.account a JOIN identity.membership m ON m.account_id = a.id"
                        + " WHERE a.username = ? LIMIT 1",
                username);
        return new Actor(
                new UserId((UUID) row.get("id")),
                (String) row.get("username"),
                (String) row.get("display_name"),
                Role.valueOf((String) row.get("role")),
                row.get("tenant_id") == null ? null : new TenantId((UUID) row.get("tenant_id")),
                row.get("team_id") == null ? null : new TeamId((UUID) row.get("team_id")),
                row.get("beroepscluster") == null ? null : Beroepscluster.valueOf((String) row.get("beroepscluster")),
                Instant.now());
    }

    /** The same member acting as if the organisation had set no beroepscluster for them. */
    public static Actor withoutCluster(Actor a) {
        return new Actor(
                a.userId(),
                a.username(),
                a.displayName(),
                a.role(),
                a.tenantId(),
                a.teamId(),
                null,
                a.secondFactorAt());
    }

    public static UUID userId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("SELECT id FROM identity.account WHERE username = ?", UUID.class, username);
    }

    public static UUID tenantId(JdbcTemplate jdbc, String tenantName) {
        return jdbc.queryForObject("SELECT id FROM organisation.tenant WHERE name = ?", UUID.class, tenantName);
    }

    /**
     * A new beroepskracht of Basisschool De Schakel with the demo password and the demo TOTP secret already set up,
     * created as the system creates demo users. Returns the username.
     */
    public static String enrolledSchoolMember(IdentityManagement identity, JdbcTemplate jdbc, String prefix) {
        return enrolledMember(
                identity,
                new TenantId(tenantId(jdbc, SCHOOL)),
                prefix,
                null,
                null,
                Role.BEROEPSKRACHT,
                Beroepscluster.ONDERWIJS);
    }

    /**
     * A new member of an organisation, with the demo password and TOTP secret already set up, created as
     * the system creates demo users. Returns the username.
     *
     * @param displayName the name shown, or {@code null} for "Test" and the username
     */
    public static String enrolledMember(
            IdentityManagement identity,
            TenantId tenant,
            String prefix,
            @Nullable String displayName,
            @Nullable TeamId team,
            Role role,
            @Nullable Beroepscluster cluster) {
        String username = uniqueUsername(prefix);
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        displayName == null ? "Test " + username : displayName,
                        TotpCodes.DEMO_PASSWORD,
                        tenant,
                        TenantKind.ORGANISATIE,
                        team,
                        role,
                        cluster),
                TotpCodes.DEMO_SECRET);
        return username;
    }

    /**
     * A new member of the given tenant with the demo password and the demo TOTP secret already set up, created as the
     * system creates demo users. Returns the username.
     */
    public static String enrolledMember(
            IdentityManagement identity,
            TenantId tenant,
            TenantKind kind,
            String prefix,
            Role role,
            @org.jspecify.annotations.Nullable Beroepscluster cluster) {
        String username = uniqueUsername(prefix);
        identity.createSystemAccount(
                new NewAccount(
                        username, "Test " + username, TotpCodes.DEMO_PASSWORD, tenant, kind, null, role, cluster),
                TotpCodes.DEMO_SECRET);
        return username;
    }

    /** A username no other test uses: lower case, within the username rules. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
