package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.Dienststand;
import nl.schakel.veiligthuis.domain.Dienstverloop;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.MonitoringGepland;
import nl.schakel.veiligthuis.domain.Monitoringsmoment;
import nl.schakel.veiligthuis.domain.Monitoringsplan;
import nl.schakel.veiligthuis.domain.NieuweVeiligheidsbeoordelingGestart;
import nl.schakel.veiligthuis.domain.Overgang;
import nl.schakel.veiligthuis.domain.StabieleVeiligheidBeoordeeld;
import nl.schakel.veiligthuis.domain.StabieleVeiligheidVoorgesteld;
import nl.schakel.veiligthuis.domain.Termijnen;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.domain.VervolgmeldingOntvangen;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring of a case after its overdracht (Handelingsprotocol Veilig Thuis 2019; domain spec §3.7; rules 37, 39,
 * 55): the monitoring moments at the planned days, extra moments, the conclusion that safety is stable with four eyes
 * (which closes the case), the vervolgmeldingen that arrive meanwhile and the new veiligheidsbeoordeling they may lead
 * to; the reminders of planned moments on the worker's home page and the late moments in the queue. Every step is a
 * journal entry with its access-log row.
 */
@Service
public class MonitoringManagement implements Herinneringen {

    private final ZaakStore store;
    private final ZaakAccess access;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Termijnen termijnen;

    MonitoringManagement(
            ZaakStore store, ZaakAccess access, AccessLog accessLog, Clock clock, Werkdagkalender kalender) {
        this.store = store;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
        this.termijnen = new Termijnen(kalender);
    }

    /** A case in monitoring as its monitoring page shows it: the plan and the voorwaarden in force. */
    public record MonitoringView(ZaakView zaak, Monitoringsplan plan, Veiligheidsvoorwaarden voorwaarden) {}

    /**
     * A case in monitoring that needs attention: planned moments that are late, or vervolgmeldingen that arrived.
     *
     * @param naam the name of its first directbetrokkene
     */
    public record Signalering(UUID zaakId, String naam, List<LocalDate> teLaat, int vervolgmeldingen) {

        public Signalering {
            teLaat = List.copyOf(teLaat);
        }
    }

    /** Monitoring of the case, for a VT-medewerker or gedragswetenschapper of its region; logged as a read. */
    @Transactional
    public MonitoringView bekijk(Actor by, UUID id) {
        String event = "veiligthuis.monitoring.read";
        ZaakView zaak = access.accessible(by, id, event, ActionCode.R);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, event, id);
        Monitoringsplan plan = plan(zaak);
        access.log(by, event, ActionCode.R, id, "monitoring");
        return new MonitoringView(zaak, plan, Veiligheidsvoorwaarden.van(zaak.journal()));
    }

    /**
     * Records a monitoring moment (rule 39); the reminder of the planned moment it fulfils is dealt with.
     *
     * @return the id of its journal entry
     */
    @Transactional
    public UUID legVast(Actor by, UUID id, Monitoringsmoment.Invoer invoer) {
        String event = "veiligthuis.monitoring.moment";
        ZaakView zaak = toegang(by, id, event);
        Monitoringsmoment moment = Monitoringsmoment.of(
                invoer, zaak.betrokkenen(), Veiligheidsvoorwaarden.van(zaak.journal()), plan(zaak), access.vandaag());
        JournalEntry<EntryPayload> entry = access.append(by, zaak, event, "monitoring", moment);
        LocalDate gepland = moment.gepland();
        if (gepland != null) {
            store.handelMonitoringHerinneringAf(id, gepland, clock.instant());
        }
        return entry.id();
    }

    /** Plans an extra monitoring moment, with why. */
    @Transactional
    public void planMoment(Actor by, UUID id, @Nullable LocalDate datum, String reden) {
        String event = "veiligthuis.monitoring.plan";
        ZaakView zaak = toegang(by, id, event);
        access.append(by, zaak, event, "monitoring", MonitoringGepland.of(datum, reden, plan(zaak), access.vandaag()));
    }

    /**
     * Proposes the conclusion that safety is stable, once the latest monitoring moment answered all three questions
     * "ja"; it waits for a gedragswetenschapper who did not propose it.
     */
    @Transactional
    public void stelConclusieVoor(Actor by, UUID id, String motivering) {
        String event = "veiligthuis.monitoring.conclusie";
        ZaakView zaak = toegang(by, id, event);
        StabieleVeiligheidVoorgesteld voorstel = StabieleVeiligheidVoorgesteld.of(motivering);
        plan(zaak).voorstelBezwaar().ifPresent(key -> {
            throw new InvalidInputException("", key);
        });
        access.append(by, zaak, event, "monitoring", voorstel);
    }

    /**
     * Approves or rejects the proposed conclusion, by a gedragswetenschapper who did not propose it (four eyes).
     * Approved, monitoring ends and the case closes ({@link Overgang.StabieleVeiligheid}); rejected, monitoring goes
     * on. Refusals of the person are logged as denials.
     *
     * @param goedgekeurd {@code null} when not chosen
     * @return the state the case is in now
     */
    @Transactional
    public ZaakStatus beoordeelConclusie(Actor by, UUID id, @Nullable Boolean goedgekeurd, String toelichting) {
        String event = "veiligthuis.monitoring.beoordeling";
        ZaakView zaak = access.accessible(by, id, event, ActionCode.U);
        JournalEntry<EntryPayload> voorstel = plan(zaak).openVoorstel();
        if (voorstel == null) {
            throw new InvalidInputException("", "monitoring.fout.geenvoorstel");
        }
        access.vierOgen(by, voorstel, event, id, "monitoring.fout.eigenvoorstel");
        StabieleVeiligheidBeoordeeld oordeel = StabieleVeiligheidBeoordeeld.of(voorstel.id(), goedgekeurd, toelichting);
        JournalEntry<EntryPayload> entry = access.append(by, zaak, event, "monitoring", oordeel);
        if (!oordeel.goedgekeurd()) {
            return zaak.zaak().status();
        }
        List<JournalEntry<EntryPayload>> journal = new ArrayList<>(zaak.journal());
        journal.add(entry);
        return access.beweeg(zaak, new Overgang.StabieleVeiligheid(), Dienststand.van(journal));
    }

    /**
     * Starts a new veiligheidsbeoordeling of a case in a service after the besluit, such as after a vervolgmelding
     * during monitoring ({@link Overgang.NieuweVeiligheidsbeoordeling}): the case is back in the queue with a new
     * deadline of five working days from today (rule 33).
     *
     * @return the new deadline
     */
    @Transactional
    public LocalDate nieuweVeiligheidsbeoordeling(Actor by, UUID id, String reden) {
        String event = "veiligthuis.monitoring.nieuwevb";
        ZaakView zaak = toegang(by, id, event);
        if (zaak.zaak().soort() != ZaakSoort.MELDING) {
            throw new InvalidInputException("", Dienstverloop.FOUT_OVERGANG);
        }
        LocalDate uiterlijk = termijnen.veiligheidsbeoordelingUiterlijk(access.vandaag());
        NieuweVeiligheidsbeoordelingGestart gestart = NieuweVeiligheidsbeoordelingGestart.of(reden, uiterlijk);
        Dienstverloop.waarom(
                        zaak.zaak().status(),
                        new Overgang.NieuweVeiligheidsbeoordeling(),
                        Dienststand.van(zaak.journal()))
                .ifPresent(key -> {
                    throw new InvalidInputException("", key);
                });
        access.append(by, zaak, event, "monitoring", gestart);
        access.beweeg(zaak, new Overgang.NieuweVeiligheidsbeoordeling(), Dienststand.van(zaak.journal()));
        store.nieuweVbTermijn(id, uiterlijk);
        return uiterlijk;
    }

    /**
     * The region's cases in monitoring with late planned moments or vervolgmeldingen, for the queue and the
     * teamleider's late list; logged as one read.
     */
    @Transactional
    public List<Signalering> signaleringen(Actor by) {
        String event = "veiligthuis.monitoring.signaleringen";
        TenantId regio = access.regio(by, event);
        accessLog.record(AccessEvent.by(by, event, ActionCode.R).segment("monitoring"));
        LocalDate vandaag = access.vandaag();
        List<Zaak> zaken = store.inMonitoring(regio);
        var namen = store.eersteNamen(zaken.stream().map(Zaak::id).toList());
        List<Signalering> lijst = new ArrayList<>();
        for (Zaak z : zaken) {
            LocalDate sinds = z.monitoringSinds();
            if (sinds == null) {
                continue;
            }
            Monitoringsplan plan = Monitoringsplan.van(sinds, store.entries(z.id()), vandaag);
            if (!plan.teLaat().isEmpty() || !plan.vervolgmeldingen().isEmpty()) {
                lijst.add(new Signalering(
                        z.id(),
                        namen.getOrDefault(z.id(), ""),
                        plan.teLaat().stream()
                                .map(Monitoringsplan.Moment::datum)
                                .toList(),
                        plan.vervolgmeldingen().size()));
            }
        }
        return lijst;
    }

    /** The open reminders of planned monitoring moments for a VT-medewerker or gedragswetenschapper (home page). */
    @Override
    @Transactional
    public List<Herinnering> open(Actor by) {
        TenantId tenant = by.tenantId();
        if (tenant == null || ZaakAccess.MELDER_ROLLEN.stream().noneMatch(by::hasRole)) {
            return List.of();
        }
        List<Herinnering> open = store.openMonitoringHerinneringen(tenant, by.userId()).stream()
                .map(h -> new Herinnering(
                        "/veilig-thuis/zaken/" + h.zaakId() + "/monitoring", "herinnering.monitoring", h.gepland()))
                .toList();
        if (!open.isEmpty()) {
            accessLog.record(AccessEvent.by(by, "veiligthuis.monitoring.herinneringen", ActionCode.R)
                    .segment("herinneringen"));
        }
        return open;
    }

    /**
     * Links a new melding classified as a vervolgmelding during monitoring (rule 55) to the monitored cases about the
     * same persons: an entry on each names the new melding, so it is counted apart and the case is raised in the
     * queue. Written by whoever registered the melding.
     */
    void vervolgmelding(
            TenantId regio,
            UUID melding,
            List<Directbetrokkene> personen,
            Instant ontvangenOp,
            UserId authorId,
            String authorName,
            @Nullable Role authorRole) {
        Set<Zaak> gemonitord = new LinkedHashSet<>();
        for (Directbetrokkene p : personen) {
            store.zelfdePersoon(regio, p, melding).stream()
                    .map(ZaakStore.Treffer::zaak)
                    .filter(z -> z.status() == ZaakStatus.MONITORING)
                    .forEach(gemonitord::add);
        }
        for (Zaak z : gemonitord) {
            store.insertEntry(JournalEntry.of(
                    z.id(),
                    clock.instant(),
                    authorId,
                    authorName,
                    authorRole,
                    null,
                    new VervolgmeldingOntvangen(melding, ontvangenOp)));
            accessLog.record(AccessEvent.anonymous(
                            "veiligthuis.monitoring.vervolgmelding", ActionCode.C, nl.schakel.audit.Outcome.GESLAAGD)
                    .tenant(regio)
                    .on(ZaakAccess.OBJECT_TYPE, z.id())
                    .segment("monitoring"));
        }
    }

    private Monitoringsplan plan(ZaakView zaak) {
        return zaak.monitoring().orElseThrow(() -> new InvalidInputException("", "monitoring.fout.nietinmonitoring"));
    }

    /** The case for a VT-medewerker or gedragswetenschapper of its region; others are refused and logged. */
    private ZaakView toegang(Actor by, UUID id, String event) {
        ZaakView zaak = access.accessible(by, id, event, ActionCode.C);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, event, id);
        return zaak;
    }
}
