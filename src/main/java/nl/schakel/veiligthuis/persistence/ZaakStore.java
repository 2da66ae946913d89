package nl.schakel.veiligthuis.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.Bsn;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.RecordOwners;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.journal.JournalCodec;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.journal.JournalTable;
import nl.schakel.veiligthuis.Zaak;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.EntryKind;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Melder;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Veilig Thuis cases in the {@code veiligthuis} schema. Every query is scoped to one region (tenant) or to a case
 * already found in one; journal entries, directbetrokkenen and melders are only ever inserted.
 */
@Repository
public class ZaakStore implements RecordOwners {

    private final JdbcClient jdbc;
    private final JournalTable<EntryPayload, EntryKind> journal;

    ZaakStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.journal = JournalTable.withoutCorrections(
                jdbc, "veiligthuis.journal_entry", "zaak_id", EntryPayload.class, EntryKind.class);
    }

    public void insert(Zaak z) {
        jdbc.sql("INSERT INTO veiligthuis.zaak (id, tenant_id, soort, status, ontvangen_op, acuut, vb_uiterlijk,"
                        + " classificatie, keten_melding_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)")
                .params(
                        z.id(),
                        z.tenantId().value(),
                        z.soort().name(),
                        z.status().name(),
                        Timestamp.from(z.ontvangenOp()),
                        z.acuut(),
                        z.vbUiterlijk() == null ? null : Date.valueOf(z.vbUiterlijk()),
                        z.classificatie().name(),
                        z.ketenMeldingId(),
                        Timestamp.from(z.createdAt()))
                .update();
    }

    public void insertBetrokkenen(UUID zaak, List<Directbetrokkene> betrokkenen) {
        for (int i = 0; i < betrokkenen.size(); i++) {
            Directbetrokkene b = betrokkenen.get(i);
            jdbc.sql("INSERT INTO veiligthuis.betrokkene (id, zaak_id, position, naam, naam_normaal, geboortedatum,"
                            + " geslacht, bsn, rol) VALUES (?,?,?,?,?,?,?,?,?)")
                    .params(
                            b.id(),
                            zaak,
                            i,
                            b.naam(),
                            Directbetrokkene.normaal(b.naam()),
                            Date.valueOf(b.geboortedatum()),
                            b.geslacht().name(),
                            b.bsn() == null ? null : b.bsn().value(),
                            b.rol().name())
                    .update();
        }
    }

    public void insertMelder(UUID zaak, Melder m) {
        jdbc.sql("INSERT INTO veiligthuis.melder (zaak_id, naam, organisatie, contact, afgeschermd) VALUES (?,?,?,?,?)")
                .params(zaak, m.naam(), m.organisatie(), m.contact(), m.afgeschermd())
                .update();
    }

    public void insertEntry(JournalEntry<EntryPayload> e) {
        journal.insert(e);
    }

    /**
     * Moves the case from one status to the next, only if it is still in the first: two workers acting at once can
     * never both move it.
     *
     * @return whether the case moved
     */
    public boolean updateStatus(UUID id, ZaakStatus van, ZaakStatus naar) {
        if (naar == ZaakStatus.MONITORING) {
            throw new IllegalArgumentException("a case enters monitoring on a day: updateStatus(id, van, naar, op)");
        }
        return updateStatus(id, van, naar, LocalDate.EPOCH);
    }

    /**
     * Moves the case as {@link #updateStatus(UUID, ZaakStatus, ZaakStatus)} does; a move into monitoring records
     * {@code op} as the day monitoring started, from which its planned moments count.
     *
     * @return whether the case moved
     */
    public boolean updateStatus(UUID id, ZaakStatus van, ZaakStatus naar, LocalDate op) {
        boolean monitoring = naar == ZaakStatus.MONITORING;
        return jdbc.sql("UPDATE veiligthuis.zaak SET status = ?,"
                                + " monitoring_sinds = CASE WHEN ? THEN ? ELSE monitoring_sinds END"
                                + " WHERE id = ? AND status = ?")
                        .params(naar.name(), monitoring, Date.valueOf(op), id, van.name())
                        .update()
                == 1;
    }

    /**
     * Gives a melding that starts a new veiligheidsbeoordeling its new deadline. The besluit that took effect is cleared
     * from the row (the journal keeps it), so the VB term counts as open until a new besluit.
     */
    public void nieuweVbTermijn(UUID id, LocalDate uiterlijk) {
        jdbc.sql("UPDATE veiligthuis.zaak SET vb_uiterlijk = ?, besluit = NULL, besluit_op = NULL"
                        + " WHERE id = ? AND soort = 'MELDING'")
                .params(Date.valueOf(uiterlijk), id)
                .update();
    }

    /** Every region's cases in monitoring, for the reminders of their planned moments (a system task). */
    public List<Zaak> inMonitoring() {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE status = 'MONITORING' ORDER BY monitoring_sinds")
                .query(this::row)
                .list();
    }

    /** The region's cases in monitoring. */
    public List<Zaak> inMonitoring(TenantId tenant) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE tenant_id = ? AND status = 'MONITORING'"
                        + " ORDER BY monitoring_sinds")
                .param(tenant.value())
                .query(this::row)
                .list();
    }

    /**
     * Records the reminder of a planned monitoring moment, once: a second node or a second run inserts nothing.
     *
     * @param ontvanger the worker of the case; {@code null} for every worker of the region
     * @return whether this is the first time (so the reminder is sent now)
     */
    public boolean insertMonitoringHerinnering(
            Zaak zaak, LocalDate gepland, nl.schakel.shared.@Nullable UserId ontvanger, Instant op) {
        return jdbc.sql("INSERT INTO veiligthuis.monitoring_herinnering (zaak_id, gepland, tenant_id, ontvanger_id,"
                                + " verstuurd_op) VALUES (?,?,?,?,?) ON CONFLICT (zaak_id, gepland) DO NOTHING")
                        .params(
                                zaak.id(),
                                Date.valueOf(gepland),
                                zaak.tenantId().value(),
                                ontvanger == null ? null : ontvanger.value(),
                                Timestamp.from(op))
                        .update()
                == 1;
    }

    /** A reminder of a planned monitoring moment that is still open. */
    public record MonitoringHerinnering(UUID zaakId, LocalDate gepland) {}

    /**
     * The open reminders of planned monitoring moments for this worker: theirs, and those of cases without a known
     * worker; only of cases still in monitoring, earliest first.
     */
    public List<MonitoringHerinnering> openMonitoringHerinneringen(TenantId tenant, nl.schakel.shared.UserId werker) {
        return jdbc.sql("SELECT h.zaak_id, h.gepland FROM veiligthuis.monitoring_herinnering h"
                        + " JOIN veiligthuis.zaak z ON z.id = h.zaak_id"
                        + " WHERE h.tenant_id = ? AND h.afgehandeld_op IS NULL AND z.status = 'MONITORING'"
                        + " AND (h.ontvanger_id = ? OR h.ontvanger_id IS NULL) ORDER BY h.gepland")
                .params(tenant.value(), werker.value())
                .query((rs, n) -> new MonitoringHerinnering(
                        rs.getObject("zaak_id", UUID.class),
                        rs.getDate("gepland").toLocalDate()))
                .list();
    }

    /** Marks the reminder of a planned moment dealt with: the moment is recorded. */
    public void handelMonitoringHerinneringAf(UUID zaak, LocalDate gepland, Instant op) {
        jdbc.sql("UPDATE veiligthuis.monitoring_herinnering SET afgehandeld_op = ?"
                        + " WHERE zaak_id = ? AND gepland = ? AND afgehandeld_op IS NULL")
                .params(Timestamp.from(op), zaak, Date.valueOf(gepland))
                .update();
    }

    public void updateVeiligheidscheck(UUID id, Instant at) {
        jdbc.sql("UPDATE veiligthuis.zaak SET laatste_veiligheidscheck = ? WHERE id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    /**
     * Turns an advies into a melding in the veiligheidsbeoordeling: soort, deadline, classification and status in one
     * UPDATE, as the table's check (a melding has a deadline, an advies none) needs them together.
     */
    public boolean omzettenInMelding(UUID id, Instant ontvangenOp, LocalDate vbUiterlijk, Classificatie classificatie) {
        return jdbc.sql("UPDATE veiligthuis.zaak SET soort = 'MELDING', ontvangen_op = ?, vb_uiterlijk = ?,"
                                + " classificatie = ?, status = ? WHERE id = ? AND soort = 'ADVIES'")
                        .params(
                                Timestamp.from(ontvangenOp),
                                Date.valueOf(vbUiterlijk),
                                classificatie.name(),
                                ZaakStatus.VEILIGHEIDSBEOORDELING.name(),
                                id)
                        .update()
                == 1;
    }

    /** Marks a melding acute (rule 34: it goes to the top of the queue); a case is never made non-acute. */
    public void markeerAcuut(UUID id) {
        jdbc.sql("UPDATE veiligthuis.zaak SET acuut = TRUE WHERE id = ?")
                .param(id)
                .update();
    }

    /**
     * Records the besluit that took effect, and the state it moves the case to, only if the case still waits for the
     * approval of a proposed besluit.
     *
     * @return whether the besluit took effect
     */
    public boolean updateBesluit(UUID id, Besluit besluit, Instant at) {
        return jdbc.sql("UPDATE veiligthuis.zaak SET besluit = ?, besluit_op = ?, status = ?"
                                + " WHERE id = ? AND status = 'BESLUIT_VOORGESTELD'")
                        .params(
                                besluit.name(),
                                Timestamp.from(at),
                                besluit.volgende().name(),
                                id)
                        .update()
                == 1;
    }

    /** Sets the last day of the term of the onderzoek the case enters now (rule 35). */
    public void zetOnderzoekUiterlijk(UUID id, LocalDate uiterlijk) {
        jdbc.sql("UPDATE veiligthuis.zaak SET onderzoek_uiterlijk = ? WHERE id = ?")
                .params(Date.valueOf(uiterlijk), id)
                .update();
    }

    /** The region's cases in an onderzoek by Veilig Thuis, with their term, unordered. */
    public List<Zaak> inOnderzoek(TenantId tenant) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE tenant_id = ? AND status = 'ONDERZOEK'"
                        + " AND onderzoek_uiterlijk IS NOT NULL")
                .param(tenant.value())
                .query(this::row)
                .list();
    }

    public Optional<Zaak> find(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id)
                .query(this::row)
                .optional();
    }

    /**
     * Records that an aanvulling arrived on a case, once: a repeat of the same aanvulling inserts nothing.
     *
     * @return whether this is the first time the aanvulling arrived
     */
    public boolean insertAanvulling(UUID aanvullingId, UUID zaak, Instant at) {
        return jdbc.sql("INSERT INTO veiligthuis.aanvulling (aanvulling_id, zaak_id, ontvangen_op) VALUES (?,?,?)"
                                + " ON CONFLICT (aanvulling_id) DO NOTHING")
                        .params(aanvullingId, zaak, Timestamp.from(at))
                        .update()
                == 1;
    }

    /**
     * When the latest aanvulling arrived, per case of these (of one region) that has one: only the cases a list shows,
     * not every case of twenty years (issue 14; index {@code aanvulling_zaak_idx}).
     */
    public java.util.Map<UUID, Instant> laatsteAanvullingen(TenantId tenant, java.util.Collection<UUID> zaken) {
        java.util.Map<UUID, Instant> result = new java.util.HashMap<>();
        if (zaken.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT a.zaak_id, max(a.ontvangen_op) AS op FROM veiligthuis.aanvulling a"
                        + " JOIN veiligthuis.zaak z ON z.id = a.zaak_id WHERE z.tenant_id = ? AND a.zaak_id = ANY(?)"
                        + " GROUP BY a.zaak_id")
                .params(tenant.value(), zaken.toArray(UUID[]::new))
                .query(rs -> {
                    result.put(
                            rs.getObject("zaak_id", UUID.class),
                            rs.getTimestamp("op").toInstant());
                });
        return result;
    }

    /**
     * The region a case belongs to, whoever asks: only for the access-log row of a refused attempt (ADR-0021), never
     * to tell the actor anything.
     */
    @Override
    public Optional<TenantId> ownerOf(UUID id) {
        return jdbc.sql("SELECT tenant_id FROM veiligthuis.zaak WHERE id = ?")
                .param(id)
                .query((rs, n) -> new TenantId(rs.getObject(1, UUID.class)))
                .optional();
    }

    public Optional<Zaak> findByKetenMelding(UUID ketenMeldingId) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE keten_melding_id = ?")
                .param(ketenMeldingId)
                .query(this::row)
                .optional();
    }

    /** One page of the region's cases, newest first (ADR-0036; index {@code zaak_tenant_ontvangen_idx}). */
    public List<Zaak> zaken(TenantId tenant, Paginering pagina) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE tenant_id = ? ORDER BY ontvangen_op DESC, id"
                        + " LIMIT ? OFFSET ?")
                .params(tenant.value(), pagina.limit(), pagina.offset())
                .query(this::row)
                .list();
    }

    /**
     * The region's open cases (an advies still being given, or a melding Veilig Thuis is involved with) that this
     * person worked on (wrote a journal entry in), most recently received first, at most {@code max}.
     */
    public List<Zaak> openZakenVan(TenantId tenant, nl.schakel.shared.UserId auteur, int max) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak z WHERE z.tenant_id = ?"
                        + " AND z.status NOT IN ('ADVIES_AFGEROND', 'AFGESLOTEN') AND EXISTS (SELECT 1 FROM"
                        + " veiligthuis.journal_entry j WHERE j.zaak_id = z.id AND j.author_id = ?)"
                        + " ORDER BY z.ontvangen_op DESC LIMIT ?")
                .param(tenant.value())
                .param(auteur.value())
                .param(max)
                .query(this::row)
                .list();
    }

    /** The region's meldingen in the veiligheidsbeoordeling: the queue, unordered. */
    public List<Zaak> inVeiligheidsbeoordeling(TenantId tenant) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE tenant_id = ? AND soort = 'MELDING'"
                        + " AND status IN ('VEILIGHEIDSBEOORDELING', 'BESLUIT_VOORGESTELD')")
                .param(tenant.value())
                .query(this::row)
                .list();
    }

    /** The region's cases in one of these states, oldest first. */
    public List<Zaak> inStatus(TenantId tenant, java.util.Collection<ZaakStatus> statussen) {
        if (statussen.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE tenant_id = ? AND status IN ("
                        + String.join(",", java.util.Collections.nCopies(statussen.size(), "?"))
                        + ") ORDER BY ontvangen_op")
                .params(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(tenant.value()),
                                statussen.stream().map(ZaakStatus::name))
                        .toList())
                .query(this::row)
                .list();
    }

    /**
     * Every region's meldingen whose veiligheidsbeoordeling is still open, for recomputing their deadline when the
     * working-day calendar changed (a system task, not a user's read).
     */
    public List<Zaak> openVeiligheidsbeoordelingen() {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE soort = 'MELDING'"
                        + " AND status IN ('VEILIGHEIDSBEOORDELING', 'BESLUIT_VOORGESTELD') ORDER BY ontvangen_op")
                .query(this::row)
                .list();
    }

    /**
     * Moves the VB deadline of a melding whose veiligheidsbeoordeling is still open, only if it still has the deadline
     * it was read with: a delivery of the same change twice, or a besluit in between, moves nothing.
     *
     * @return whether the deadline moved
     */
    public boolean verzetVbUiterlijk(UUID id, LocalDate oud, LocalDate nieuw) {
        return jdbc.sql("UPDATE veiligthuis.zaak SET vb_uiterlijk = ? WHERE id = ? AND vb_uiterlijk = ?"
                                + " AND status IN ('VEILIGHEIDSBEOORDELING', 'BESLUIT_VOORGESTELD')")
                        .params(Date.valueOf(nieuw), id, Date.valueOf(oud))
                        .update()
                == 1;
    }

    /** The calendar version the open deadlines were last computed on; empty before the first time. */
    public Optional<Long> termijnKalenderVersie() {
        return jdbc.sql("SELECT versie FROM veiligthuis.termijn_kalender WHERE id = 1")
                .query(Long.class)
                .optional();
    }

    public void zetTermijnKalenderVersie(long versie, Instant op) {
        jdbc.sql("INSERT INTO veiligthuis.termijn_kalender (id, versie, herberekend_op) VALUES (1, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET versie = EXCLUDED.versie,"
                        + " herberekend_op = EXCLUDED.herberekend_op")
                .params(versie, Timestamp.from(op))
                .update();
    }

    /** The region's meldingen whose VB term ends in the period, closed or not, for the teamleider's figures. */
    public List<Zaak> meldingenMetTermijnIn(TenantId tenant, LocalDate van, LocalDate tot) {
        return jdbc.sql("SELECT * FROM veiligthuis.zaak WHERE tenant_id = ? AND soort = 'MELDING'"
                        + " AND vb_uiterlijk BETWEEN ? AND ? ORDER BY vb_uiterlijk")
                .params(tenant.value(), Date.valueOf(van), Date.valueOf(tot))
                .query(this::row)
                .list();
    }

    public List<Directbetrokkene> betrokkenen(UUID zaak) {
        return jdbc.sql("SELECT * FROM veiligthuis.betrokkene WHERE zaak_id = ? ORDER BY position")
                .param(zaak)
                .query(this::betrokkene)
                .list();
    }

    /** The name of each case's first directbetrokkene, for a list of cases: one query, whatever the list's length. */
    public java.util.Map<UUID, String> eersteNamen(java.util.Collection<UUID> zaken) {
        return perZaak(
                zaken,
                "SELECT DISTINCT ON (zaak_id) zaak_id, naam AS tekst FROM veiligthuis.betrokkene"
                        + " WHERE zaak_id = ANY(?) ORDER BY zaak_id, position");
    }

    /** Why each of these cases is marked acute: the reason of its latest acute mark, read for the list at once. */
    public java.util.Map<UUID, AcuutGemarkeerd> acuutRedenen(java.util.Collection<UUID> zaken) {
        java.util.Map<UUID, AcuutGemarkeerd> redenen = new java.util.HashMap<>();
        perZaak(
                        zaken,
                        "SELECT DISTINCT ON (zaak_id) zaak_id, payload::text AS tekst FROM veiligthuis.journal_entry"
                                + " WHERE zaak_id = ANY(?) AND kind = '" + EntryKind.ACUUT_GEMARKEERD.name() + "'"
                                + " ORDER BY zaak_id, seq DESC")
                .forEach((zaak, json) ->
                        redenen.put(zaak, (AcuutGemarkeerd) JournalCodec.read(EntryKind.ACUUT_GEMARKEERD, json)));
        return redenen;
    }

    /** One text per case for a list of cases, in one query: {@code sql} takes the ids and selects zaak_id and tekst. */
    private java.util.Map<UUID, String> perZaak(java.util.Collection<UUID> zaken, String sql) {
        java.util.Map<UUID, String> perZaak = new java.util.HashMap<>();
        if (zaken.isEmpty()) {
            return perZaak;
        }
        jdbc.sql(sql)
                .param(zaken.toArray(UUID[]::new))
                .query((rs, n) -> perZaak.put(rs.getObject("zaak_id", UUID.class), rs.getString("tekst")))
                .list();
        return perZaak;
    }

    public Optional<Melder> melder(UUID zaak) {
        return jdbc.sql("SELECT * FROM veiligthuis.melder WHERE zaak_id = ?")
                .param(zaak)
                .query((rs, n) -> new Melder(
                        rs.getString("naam"),
                        rs.getString("organisatie"),
                        rs.getString("contact"),
                        rs.getBoolean("afgeschermd")))
                .optional();
    }

    public List<JournalEntry<EntryPayload>> entries(UUID zaak) {
        return journal.entries(zaak);
    }

    /** The journals of several cases in one query, each oldest entry first (the family's timeline reads them). */
    public java.util.Map<UUID, List<JournalEntry<EntryPayload>>> entries(java.util.Collection<UUID> zaken) {
        java.util.Map<UUID, List<JournalEntry<EntryPayload>>> perZaak = new java.util.HashMap<>();
        if (zaken.isEmpty()) {
            return perZaak;
        }
        jdbc.sql("SELECT * FROM veiligthuis.journal_entry WHERE zaak_id = ANY(?) ORDER BY seq")
                .param(zaken.toArray(UUID[]::new))
                .query((rs, n) -> journal.entry(rs))
                .list()
                .forEach(e -> perZaak.computeIfAbsent(e.ownerId(), k -> new java.util.ArrayList<>())
                        .add(e));
        return perZaak;
    }

    /**
     * A case of the region about the same person, found by BSN or by name and date of birth when a BSN is missing, with
     * that case's directbetrokkene that matched.
     */
    public record Treffer(Zaak zaak, Directbetrokkene betrokkene) {}

    /**
     * The region's other cases about this person (the own-records search of the verrijking, and the classification
     * of a new melding, rule 55): the same BSN, or the same normalised name and date of birth where either side has
     * no BSN.
     */
    public List<Treffer> zelfdePersoon(TenantId tenant, Directbetrokkene p, @Nullable UUID behalve) {
        return jdbc.sql("SELECT z.*, b.id AS b_id, b.naam AS b_naam, b.geboortedatum AS b_geboortedatum,"
                        + " b.geslacht AS b_geslacht, b.bsn AS b_bsn, b.rol AS b_rol FROM veiligthuis.betrokkene b"
                        + " JOIN veiligthuis.zaak z ON z.id = b.zaak_id"
                        + " WHERE z.tenant_id = ? AND z.id IS DISTINCT FROM ?"
                        + " AND ((b.bsn IS NOT NULL AND b.bsn = ?)"
                        + "   OR ((b.bsn IS NULL OR CAST(? AS CHAR(9)) IS NULL)"
                        + "       AND b.naam_normaal = ? AND b.geboortedatum = ?))"
                        + " ORDER BY z.ontvangen_op")
                .params(
                        tenant.value(),
                        behalve,
                        p.bsn() == null ? null : p.bsn().value(),
                        p.bsn() == null ? null : p.bsn().value(),
                        Directbetrokkene.normaal(p.naam()),
                        Date.valueOf(p.geboortedatum()))
                .query((rs, n) -> new Treffer(row(rs, n), betrokkene(rs, "b_")))
                .list();
    }

    private Zaak row(ResultSet rs, int n) throws SQLException {
        Date uiterlijk = rs.getDate("vb_uiterlijk");
        Timestamp check = rs.getTimestamp("laatste_veiligheidscheck");
        String besluit = rs.getString("besluit");
        Timestamp besluitOp = rs.getTimestamp("besluit_op");
        Date onderzoek = rs.getDate("onderzoek_uiterlijk");
        Date monitoringSinds = rs.getDate("monitoring_sinds");
        return new Zaak(
                rs.getObject("id", UUID.class),
                new TenantId(rs.getObject("tenant_id", UUID.class)),
                ZaakSoort.valueOf(rs.getString("soort")),
                ZaakStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("ontvangen_op").toInstant(),
                rs.getBoolean("acuut"),
                uiterlijk == null ? null : uiterlijk.toLocalDate(),
                Classificatie.valueOf(rs.getString("classificatie")),
                rs.getObject("keten_melding_id", UUID.class),
                check == null ? null : check.toInstant(),
                besluit == null ? null : Besluit.valueOf(besluit),
                besluitOp == null ? null : besluitOp.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                onderzoek == null ? null : onderzoek.toLocalDate(),
                monitoringSinds == null ? null : monitoringSinds.toLocalDate());
    }

    private Directbetrokkene betrokkene(ResultSet rs, int n) throws SQLException {
        return betrokkene(rs, "");
    }

    /** A directbetrokkene from columns named with the prefix (empty for the betrokkene table itself). */
    private static Directbetrokkene betrokkene(ResultSet rs, String prefix) throws SQLException {
        String bsn = rs.getString(prefix + "bsn");
        return new Directbetrokkene(
                rs.getObject(prefix + "id", UUID.class),
                rs.getString(prefix + "naam"),
                rs.getDate(prefix + "geboortedatum").toLocalDate(),
                Geslacht.valueOf(rs.getString(prefix + "geslacht")),
                bsn == null ? null : new Bsn(bsn),
                BetrokkeneRol.valueOf(rs.getString(prefix + "rol")));
    }
}
