package nl.schakel.veiligthuis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.Hertriage;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.OnderzoekTermijn;
import nl.schakel.veiligthuis.domain.TermijnOverzicht;
import nl.schakel.veiligthuis.domain.WachtrijRegel;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's queue of meldingen waiting for their veiligheidsbeoordeling (spec §3.4): the deadline, the working days
 * left, the acute mark and safety while waiting (re-triage); marking a melding acute later; the open onderzoeken with
 * their ten-week term (rule 35); and the teamleider's view of the VB term per week and of the onderzoeken.
 */
@Service
public class Wachtrij {

    private final ZaakStore store;
    private final ZaakAccess access;
    private final AccessLog accessLog;
    private final Werkdagkalender kalender;
    private final Hertriage hertriage;

    Wachtrij(
            ZaakStore store,
            ZaakAccess access,
            AccessLog accessLog,
            Werkdagkalender kalender,
            @Value("${schakel.veilig-thuis.hertriage-na-werkdagen:2}") int hertriageNaWerkdagen) {
        this.store = store;
        this.access = access;
        this.accessLog = accessLog;
        this.kalender = kalender;
        this.hertriage = new Hertriage(kalender, hertriageNaWerkdagen);
    }

    /** Today in Dutch time: the day the terms are counted on. */
    public LocalDate today() {
        return access.vandaag();
    }

    /** After how many working days without a safety check a melding is flagged for re-triage. */
    public int hertriageNaWerkdagen() {
        return hertriage.naWerkdagen();
    }

    /**
     * When the latest aanvulling from the melder's dossier arrived, per case of these of the actor's region that has one
     * (ADR-0019), so that the queue shows it. Ids and times only; the queue's read is logged by {@link #regels}.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, java.time.Instant> laatsteAanvullingen(Actor by, java.util.Collection<UUID> zaken) {
        return store.laatsteAanvullingen(access.regio(by, "veiligthuis.wachtrij"), zaken);
    }

    /**
     * The region's meldingen in the veiligheidsbeoordeling, acute first with why they are, then by deadline (rule
     * 34), for a worker of the region. Logged as one read of the queue.
     */
    @Transactional
    public List<WachtrijRegel> regels(Actor by) {
        TenantId regio = access.regio(by, "veiligthuis.wachtrij");
        accessLog.record(
                AccessEvent.by(by, "veiligthuis.wachtrij", ActionCode.R).segment("wachtrij"));
        return regelsVan(store.inVeiligheidsbeoordeling(regio));
    }

    /** The queue's lines of these meldingen in the veiligheidsbeoordeling, sorted by rule 34; nothing logged. */
    List<WachtrijRegel> regelsVan(List<Zaak> open) {
        LocalDate today = today();
        List<UUID> ids = open.stream().map(Zaak::id).toList();
        java.util.Map<UUID, String> namen = store.eersteNamen(ids);
        java.util.Map<UUID, AcuutGemarkeerd> redenen = store.acuutRedenen(ids);
        return WachtrijRegel.gesorteerd(open.stream()
                .filter(z -> z.vbUiterlijk() != null)
                .map(z -> WachtrijRegel.van(
                        z.id(),
                        namen.getOrDefault(z.id(), ""),
                        z.ontvangenOp(),
                        z.vbUiterlijk(),
                        z.acuut(),
                        redenen.get(z.id()),
                        z.laatsteVeiligheidscheck(),
                        z.status(),
                        today,
                        kalender,
                        hertriage))
                .toList());
    }

    /**
     * The region's cases in an onderzoek by Veilig Thuis with their ten-week term, the earliest last day first, the
     * overdue ones flagged (rule 35). Shown beside the queue, whose read {@link #regels} logs.
     */
    @Transactional(readOnly = true)
    public List<OnderzoekTermijn.Open> onderzoeken(Actor by) {
        return openOnderzoeken(access.regio(by, "veiligthuis.wachtrij"), today());
    }

    private List<OnderzoekTermijn.Open> openOnderzoeken(TenantId regio, LocalDate today) {
        List<Zaak> open = store.inOnderzoek(regio);
        java.util.Map<UUID, String> namen =
                store.eersteNamen(open.stream().map(Zaak::id).toList());
        return OnderzoekTermijn.gesorteerd(open.stream()
                .filter(z -> z.onderzoekUiterlijk() != null)
                .map(z -> OnderzoekTermijn.open(z.id(), namen.getOrDefault(z.id(), ""), z.onderzoekUiterlijk(), today))
                .toList());
    }

    /**
     * Marks a melding in the veiligheidsbeoordeling acute, with a reason, as a VT-medewerker or gedragswetenschapper of
     * the region: it goes to the top of the queue at once and is marked acute everywhere.
     */
    @Transactional
    public void markeerAcuut(Actor by, UUID id, AcuutGemarkeerd markering) {
        ZaakView zaak = access.accessible(by, id, "veiligthuis.acuut", ActionCode.U);
        access.requireRole(by, ZaakAccess.MELDER_ROLLEN, "veiligthuis.acuut", id);
        if (!zaak.zaak().status().inVeiligheidsbeoordeling()) {
            throw new InvalidInputException("", "vt.fout.nietinvb");
        }
        if (zaak.zaak().acuut()) {
            throw new InvalidInputException("", "vtw.fout.alacuut");
        }
        access.markeerAcuut(by, zaak, markering);
    }

    /**
     * The teamleider's view of the VB term: the figures per week of the deadline and the open meldingen that are late
     * or nearly late. Only for the region's VT-teamleider; anyone else is refused and the attempt is logged.
     */
    @Transactional
    public Termijnen termijnen(Actor by) {
        TenantId regio = access.regio(by, "veiligthuis.termijnen");
        if (!by.hasRole(Role.VT_TEAMLEIDER)) {
            accessLog.recordDenial(AccessEvent.by(by, "veiligthuis.termijnen", ActionCode.R));
            throw new AccessDeniedException("veiligthuis.termijnen");
        }
        accessLog.record(
                AccessEvent.by(by, "veiligthuis.termijnen", ActionCode.R).segment("termijnen"));
        LocalDate today = today();
        Map<UUID, Zaak> zaken = new LinkedHashMap<>();
        store.meldingenMetTermijnIn(regio, TermijnOverzicht.van(today), TermijnOverzicht.tot(today))
                .forEach(z -> zaken.put(z.id(), z));
        store.inVeiligheidsbeoordeling(regio).forEach(z -> zaken.putIfAbsent(z.id(), z));
        List<TermijnOverzicht.Termijn> termijnen = zaken.values().stream()
                .filter(z -> z.vbUiterlijk() != null)
                .map(z -> new TermijnOverzicht.Termijn(
                        z.id(),
                        z.vbUiterlijk(),
                        z.besluitOp() == null ? null : LocalDate.ofInstant(z.besluitOp(), Intake.NL),
                        z.acuut()))
                .toList();
        return new Termijnen(today, TermijnOverzicht.van(termijnen, today, kalender), openOnderzoeken(regio, today));
    }

    /**
     * The teamleider's view as of a day.
     *
     * @param onderzoeken the open onderzoeken with their ten-week term, the earliest first (rule 35)
     */
    public record Termijnen(LocalDate vandaag, TermijnOverzicht overzicht, List<OnderzoekTermijn.Open> onderzoeken) {

        public Termijnen {
            onderzoeken = List.copyOf(onderzoeken);
        }
    }
}
