package nl.schakel.organisation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.organisation.Team;
import nl.schakel.organisation.Tenant;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.RecordOwners;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenants and teams in the {@code organisation} schema. Every team query is scoped to one tenant. */
@Repository
public class TenantStore implements RecordOwners {

    private final JdbcClient jdbc;

    TenantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Tenant tenant, Instant now) {
        jdbc.sql("INSERT INTO organisation.tenant (id, name, kind, sectors, beroepsclusters, created_at)"
                        + " VALUES (?,?,?,?,?,?)")
                .params(
                        tenant.id().value(),
                        tenant.name(),
                        tenant.kind().name(),
                        String.join(",", tenant.sectors()),
                        tenant.beroepsclusters().stream().map(Enum::name).collect(Collectors.joining(",")),
                        Timestamp.from(now))
                .update();
    }

    public Optional<Tenant> find(TenantId id) {
        return jdbc.sql("SELECT * FROM organisation.tenant WHERE id = ?")
                .param(id.value())
                .query(TenantStore::tenant)
                .optional();
    }

    public Optional<Tenant> findByName(String name) {
        return jdbc.sql("SELECT * FROM organisation.tenant WHERE lower(name) = lower(?)")
                .param(name.strip())
                .query(TenantStore::tenant)
                .optional();
    }

    /** Every tenant, for a system task that visits each (the training reminders). */
    public List<Tenant> all() {
        return jdbc.sql("SELECT * FROM organisation.tenant ORDER BY kind, name")
                .query(TenantStore::tenant)
                .list();
    }

    /** One page of the tenants by kind and name (ADR-0036; index {@code tenant_kind_name_idx}). */
    public List<Tenant> page(Paginering pagina) {
        return jdbc.sql("SELECT * FROM organisation.tenant ORDER BY kind, name LIMIT ? OFFSET ?")
                .params(pagina.limit(), pagina.offset())
                .query(TenantStore::tenant)
                .list();
    }

    /** The tenants of one kind by name (the 26 Veilig Thuis regions among a thousand organisations, say). */
    public List<Tenant> ofKind(TenantKind kind) {
        return jdbc.sql("SELECT * FROM organisation.tenant WHERE kind = ? ORDER BY name")
                .param(kind.name())
                .query(TenantStore::tenant)
                .list();
    }

    public void insertTeam(Team team, Instant now) {
        jdbc.sql("INSERT INTO organisation.team (id, tenant_id, name, created_at) VALUES (?,?,?,?)")
                .params(team.id().value(), team.tenantId().value(), team.name(), Timestamp.from(now))
                .update();
    }

    public List<Team> teams(TenantId tenant) {
        return jdbc.sql("SELECT * FROM organisation.team WHERE tenant_id = ? ORDER BY lower(name)")
                .param(tenant.value())
                .query((rs, row) -> new Team(new TeamId(rs.getObject("id", UUID.class)), tenant, rs.getString("name")))
                .list();
    }

    /** The tenant of a team, whoever asks: only for the owner's row of a refused attempt (ADR-0042). */
    @Override
    public Optional<TenantId> ownerOf(UUID team) {
        return jdbc.sql("SELECT tenant_id FROM organisation.team WHERE id = ?")
                .param(team)
                .query((rs, row) -> new TenantId(rs.getObject(1, UUID.class)))
                .optional();
    }

    public Optional<Team> team(TenantId tenant, TeamId team) {
        return teams(tenant).stream().filter(t -> t.id().equals(team)).findFirst();
    }

    private static Tenant tenant(ResultSet rs, int row) throws SQLException {
        return new Tenant(
                new TenantId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                TenantKind.valueOf(rs.getString("kind")),
                split(rs.getString("sectors")),
                split(rs.getString("beroepsclusters")).stream()
                        .map(Beroepscluster::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static Set<String> split(String value) {
        return value.isBlank()
                ? Set.of()
                : Arrays.stream(value.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
