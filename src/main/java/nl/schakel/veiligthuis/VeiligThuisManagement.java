package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Pagina;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.AanvullingOntvangen;
import nl.schakel.veiligthuis.domain.Actie;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.DossierMelding;
import nl.schakel.veiligthuis.domain.EersteContact;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.IntakeVastgelegd;
import nl.schakel.veiligthuis.domain.Melder;
import nl.schakel.veiligthuis.domain.MelderIngezien;
import nl.schakel.veiligthuis.domain.Termijnen;
import nl.schakel.veiligthuis.domain.Veiligheidscheck;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Veilig Thuis case from intake on: registering an advies or melding (by a worker, the region's API client, or
 * on arrival from a Schakel dossier through {@code keten}), reading a case, showing the shielded melder with a logged
 * reason, the first contact with the melder and the safety checks while a melding waits. Every new case with
 * directbetrokkenen is registered in the national VT-register in the same transaction ({@link VtRegisterAanmelding}).
 */
@Service
public class VeiligThuisManagement {

    private final ZaakStore store;
    private final ZaakAccess access;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Termijnen termijnen;
    private final KetenStatus ketenStatus;
    private final MonitoringManagement monitoring;
    private final VtRegisterAanmelding register;

    VeiligThuisManagement(
            ZaakStore store,
            ZaakAccess access,
            AccessLog accessLog,
            Clock clock,
            Werkdagkalender kalender,
            KetenStatus ketenStatus,
            MonitoringManagement monitoring,
            VtRegisterAanmelding register) {
        this.register = register;
        this.ketenStatus = ketenStatus;
        this.monitoring = monitoring;
        this.store = store;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
        this.termijnen = new Termijnen(kalender);
    }

    /**
     * Registers an advies or melding for the actor's region, as a worker or the region's API client: classifies it
     * against the region's own records (rule 55), sets the VB deadline of a melding (rule 33), keeps the melder apart
     * (rule 43) and writes the first journal entry and the log row.
     *
     * @return the new case's id
     */
    @Transactional
    public UUID registreer(Actor by, Intake intake) {
        TenantId regio = access.regio(by, "veiligthuis.intake");
        if (by.hasRole(Role.VT_TEAMLEIDER)) {
            accessLog.recordDenial(AccessEvent.by(by, "veiligthuis.intake", ActionCode.C));
            throw new nl.schakel.shared.AccessDeniedException("veiligthuis.intake");
        }
        Actor author = by.apiClient() != null ? by.apiClient() : by;
        UUID id = nieuweZaak(regio, intake, null, null, author.userId(), author.displayName(), author.role());
        access.log(by, "veiligthuis.intake", ActionCode.C, id, "intake");
        return id;
    }

    /**
     * Takes in a melding that arrived from a Schakel dossier: the region's own copy, made once however often the
     * event is delivered. Logged as received by the region through the chain; the professional sees "received" with
     * the deadline (status through {@code keten}). A melding that arrives acute gets its acute mark with the reason
     * at once, as a mark made later would (rule 34), so the worker sees why it is on top of the queue.
     *
     * @param acuutReden why the melding arrives acute (the melder's judgement); {@code null} when it does not
     * @return the case's id
     */
    @Transactional
    public UUID ontvang(
            VeiligThuisRegio regio,
            UUID ketenMeldingId,
            Intake intake,
            DossierMelding melding,
            @Nullable AcuutGemarkeerd acuutReden) {
        var bestaand = store.findByKetenMelding(ketenMeldingId);
        if (bestaand.isPresent()) {
            return bestaand.get().id();
        }
        UUID id = nieuweZaak(
                regio.id(), intake, ketenMeldingId, null, new UserId(regio.id().value()), regio.naam(), null);
        store.insertEntry(JournalEntry.of(
                id, clock.instant(), new UserId(regio.id().value()), regio.naam(), null, null, melding));
        if (intake.acuut() && acuutReden != null) {
            store.insertEntry(JournalEntry.of(
                    id, clock.instant(), new UserId(regio.id().value()), regio.naam(), null, null, acuutReden));
        }
        ketenStatus.meld(store.find(regio.id(), id).orElseThrow());
        accessLog.record(AccessEvent.anonymous("veiligthuis.melding.ontvangen", ActionCode.C, Outcome.GESLAAGD)
                .tenant(regio.id())
                .on(ZaakAccess.OBJECT_TYPE, id)
                .segment("intake"));
        return id;
    }

    /**
     * Takes in an aanvulling to a melding that arrived from a Schakel dossier (ADR-0019): a journal entry on the case of
     * that melding, once however often the event is delivered, classified by rule 55 ({@link
     * Classificatie#vanAanvulling}: a vervolgmelding while the case is open, a hermelding once it is closed). Logged
     * as received by the region through the chain. Never a new case: a worker decides whether a hermelding becomes one.
     *
     * @throws IllegalStateException when the melding's case is not there: {@code KetenOntvangst} takes the melding in
     *     first
     */
    @Transactional
    public void ontvangAanvulling(
            VeiligThuisRegio regio,
            UUID aanvullingId,
            UUID ketenMeldingId,
            String tekst,
            List<DossierMelding.Signaal> signalen,
            List<DossierMelding.Consultatie> consultaties,
            List<DossierMelding.Gesprek> gesprekken,
            Instant verzondenOp) {
        Zaak zaak = store.findByKetenMelding(ketenMeldingId)
                .filter(z -> z.tenantId().equals(regio.id()))
                .orElseThrow(() -> new IllegalStateException("no case of melding " + ketenMeldingId + " yet"));
        Instant now = clock.instant();
        if (!store.insertAanvulling(aanvullingId, zaak.id(), now)) {
            return;
        }
        store.insertEntry(JournalEntry.of(
                zaak.id(),
                now,
                new UserId(regio.id().value()),
                regio.naam(),
                null,
                null,
                new AanvullingOntvangen(
                        aanvullingId,
                        ketenMeldingId,
                        tekst,
                        signalen,
                        consultaties,
                        gesprekken,
                        verzondenOp,
                        Classificatie.vanAanvulling(zaak.status()))));
        accessLog.record(AccessEvent.anonymous("veiligthuis.aanvulling.ontvangen", ActionCode.C, Outcome.GESLAAGD)
                .tenant(regio.id())
                .on(ZaakAccess.OBJECT_TYPE, zaak.id())
                .segment("aanvulling"));
    }

    private UUID nieuweZaak(
            TenantId regio,
            Intake intake,
            @Nullable UUID ketenMeldingId,
            @Nullable String uitDossier,
            UserId authorId,
            String authorName,
            @Nullable Role authorRole) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        boolean melding = intake.soort() == ZaakSoort.MELDING;
        Classificatie classificatie = melding ? classificeer(regio, intake.betrokkenen()) : Classificatie.NIEUW;
        store.insert(new Zaak(
                id,
                regio,
                intake.soort(),
                melding ? ZaakStatus.VEILIGHEIDSBEOORDELING : ZaakStatus.ADVIES,
                intake.ontvangenOp(),
                intake.acuut(),
                melding ? termijnen.veiligheidsbeoordelingUiterlijk(intake.ontvangenDag()) : null,
                classificatie,
                ketenMeldingId,
                null,
                null,
                null,
                now,
                null,
                null));
        store.insertBetrokkenen(id, intake.betrokkenen());
        Melder melder = intake.melder();
        if (melder != null) {
            store.insertMelder(id, melder);
        }
        store.insertEntry(JournalEntry.of(
                id,
                now,
                authorId,
                authorName,
                authorRole,
                null,
                IntakeVastgelegd.van(intake, ketenMeldingId, classificatie, uitDossier)));
        if (classificatie == Classificatie.VERVOLG_TIJDENS_MONITORING) {
            monitoring.vervolgmelding(
                    regio, id, intake.betrokkenen(), intake.ontvangenOp(), authorId, authorName, authorRole);
        }
        register.aanmelden(regio, id, intake.betrokkenen(), intake.ontvangenOp());
        return id;
    }

    /** Rule 55 against the region's own records: the cases about any of the same persons. */
    Classificatie classificeer(TenantId regio, List<Directbetrokkene> personen) {
        Set<UUID> gezien = new LinkedHashSet<>();
        List<Classificatie.EerdereZaak> eerder = new ArrayList<>();
        for (Directbetrokkene p : personen) {
            for (ZaakStore.Treffer t : store.zelfdePersoon(regio, p, null)) {
                if (t.zaak().soort() == ZaakSoort.MELDING && gezien.add(t.zaak().id())) {
                    eerder.add(new Classificatie.EerdereZaak(
                            t.zaak().status(), t.zaak().ontvangenOp()));
                }
            }
        }
        return Classificatie.van(eerder);
    }

    /** A case in the region's list: its row and the name of its first directbetrokkene ("" for none). */
    public record InLijst(Zaak zaak, String naam) {}

    /**
     * One page of the region's cases, newest first, for a worker of the region (ADR-0036). Logged as one read of the
     * list.
     */
    @Transactional
    public Pagina<InLijst> zaken(Actor by, Paginering pagina) {
        TenantId regio = access.regio(by, "veiligthuis.zaken");
        accessLog.record(AccessEvent.by(by, "veiligthuis.zaken", ActionCode.R).segment("lijst"));
        Pagina<Zaak> zaken = Pagina.van(store.zaken(regio, pagina), pagina);
        java.util.Map<UUID, String> namen =
                store.eersteNamen(zaken.regels().stream().map(Zaak::id).toList());
        return zaken.map(z -> new InLijst(z, namen.getOrDefault(z.id(), "")));
    }

    /**
     * Whether the actor may see what identifies the melder (with a reason for the name itself): the melding's text
     * from the dossier and the first contact. A teamleider keeps sight of terms, not of melders (rule 43).
     */
    public static boolean magMelderZien(@Nullable Actor actor) {
        return actor != null && ZaakAccess.MELDER_ROLLEN.stream().anyMatch(actor::hasRole);
    }

    /** A case of the actor's region, without the melder's identity; logged. Another region's case is not found. */
    @Transactional
    public ZaakView zaak(Actor by, UUID id) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.zaak.read", ActionCode.R);
        access.log(by, "veiligthuis.zaak.read", ActionCode.R, id, null);
        return zaak;
    }

    /**
     * Refuses a Veilig Thuis worker whose role may not act on this action page of a case ({@link Actie#magRol}: the
     * teamleider reads only, only a gedragswetenschapper judges a proposal): the refusal is logged and the answer is
     * 403. Every action page passes here first, for GET and POST alike ({@code web.ActiePaginaGuard}); anyone outside
     * Veilig Thuis is refused by the case's own access decision ("not found", logged for the case's region too).
     *
     * @param wijzigt whether the request records something (a POST)
     */
    public void actiePagina(Actor by, UUID id, Actie actie, boolean wijzigt) {
        boolean vt = ZaakAccess.VT_ROLLEN.stream().anyMatch(by::hasRole);
        if (vt && !actie.magRol(by.role())) {
            accessLog.recordDenial(access.geweigerd(by, ACTIEPAGINA, wijzigt ? ActionCode.C : ActionCode.R, id)
                    .segment(actie.segment()));
            throw new nl.schakel.shared.AccessDeniedException(ACTIEPAGINA);
        }
    }

    private static final String ACTIEPAGINA = "veiligthuis.actiepagina";

    /**
     * The melder's identity, for a VT-medewerker or gedragswetenschapper of the region who gives a reason (rule 43):
     * the reason is kept in the journal and in the access log. Others are refused and the attempt is logged.
     */
    @Transactional
    public Melder melder(Actor by, UUID id, String reden) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.melder.read", ActionCode.R);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, "veiligthuis.melder.read", id);
        MelderIngezien ingezien = MelderIngezien.of(reden);
        Melder melder = store.melder(id).orElseThrow(() -> new InvalidInputException("", "vt.fout.geenmelder"));
        access.insert(by, zaak, ingezien);
        accessLog.record(ZaakAccess.event(by, "veiligthuis.melder.read", ActionCode.R, id)
                .segment("melder")
                .purpose(ingezien.reden()));
        return melder;
    }

    /**
     * Records the first contact with the professional melder (spec §3.2); it also counts as a safety check of the
     * waiting melding.
     */
    @Transactional
    public void eersteContact(Actor by, UUID id, EersteContact contact) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.eerstecontact", ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, "veiligthuis.eerstecontact", id);
        if (zaak.zaak().soort() != ZaakSoort.MELDING || zaak.intake().beller() != Beller.BEROEPSKRACHT) {
            throw new InvalidInputException("", "vt.fout.eerstecontact");
        }
        JournalEntry<EntryPayload> entry =
                access.append(by, zaak, "veiligthuis.eerstecontact", "eerste-contact", contact);
        store.updateVeiligheidscheck(id, entry.recordedAt());
    }

    /** Records a check of the family's safety while the melding waits for its veiligheidsbeoordeling. */
    @Transactional
    public void veiligheidscheck(Actor by, UUID id, Veiligheidscheck check) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.veiligheidscheck", ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, "veiligthuis.veiligheidscheck", id);
        if (!zaak.zaak().status().inVeiligheidsbeoordeling()) {
            throw new InvalidInputException("", "vt.fout.nietinvb");
        }
        JournalEntry<EntryPayload> entry = access.append(by, zaak, "veiligthuis.veiligheidscheck", "veiligheid", check);
        store.updateVeiligheidscheck(id, entry.recordedAt());
    }
}
