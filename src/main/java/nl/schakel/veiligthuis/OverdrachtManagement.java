package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.KetenOverdrachten;
import nl.schakel.keten.Overdracht;
import nl.schakel.keten.OverdrachtAntwoord;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.Dienststand;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.Ontvanger;
import nl.schakel.veiligthuis.domain.OverdrachtAangeboden;
import nl.schakel.veiligthuis.domain.OverdrachtBeantwoord;
import nl.schakel.veiligthuis.domain.Overdrachten;
import nl.schakel.veiligthuis.domain.Overgang;
import nl.schakel.veiligthuis.domain.ZaakActies;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdracht na veiligheidsbeoordeling and overdracht (domain spec §3.2, §3.6; rules 36–38, 45): the case is offered to
 * one or more receiving parties, each with the risk factors and the veiligheidsvoorwaarden in force; a party accepts
 * responsibility for "zicht op veiligheid" or declines with a reason. Veilig Thuis records the answer of a party
 * outside Schakel (who, when, how); the professional who made a melding from a Schakel dossier receives the offer in
 * that dossier through {@code keten} and answers there ({@link OverdrachtAntwoordOntvangst}). The first acceptance
 * moves the case ({@link Overgang.OverdrachtAanvaard}): an overdracht na veiligheidsbeoordeling closes it (rule 36), an
 * overdracht after voorwaarden en vervolg or onderzoek starts monitoring (rule 37). An overdracht nobody accepted
 * within {@code schakel.veilig-thuis.overdracht-werkdagen} working days is flagged on the case, in the queue and in the
 * teamleider's late list.
 */
@Service
public class OverdrachtManagement {

    static final String EVENT = "veiligthuis.overdracht";
    static final String EVENT_ANTWOORD = "veiligthuis.overdracht.aanvaarding";
    static final String EVENT_ONTVANGEN = "veiligthuis.overdracht.ontvangen";
    static final String SEGMENT = "overdracht";

    /** The services in which a case is handed over. */
    public static final Set<ZaakStatus> IN_OVERDRACHT =
            EnumSet.of(ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, ZaakStatus.OVERDRACHT);

    private final ZaakAccess access;
    private final ZaakStore store;
    private final AccessLog accessLog;
    private final KetenManagement keten;
    private final KetenOverdrachten ketenOverdrachten;
    private final KetenStatus ketenStatus;
    private final Werkdagkalender kalender;
    private final Clock clock;
    private final int werkdagen;

    OverdrachtManagement(
            ZaakAccess access,
            ZaakStore store,
            AccessLog accessLog,
            KetenManagement keten,
            KetenOverdrachten ketenOverdrachten,
            KetenStatus ketenStatus,
            Werkdagkalender kalender,
            Clock clock,
            @Value("${schakel.veilig-thuis.overdracht-werkdagen:5}") int werkdagen) {
        if (werkdagen < 1) {
            throw new IllegalArgumentException("schakel.veilig-thuis.overdracht-werkdagen must be at least 1");
        }
        this.access = access;
        this.store = store;
        this.accessLog = accessLog;
        this.keten = keten;
        this.ketenOverdrachten = ketenOverdrachten;
        this.ketenStatus = ketenStatus;
        this.kalender = kalender;
        this.clock = clock;
        this.werkdagen = werkdagen;
    }

    /** How many working days after the first offer a party should have accepted. */
    public int werkdagen() {
        return werkdagen;
    }

    /**
     * The overdracht of a case as the case page shows it: the parties, the last day to accept and whether that passed.
     *
     * @param uiterlijk the last working day on which a party should accept; {@code null} when nothing was offered or a
     *     party accepted
     */
    public record Stand(
            Overdrachten overdrachten,
            LocalDate vandaag,
            @org.jspecify.annotations.Nullable LocalDate uiterlijk,
            boolean teLaat) {}

    /** The overdracht of a case the actor already read (the read is logged by the caller). */
    public Stand stand(ZaakView zaak) {
        Overdrachten o = Overdrachten.van(zaak.journal());
        LocalDate vandaag = access.vandaag();
        return new Stand(
                o, vandaag, o.uiterlijk(kalender, werkdagen).orElse(null), o.teLaat(vandaag, kalender, werkdagen));
    }

    /** Whether a party may be offered the overdracht now: the case is in one of the overdracht services. */
    public static boolean mogelijk(ZaakView zaak) {
        return IN_OVERDRACHT.contains(zaak.zaak().status());
    }

    /** Whether an offer to the melder goes to their Schakel dossier: the melding came from one. */
    public static boolean viaSchakel(ZaakView zaak, Ontvanger soort) {
        return soort == Ontvanger.MELDER && zaak.zaak().ketenMeldingId() != null;
    }

    /**
     * The case for the overdracht page, for a VT-medewerker or gedragswetenschapper of the region; the teamleider reads
     * the overdracht on the case page but is refused here, and the refusal is logged.
     */
    @Transactional
    public ZaakView pagina(Actor by, UUID id) {
        ZaakView zaak = access.accessible(by, id, EVENT, ActionCode.R);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, EVENT, id);
        access.log(by, EVENT, ActionCode.R, id, SEGMENT);
        return zaak;
    }

    /**
     * Offers the overdracht to one receiving party, with the risk factors and the voorwaarden in force; to the melder of
     * a melding from a Schakel dossier it goes through {@code keten} into that dossier.
     *
     * @return the party's id
     */
    @Transactional
    public UUID biedAan(Actor by, UUID id, OverdrachtInvoer invoer) {
        ZaakView zaak = access.accessible(by, id, EVENT, ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, EVENT, id);
        if (!mogelijk(zaak)) {
            throw new InvalidInputException("", "overdracht.fout.nietinoverdracht");
        }
        OverdrachtAangeboden aanbod = OverdrachtAangeboden.of(
                invoer.soort(),
                invoer.naam(),
                invoer.organisatie(),
                invoer.contact(),
                invoer.overname(),
                zaak.journal());
        UUID ketenMelding = zaak.zaak().ketenMeldingId();
        if (ketenMelding != null && viaSchakel(zaak, aanbod.soort())) {
            VeiligThuisRegio regio = keten.regio(zaak.zaak().tenantId()).orElseThrow();
            UUID verzonden = ketenOverdrachten.overdragen(
                    by,
                    new Overdracht(
                            UUID.randomUUID(),
                            ketenMelding,
                            regio,
                            aanbod.naam(),
                            aanbod.overname(),
                            aanbod.voorwaarden().stream()
                                    .map(v -> new Overdracht.Voorwaarde(v.tekst(), v.betreft(), v.controle()))
                                    .toList(),
                            aanbod.risicofactoren(),
                            by.displayName(),
                            clock.instant()));
            aanbod = aanbod.viaSchakel(verzonden);
        }
        access.append(by, zaak, EVENT, SEGMENT, aanbod);
        return aanbod.partij();
    }

    /**
     * Records the answer of a party outside Schakel: who answered, when and how; a party in Schakel answers in its
     * dossier. When it is the first acceptance, the case moves on.
     *
     * @return the state the case is in now
     */
    @Transactional
    public ZaakStatus legAntwoordVast(Actor by, UUID id, UUID partij, AntwoordInvoer invoer) {
        ZaakView zaak = access.accessible(by, id, EVENT_ANTWOORD, ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, EVENT_ANTWOORD, id);
        Overdrachten overdrachten = Overdrachten.van(zaak.journal());
        Overdrachten.Partij p = overdrachten
                .partij(partij)
                .orElseThrow(() -> new InvalidInputException("partij", "overdracht.fout.partij"));
        if (p.status() != Overdrachten.Status.OPEN) {
            throw new InvalidInputException("partij", "overdracht.fout.albeantwoord");
        }
        if (p.viaSchakel()) {
            throw new InvalidInputException("partij", "overdracht.fout.viaschakel");
        }
        OverdrachtBeantwoord antwoord = OverdrachtBeantwoord.of(
                partij,
                invoer.aanvaard(),
                invoer.reden(),
                invoer.door(),
                invoer.datum(),
                invoer.wijze(),
                access.vandaag());
        JournalEntry<EntryPayload> entry = access.append(by, zaak, EVENT_ANTWOORD, SEGMENT, antwoord);
        return beweegBijAanvaarding(zaak, entry);
    }

    /**
     * Records the answer a professional gave in their Schakel dossier, arrived through {@code keten}: once per
     * overdracht, however often it is delivered. Written under the professional's organisation, logged as a system
     * action of the region; the first acceptance moves the case on.
     *
     * @return whether it was recorded now
     */
    @Transactional
    public boolean ontvangAntwoord(VeiligThuisRegio regio, OverdrachtAntwoord a) {
        Optional<Zaak> gevonden =
                store.findByKetenMelding(a.meldingId()).filter(z -> z.tenantId().equals(regio.id()));
        if (gevonden.isEmpty()) {
            return false;
        }
        Zaak z = gevonden.get();
        List<JournalEntry<EntryPayload>> journal = store.entries(z.id());
        Optional<Overdrachten.Partij> partij = Overdrachten.van(journal).viaKeten(a.overdrachtId());
        if (partij.isEmpty() || partij.get().antwoord() != null) {
            return false;
        }
        JournalEntry<EntryPayload> entry = JournalEntry.of(
                z.id(),
                clock.instant(),
                new UserId(a.organisatie().value()),
                a.door() + " (" + a.organisatieNaam() + ")",
                null,
                null,
                new OverdrachtBeantwoord(
                        partij.get().id(),
                        a.aanvaard(),
                        a.aanvaard() ? null : a.reden(),
                        a.door(),
                        LocalDate.ofInstant(a.beantwoordOp(), Intake.NL),
                        OverdrachtBeantwoord.Wijze.SCHAKEL,
                        a.id()));
        store.insertEntry(entry);
        accessLog.record(AccessEvent.anonymous(EVENT_ONTVANGEN, ActionCode.C, Outcome.GESLAAGD)
                .tenant(regio.id())
                .on(ZaakAccess.OBJECT_TYPE, z.id())
                .segment(SEGMENT));
        beweegBijAanvaarding(
                new ZaakView(
                        z,
                        List.of(),
                        journal,
                        false,
                        false,
                        LocalDate.ofInstant(clock.instant(), Intake.NL),
                        ZaakActies.GEEN),
                entry);
        return true;
    }

    /**
     * Moves the case when the answer is the first acceptance and the case is still being handed over; otherwise the
     * answer is only recorded.
     */
    private ZaakStatus beweegBijAanvaarding(ZaakView zaak, JournalEntry<EntryPayload> antwoord) {
        ZaakStatus status = zaak.zaak().status();
        boolean aanvaard = antwoord.payload(OverdrachtBeantwoord.class)
                .map(OverdrachtBeantwoord::aanvaard)
                .orElse(false);
        if (!aanvaard || !IN_OVERDRACHT.contains(status)) {
            return status;
        }
        List<JournalEntry<EntryPayload>> journal = new ArrayList<>(zaak.journal());
        journal.add(antwoord);
        ZaakStatus naar = access.beweeg(zaak, new Overgang.OverdrachtAanvaard(), Dienststand.van(journal));
        if (naar == ZaakStatus.AFGESLOTEN) {
            store.find(zaak.zaak().tenantId(), zaak.zaak().id()).ifPresent(ketenStatus::meld);
        }
        return naar;
    }

    /**
     * The region's cases whose overdracht nobody accepted in time, earliest deadline first: for the queue and the
     * teamleider's late list. Ids and dates only; the page's own read is logged by its facade. Not read-only: a refusal
     * is logged.
     */
    @Transactional
    public List<Overdrachten.Signalering> teLaat(Actor by) {
        TenantId regio = access.regio(by, EVENT);
        LocalDate vandaag = access.vandaag();
        return store.inStatus(regio, IN_OVERDRACHT).stream()
                .flatMap(
                        z -> Overdrachten.van(store.entries(z.id()))
                                .signalering(z.id(), z.status(), vandaag, kalender, werkdagen)
                                .stream())
                .sorted(java.util.Comparator.comparing(Overdrachten.Signalering::uiterlijk))
                .toList();
    }
}
