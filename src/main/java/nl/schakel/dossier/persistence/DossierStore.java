package nl.schakel.dossier.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.dossier.DossierStatus;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Uitvoerder;
import nl.schakel.shared.Bsn;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.RecordOwners;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.journal.JournalTable;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dossiers, betrokkenen and journal entries in the {@code dossier} schema. Every query is scoped to one tenant or
 * to a dossier already found in one; journal entries are only ever inserted, each with its payload as JSON.
 */
@Repository
public class DossierStore implements RecordOwners {

    private final JdbcClient jdbc;
    private final JournalTable<EntryPayload, EntryKind> journal;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.journal = JournalTable.withCorrections(
                jdbc, "dossier.journal_entry", "dossier_id", EntryPayload.class, EntryKind.class);
    }

    /**
     * A dossier's own row, without betrokkenen and journal.
     *
     * @param meldprotocolVersie the version of the organisation's meldprotocol in force when it was opened; empty when
     *     none was
     * @param kaderCode the afwegingskader that version gave the owner; present exactly when the version is
     */
    public record Row(
            UUID id,
            TenantId tenantId,
            UserId ownerId,
            String ownerName,
            java.time.Instant createdAt,
            DossierStatus status,
            Uitvoerder uitvoerder,
            @Nullable UUID vorigDossierId,
            @Nullable Integer meldprotocolVersie,
            @Nullable String kaderCode) {

        /** A new dossier that its owner works on, not restarting an earlier one. */
        public Row(
                UUID id,
                TenantId tenantId,
                UserId ownerId,
                String ownerName,
                java.time.Instant createdAt,
                DossierStatus status) {
            this(id, tenantId, ownerId, ownerName, createdAt, status, Uitvoerder.EIGENAAR, null, null, null);
        }
    }

    /** A colleague the dossier is shared with. */
    public record Share(UserId userId, String name, java.time.Instant sharedAt) {}

    /** A row of the list: the dossier and the name of its first betrokkene. */
    public record ListRow(Row dossier, String firstBetrokkene) {}

    public void insert(Row dossier) {
        jdbc.sql("INSERT INTO dossier.dossier (id, tenant_id, owner_id, owner_name, created_at, status,"
                        + " executor_kind, executor_id, executor_name, vorig_dossier_id, meldprotocol_versie, kader_code)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        dossier.id(),
                        dossier.tenantId().value(),
                        dossier.ownerId().value(),
                        dossier.ownerName(),
                        Timestamp.from(dossier.createdAt()),
                        dossier.status().name(),
                        dossier.uitvoerder().soort().name(),
                        dossier.uitvoerder().id(),
                        dossier.uitvoerder().naam(),
                        dossier.vorigDossierId(),
                        dossier.meldprotocolVersie(),
                        dossier.kaderCode())
                .update();
    }

    public void updateStatus(UUID id, DossierStatus status) {
        jdbc.sql("UPDATE dossier.dossier SET status = ? WHERE id = ?")
                .params(status.name(), id)
                .update();
    }

    /** The dossier that continues this one after a restart (rule 22), if any. */
    public Optional<UUID> vervolgVan(UUID id) {
        return jdbc.sql("SELECT id FROM dossier.dossier WHERE vorig_dossier_id = ?")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    /** A reminder to re-evaluate afweging 5, as the owner sees it. */
    public record HerinneringRow(UUID id, UUID dossierId, LocalDate herbeoordeling) {}

    /** A hulpplan whose re-evaluation date has come, of an open dossier, without a reminder yet. */
    public record DuePlan(UUID dossierId, TenantId tenantId, UserId ownerId, UUID entryId, LocalDate herbeoordeling) {}

    public List<DuePlan> plansDue(LocalDate today) {
        return jdbc.sql("SELECT d.id AS dossier_id, d.tenant_id, d.owner_id, e.id AS entry_id,"
                        + " CAST(e.payload->>'herbeoordeling' AS DATE) AS herbeoordeling"
                        + " FROM dossier.journal_entry e JOIN dossier.dossier d ON d.id = e.dossier_id"
                        + " WHERE e.kind = 'HULPPLAN' AND d.status = 'OPEN'"
                        + " AND CAST(e.payload->>'herbeoordeling' AS DATE) <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM dossier.herinnering h WHERE h.hulpplan_entry_id = e.id)"
                        + " ORDER BY e.seq")
                .param(Date.valueOf(today))
                .query((rs, n) -> new DuePlan(
                        rs.getObject("dossier_id", UUID.class),
                        new TenantId(rs.getObject("tenant_id", UUID.class)),
                        new UserId(rs.getObject("owner_id", UUID.class)),
                        rs.getObject("entry_id", UUID.class),
                        rs.getDate("herbeoordeling").toLocalDate()))
                .list();
    }

    public void insertHerinnering(DuePlan plan, java.time.Instant now) {
        jdbc.sql("INSERT INTO dossier.herinnering (id, dossier_id, tenant_id, owner_id, hulpplan_entry_id,"
                        + " herbeoordeling, recorded_at) VALUES (?,?,?,?,?,?,?)")
                .params(
                        UUID.randomUUID(),
                        plan.dossierId(),
                        plan.tenantId().value(),
                        plan.ownerId().value(),
                        plan.entryId(),
                        Date.valueOf(plan.herbeoordeling()),
                        Timestamp.from(now))
                .update();
    }

    /** The open reminders of the dossiers this user owns in this tenant, oldest date first. */
    public List<HerinneringRow> openHerinneringen(TenantId tenant, UserId owner) {
        return jdbc.sql("SELECT h.id, h.dossier_id, h.herbeoordeling FROM dossier.herinnering h"
                        + " JOIN dossier.dossier d ON d.id = h.dossier_id"
                        + " WHERE h.tenant_id = ? AND d.owner_id = ? AND h.afgehandeld_at IS NULL"
                        + " AND d.status = 'OPEN' ORDER BY h.herbeoordeling, h.recorded_at")
                .params(tenant.value(), owner.value())
                .query((rs, n) -> new HerinneringRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("dossier_id", UUID.class),
                        rs.getDate("herbeoordeling").toLocalDate()))
                .list();
    }

    /** Marks the open reminders of a dossier as dealt with (afweging 5 answered, or the dossier closed). */
    public void handleHerinneringen(UUID dossier, java.time.Instant now) {
        jdbc.sql("UPDATE dossier.herinnering SET afgehandeld_at = ? WHERE dossier_id = ? AND afgehandeld_at IS NULL")
                .params(Timestamp.from(now), dossier)
                .update();
    }

    /** An overdracht in a dossier that its owner has not answered yet: the dossier and the day it arrived. */
    public record OpenOverdracht(UUID dossierId, UUID overdrachtId, LocalDate ontvangen) {}

    /** The unanswered overdrachten of the open dossiers this user owns in this tenant, oldest first. */
    public List<OpenOverdracht> openOverdrachten(TenantId tenant, UserId owner) {
        return jdbc.sql("SELECT e.dossier_id, e.payload->>'overdrachtId' AS overdracht_id, e.recorded_at"
                        + " FROM dossier.journal_entry e JOIN dossier.dossier d ON d.id = e.dossier_id"
                        + " WHERE d.tenant_id = ? AND d.owner_id = ? AND d.status = 'OPEN' AND e.kind = 'OVERDRACHT'"
                        + " AND NOT EXISTS (SELECT 1 FROM dossier.journal_entry a WHERE a.dossier_id = e.dossier_id"
                        + " AND a.kind = 'OVERDRACHT_ANTWOORD' AND a.payload->>'overdrachtId' = e.payload->>'overdrachtId')"
                        + " ORDER BY e.seq")
                .params(tenant.value(), owner.value())
                .query((rs, n) -> new OpenOverdracht(
                        rs.getObject("dossier_id", UUID.class),
                        UUID.fromString(rs.getString("overdracht_id")),
                        LocalDate.ofInstant(
                                rs.getTimestamp("recorded_at").toInstant(), java.time.ZoneId.of("Europe/Amsterdam"))))
                .list();
    }

    /**
     * How Veilig Thuis could reach this member, as they wrote it in their latest melding in this tenant (from any of
     * their dossiers): only their own contact details, nothing of the client.
     */
    public Optional<String> laatsteContact(TenantId tenant, UserId author) {
        return jdbc.sql("SELECT e.payload->>'contact' AS contact FROM dossier.journal_entry e"
                        + " JOIN dossier.dossier d ON d.id = e.dossier_id"
                        + " WHERE d.tenant_id = ? AND e.author_id = ? AND e.kind = 'MELDING'"
                        + " AND e.payload->>'contact' IS NOT NULL ORDER BY e.seq DESC LIMIT 1")
                .params(tenant.value(), author.value())
                .query((rs, n) -> rs.getString("contact"))
                .optional();
    }

    /** The dossier from which a melding was sent, with its tenant and owner. */
    public record MeldingDossier(UUID dossierId, TenantId tenantId, UserId ownerId) {}

    /** The dossier whose journal holds the melding sent under this keten id, whatever its tenant: for the system. */
    public Optional<MeldingDossier> dossierVanMelding(UUID meldingId) {
        return jdbc.sql("SELECT d.id, d.tenant_id, d.owner_id FROM dossier.journal_entry e"
                        + " JOIN dossier.dossier d ON d.id = e.dossier_id"
                        + " WHERE e.kind = 'MELDING' AND e.payload->>'meldingId' = ? ORDER BY e.seq LIMIT 1")
                .param(meldingId.toString())
                .query((rs, n) -> new MeldingDossier(
                        rs.getObject("id", UUID.class),
                        new TenantId(rs.getObject("tenant_id", UUID.class)),
                        new UserId(rs.getObject("owner_id", UUID.class))))
                .optional();
    }

    /**
     * Records that a terugkoppeling arrived for the dossier, as a reminder for its owner. A terugkoppeling is recorded
     * once: a repeat inserts nothing.
     *
     * @return whether it was new
     */
    public boolean insertTerugkoppelingHerinnering(
            UUID terugkoppelingId, MeldingDossier d, LocalDate ontvangen, java.time.Instant now) {
        return jdbc.sql("INSERT INTO dossier.terugkoppeling_herinnering (terugkoppeling_id, dossier_id, tenant_id,"
                                + " owner_id, ontvangen, recorded_at) VALUES (?,?,?,?,?,?)"
                                + " ON CONFLICT (terugkoppeling_id) DO NOTHING")
                        .params(
                                terugkoppelingId,
                                d.dossierId(),
                                d.tenantId().value(),
                                d.ownerId().value(),
                                Date.valueOf(ontvangen),
                                Timestamp.from(now))
                        .update()
                > 0;
    }

    /** An unread terugkoppeling of a dossier this user owns. */
    public record TerugkoppelingHerinneringRow(UUID dossierId, LocalDate ontvangen) {}

    /** The unread terugkoppelingen of the dossiers this user owns in this tenant, oldest first. */
    public List<TerugkoppelingHerinneringRow> openTerugkoppelingen(TenantId tenant, UserId owner) {
        return jdbc.sql("SELECT h.dossier_id, h.ontvangen FROM dossier.terugkoppeling_herinnering h"
                        + " JOIN dossier.dossier d ON d.id = h.dossier_id"
                        + " WHERE h.tenant_id = ? AND d.owner_id = ? AND h.gelezen_at IS NULL"
                        + " ORDER BY h.ontvangen, h.recorded_at")
                .params(tenant.value(), owner.value())
                .query((rs, n) -> new TerugkoppelingHerinneringRow(
                        rs.getObject("dossier_id", UUID.class),
                        rs.getDate("ontvangen").toLocalDate()))
                .list();
    }

    /** Marks the unread terugkoppelingen of a dossier as read by its owner; another user changes nothing. */
    public int terugkoppelingenGelezen(UUID dossier, UserId owner, java.time.Instant now) {
        return jdbc.sql("UPDATE dossier.terugkoppeling_herinnering SET gelezen_at = ?"
                        + " WHERE dossier_id = ? AND owner_id = ? AND gelezen_at IS NULL")
                .params(Timestamp.from(now), dossier, owner.value())
                .update();
    }

    /**
     * Records that the dossier was handed to its uitvoerder (rule 24), who is told until they open it: the named
     * colleague, or with {@code null} the aandachtsfunctionarissen of the tenant.
     */
    public void insertToewijzing(
            UUID dossier, TenantId tenant, @Nullable UserId uitvoerder, LocalDate toegewezen, java.time.Instant now) {
        jdbc.sql("INSERT INTO dossier.toewijzing (dossier_id, tenant_id, uitvoerder_id, toegewezen, recorded_at)"
                        + " VALUES (?,?,?,?,?)")
                .params(
                        dossier,
                        tenant.value(),
                        uitvoerder == null ? null : uitvoerder.value(),
                        Date.valueOf(toegewezen),
                        Timestamp.from(now))
                .update();
    }

    /** A dossier handed to this user that they have not opened yet, and the day it was handed over. */
    public record ToewijzingRow(UUID dossierId, LocalDate toegewezen) {}

    /**
     * The open dossiers of this tenant handed to this user and not opened yet, oldest first: those handed to them by
     * name, and for an aandachtsfunctionaris also those handed to the aandachtsfunctionarissen.
     */
    public List<ToewijzingRow> openToewijzingen(TenantId tenant, UserId user, boolean aandachtsfunctionaris) {
        return jdbc.sql("SELECT t.dossier_id, t.toegewezen FROM dossier.toewijzing t"
                        + " JOIN dossier.dossier d ON d.id = t.dossier_id"
                        + " WHERE t.tenant_id = ? AND t.geopend_at IS NULL AND d.status = 'OPEN'"
                        + " AND (t.uitvoerder_id = ? OR (? AND t.uitvoerder_id IS NULL))"
                        + " ORDER BY t.toegewezen, t.recorded_at")
                .params(tenant.value(), user.value(), aandachtsfunctionaris)
                .query((rs, n) -> new ToewijzingRow(
                        rs.getObject("dossier_id", UUID.class),
                        rs.getDate("toegewezen").toLocalDate()))
                .list();
    }

    /**
     * The uitvoerder opened the dossier: the notice that it was handed to them ends. Only the named colleague, or for
     * a dossier handed to the aandachtsfunctionarissen one of them, ends it; another user changes nothing.
     */
    /** Whether the dossier was handed over and not yet opened (by its primary key). */
    public boolean heeftOpenToewijzing(UUID dossier) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier.toewijzing WHERE dossier_id = ? AND geopend_at IS NULL)")
                .param(dossier)
                .query(Boolean.class)
                .single();
    }

    public int toewijzingGeopend(UUID dossier, UserId user, boolean aandachtsfunctionaris, java.time.Instant now) {
        return jdbc.sql("UPDATE dossier.toewijzing SET geopend_at = ?, geopend_door = ?"
                        + " WHERE dossier_id = ? AND geopend_at IS NULL"
                        + " AND (uitvoerder_id = ? OR (? AND uitvoerder_id IS NULL))")
                .params(Timestamp.from(now), user.value(), dossier, user.value(), aandachtsfunctionaris)
                .update();
    }

    public void insertBetrokkene(UUID dossier, int position, Betrokkene b) {
        jdbc.sql("INSERT INTO dossier.betrokkene (id, dossier_id, position, naam, geboortedatum, bsn, relatie)"
                        + " VALUES (?,?,?,?,?,?,?)")
                .params(
                        b.id(),
                        dossier,
                        position,
                        b.naam(),
                        Date.valueOf(b.geboortedatum()),
                        b.bsn() == null ? null : b.bsn().value(),
                        b.relatie().name())
                .update();
    }

    public void insertEntry(JournalEntry<EntryPayload> e) {
        journal.insert(e);
    }

    public Optional<Row> find(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT * FROM dossier.dossier WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id)
                .query(DossierStore::row)
                .optional();
    }

    /**
     * One page of the dossiers of a tenant, all of them or only those of one user (owned by them, shared with them, or
     * assigned to them as executor), newest first (ADR-0036). The dossiers of one user are found through the indexes
     * on owner, executor and shares; all of a tenant's through {@code dossier_tenant_created_idx}.
     */
    public List<ListRow> list(TenantId tenant, Optional<UserId> user, Paginering pagina) {
        String select = "SELECT d.*, b.naam AS first_naam FROM dossier.dossier d"
                + " JOIN dossier.betrokkene b ON b.dossier_id = d.id AND b.position = 0 WHERE d.tenant_id = ?";
        String page = " ORDER BY d.created_at DESC, d.id LIMIT ? OFFSET ?";
        var query = user.isEmpty()
                ? jdbc.sql(select + page).params(tenant.value(), pagina.limit(), pagina.offset())
                : jdbc.sql(select
                                + " AND d.id IN (SELECT id FROM dossier.dossier WHERE tenant_id = ? AND owner_id = ?"
                                + " UNION SELECT id FROM dossier.dossier WHERE tenant_id = ? AND executor_id = ?"
                                + " UNION SELECT dossier_id FROM dossier.deling WHERE user_id = ?)"
                                + page)
                        .params(
                                tenant.value(),
                                tenant.value(),
                                user.get().value(),
                                tenant.value(),
                                user.get().value(),
                                user.get().value(),
                                pagina.limit(),
                                pagina.offset());
        return query.query((rs, n) -> new ListRow(row(rs, n), rs.getString("first_naam")))
                .list();
    }

    public List<Share> shares(UUID dossier) {
        return jdbc.sql("SELECT * FROM dossier.deling WHERE dossier_id = ? ORDER BY shared_at, user_name")
                .param(dossier)
                .query((rs, n) -> new Share(
                        new UserId(rs.getObject("user_id", UUID.class)),
                        rs.getString("user_name"),
                        rs.getTimestamp("shared_at").toInstant()))
                .list();
    }

    public boolean isSharedWith(UUID dossier, UserId user) {
        return jdbc.sql("SELECT count(*) FROM dossier.deling WHERE dossier_id = ? AND user_id = ?")
                        .params(dossier, user.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insertShare(UUID dossier, Share share) {
        jdbc.sql("INSERT INTO dossier.deling (dossier_id, user_id, user_name, shared_at) VALUES (?,?,?,?)")
                .params(dossier, share.userId().value(), share.name(), Timestamp.from(share.sharedAt()))
                .update();
    }

    public void deleteShare(UUID dossier, UserId user) {
        jdbc.sql("DELETE FROM dossier.deling WHERE dossier_id = ? AND user_id = ?")
                .params(dossier, user.value())
                .update();
    }

    public List<Betrokkene> betrokkenen(UUID dossier) {
        return jdbc.sql("SELECT * FROM dossier.betrokkene WHERE dossier_id = ? ORDER BY position")
                .param(dossier)
                .query((rs, n) -> new Betrokkene(
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        rs.getDate("geboortedatum").toLocalDate(),
                        rs.getString("bsn") == null ? null : new Bsn(rs.getString("bsn")),
                        Relatie.valueOf(rs.getString("relatie"))))
                .list();
    }

    public List<JournalEntry<EntryPayload>> entries(UUID dossier) {
        return journal.entries(dossier);
    }

    /** A VIR signal whose end date has come: the journal entry that made it and its dossier. */
    public record DueVirSignaal(UUID entryId, UUID dossierId) {}

    public void insertVirSignaal(UUID entryId, UUID dossier, java.time.LocalDate eindigtOp) {
        jdbc.sql("INSERT INTO dossier.vir_signaal (entry_id, dossier_id, eindigt_op) VALUES (?,?,?)")
                .params(entryId, dossier, Date.valueOf(eindigtOp))
                .update();
    }

    public void endVirSignaal(UUID entryId) {
        jdbc.sql("UPDATE dossier.vir_signaal SET geeindigd = TRUE WHERE entry_id = ?")
                .param(entryId)
                .update();
    }

    /** The signals not yet ended whose end date is on or before the day, oldest first. */
    public List<DueVirSignaal> dueVirSignalen(java.time.LocalDate day) {
        return jdbc.sql("SELECT entry_id, dossier_id FROM dossier.vir_signaal"
                        + " WHERE NOT geeindigd AND eindigt_op <= ? ORDER BY eindigt_op")
                .param(Date.valueOf(day))
                .query((rs, n) ->
                        new DueVirSignaal(rs.getObject("entry_id", UUID.class), rs.getObject("dossier_id", UUID.class)))
                .list();
    }

    /** The dossier's own row, whatever its tenant: for the system's scheduled jobs only. */
    /**
     * The tenant a dossier belongs to, whoever asks: only for the access-log row of a refused attempt (ADR-0021),
     * never to tell the actor anything.
     */
    @Override
    public Optional<TenantId> ownerOf(UUID id) {
        return jdbc.sql("SELECT tenant_id FROM dossier.dossier WHERE id = ?")
                .param(id)
                .query((rs, n) -> new TenantId(rs.getObject(1, UUID.class)))
                .optional();
    }

    public Optional<Row> findForSystem(UUID id) {
        return jdbc.sql("SELECT * FROM dossier.dossier WHERE id = ?")
                .param(id)
                .query(DossierStore::row)
                .optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                new UserId(rs.getObject("owner_id", UUID.class)),
                rs.getString("owner_name"),
                rs.getTimestamp("created_at").toInstant(),
                DossierStatus.valueOf(rs.getString("status")),
                new Uitvoerder(
                        Uitvoerder.Soort.valueOf(rs.getString("executor_kind")),
                        rs.getObject("executor_id", UUID.class),
                        rs.getString("executor_name")),
                rs.getObject("vorig_dossier_id", UUID.class),
                rs.getObject("meldprotocol_versie", Integer.class),
                rs.getString("kader_code"));
    }
}
