package nl.schakel.veiligthuis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.WachtrijRegel;
import nl.schakel.veiligthuis.domain.ZaakActies;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page of a Veilig Thuis worker: the queue's figures, the meldingen past their term, the worker's own open
 * cases with what is due next on each (the case page's model, {@link ZaakActies}), and for a gedragswetenschapper the
 * besluiten that wait for a second person, and the new matches in the national VT-register on the worker's cases. Read
 * as one logged view of the region's work.
 */
@Service
public class Werkvoorraad {

    /** How many of the worker's own cases the page lists at most. */
    static final int MAX_ZAKEN = 50;

    private static final String EVENT = "veiligthuis.werk";

    private final ZaakStore store;
    private final ZaakAccess access;
    private final AccessLog accessLog;
    private final Wachtrij wachtrij;
    private final RegisterMatches matches;

    Werkvoorraad(ZaakStore store, ZaakAccess access, AccessLog accessLog, Wachtrij wachtrij, RegisterMatches matches) {
        this.matches = matches;
        this.store = store;
        this.access = access;
        this.accessLog = accessLog;
        this.wachtrij = wachtrij;
    }

    /**
     * One of the worker's open cases with the step due next on it.
     *
     * @param naam the name of its first directbetrokkene ("" for none)
     * @param volgende what is due next on the case; {@code null} when nothing is
     * @param voorMij whether this worker may do that step (not someone else's approval)
     */
    public record MijnZaak(Zaak zaak, String naam, ZaakActies.@Nullable Stap volgende, boolean voorMij) {}

    /**
     * The worker's home page.
     *
     * @param wachtrij the queue's figures
     * @param bekend meldingen in the queue about a family the region already knew (vervolgmelding or hermelding, rule
     *     55)
     * @param teLaat the meldingen in the queue past their term, acute first
     * @param mijnZaken the worker's open cases, what is late first, then by term
     * @param teBeoordelen besluiten that wait for a gedragswetenschapper (only counted for one)
     * @param nieuweMatches matches in the national VT-register on the worker's cases that no one marked seen yet
     */
    public record Werk(
            LocalDate vandaag,
            WachtrijRegel.Telling wachtrij,
            int bekend,
            List<WachtrijRegel> teLaat,
            List<MijnZaak> mijnZaken,
            int teBeoordelen,
            List<NieuweMatch> nieuweMatches) {}

    /**
     * A task: "Nieuwe match in het VT-register" on one of the worker's cases, until a worker marks it seen.
     *
     * @param naam the directbetrokkene the match is about ("" when unknown)
     * @param andereRegio the other region's name
     * @param mogelijk a possible match (name and date of birth), to be checked
     */
    public record NieuweMatch(UUID matchId, UUID zaak, String naam, String andereRegio, boolean mogelijk) {

        @Override
        public String toString() {
            return "NieuweMatch[" + matchId + "]";
        }
    }

    /** The home page of a worker of the region; anyone else is refused and the attempt is logged. */
    @Transactional
    public Werk werk(Actor by) {
        TenantId regio = access.regio(by, EVENT);
        if (ZaakAccess.VT_ROLLEN.stream().noneMatch(by::hasRole)) {
            accessLog.recordDenial(AccessEvent.by(by, EVENT, ActionCode.R));
            throw new nl.schakel.shared.AccessDeniedException(EVENT);
        }
        accessLog.record(AccessEvent.by(by, EVENT, ActionCode.R).segment("werk"));
        List<Zaak> open = store.inVeiligheidsbeoordeling(regio);
        List<WachtrijRegel> regels = wachtrij.regelsVan(open);
        List<Zaak> eigen = store.openZakenVan(regio, by.userId(), MAX_ZAKEN);
        Map<java.util.UUID, String> namen =
                store.eersteNamen(eigen.stream().map(Zaak::id).toList());
        List<MijnZaak> mijn = eigen.stream()
                .map(z -> {
                    ZaakActies acties =
                            access.accessible(by, z.id(), EVENT, ActionCode.R).acties();
                    return new MijnZaak(
                            z, namen.getOrDefault(z.id(), ""), acties.volgende(), acties.volgendeIsVoorMij());
                })
                .sorted(Comparator.comparing((MijnZaak m) ->
                                m.volgende() == null || !m.volgende().teLaat())
                        .thenComparing(
                                m -> m.volgende() == null ? null : m.volgende().uiterlijk(),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Werk(
                wachtrij.today(),
                WachtrijRegel.Telling.van(regels),
                (int) open.stream()
                        .filter(z -> z.classificatie() != Classificatie.NIEUW)
                        .count(),
                regels.stream().filter(WachtrijRegel::teLaat).toList(),
                mijn,
                by.hasRole(Role.GEDRAGSWETENSCHAPPER)
                        ? (int) open.stream()
                                .filter(z -> z.status() == ZaakStatus.BESLUIT_VOORGESTELD)
                                .count()
                        : 0,
                matches.open(by).stream()
                        .map(m -> new NieuweMatch(m.matchId(), m.zaak(), m.naam(), m.andereRegio(), m.mogelijk()))
                        .toList());
    }
}
