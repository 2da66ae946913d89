package nl.schakel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.organisation.persistence.GelijkstellingStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platformbeheerder keeps the days equated with a general holiday by decree (Algemene termijnenwet, art. 3 (3);
 * ADR-0017): sees the holidays and equated days per year with their source, adds a decree with its days or a day to a
 * decree, and withdraws a day entered by mistake. The list is append-only. Every read and change writes its
 * access-log row in the same transaction; every change publishes {@link WerkdagkalenderGewijzigd} in that transaction
 * (event publication registry), so that the terms already computed are computed again.
 */
@Service
public class Kalenderbeheer {

    private static final String TYPE = "gelijkstellingsbesluit";

    private final GelijkstellingStore store;
    private final AccessLog accessLog;
    private final KalenderBron bron;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Kalenderbeheer(
            GelijkstellingStore store,
            AccessLog accessLog,
            KalenderBron bron,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.accessLog = accessLog;
        this.bron = bron;
        this.events = events;
        this.clock = clock;
    }

    /** The holidays and equated days of a year, the decrees and the history, for the platformbeheerder. */
    @Transactional
    public Kalenderoverzicht overzicht(Actor by, int jaar) {
        platformbeheerder(by, "organisation.kalender.list", ActionCode.R);
        accessLog.record(
                AccessEvent.by(by, "organisation.kalender.list", ActionCode.R).on("werkdagkalender", jaar));
        List<Gelijkstellingswijziging> geschiedenis = store.geschiedenis();
        List<Gelijkstellingsbesluit> besluiten = store.besluiten();
        // From the list as it is in the database now, not this node's copy: the page never lags behind another node.
        Werkdagkalender kalender = Werkdagkalender.van(Gelijkstellingsregels.lijst(besluiten, geschiedenis));
        return new Kalenderoverzicht(
                jaar,
                kalender.vrijeDagen(jaar),
                besluiten,
                Gelijkstellingsregels.geldend(geschiedenis),
                geschiedenis.stream()
                        .sorted(Comparator.comparingLong(Gelijkstellingswijziging::volgnummer)
                                .reversed())
                        .toList());
    }

    /**
     * Adds a decree with the days it equates, typed one per line or separated by commas.
     *
     * @param vindplaats where it was published (Staatscourant number); may be empty
     * @return the new decree's id
     */
    @Transactional
    public UUID voegBesluitToe(Actor by, String naam, String vindplaats, String dagen) {
        platformbeheerder(by, "organisation.kalender.create", ActionCode.C);
        Map<String, String> errors = new LinkedHashMap<>(Gelijkstellingsregels.besluitProblemen(naam, vindplaats));
        List<LocalDate> lijst = List.of();
        try {
            lijst = Gelijkstellingsregels.datums(dagen, "dagen");
            Set<LocalDate> al = alGelijkgesteld();
            lijst.stream()
                    .map(d -> Gelijkstellingsregels.probleem(d, al))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(key -> errors.put("dagen", key));
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = now();
        UUID id = UUID.randomUUID();
        store.insertBesluit(new Gelijkstellingsbesluit(
                id, naam.strip(), vindplaats.isBlank() ? null : vindplaats.strip(), now, by.username()));
        for (LocalDate dag : lijst) {
            store.insertWijziging(new Gelijkstellingswijziging(
                    0, id, dag, Gelijkstellingswijziging.Actie.TOEGEVOEGD, null, now, by.username()));
        }
        accessLog.record(
                AccessEvent.by(by, "organisation.kalender.create", ActionCode.C).on(TYPE, id));
        gewijzigd();
        return id;
    }

    /** Adds one day to a decree already entered (for instance the right day after a mistaken one was withdrawn). */
    @Transactional
    public void voegDagToe(Actor by, UUID besluit, String dag) {
        platformbeheerder(by, "organisation.kalender.update", ActionCode.U);
        bestaand(besluit);
        LocalDate d = Gelijkstellingsregels.datum(dag)
                .orElseThrow(() -> new InvalidInputException("dag", "kalender.fout.datum"));
        Gelijkstellingsregels.probleem(d, alGelijkgesteld()).ifPresent(key -> {
            throw new InvalidInputException("dag", key);
        });
        store.insertWijziging(new Gelijkstellingswijziging(
                0, besluit, d, Gelijkstellingswijziging.Actie.TOEGEVOEGD, null, now(), by.username()));
        accessLog.record(AccessEvent.by(by, "organisation.kalender.update", ActionCode.U)
                .on(TYPE, besluit)
                .segment(d.toString()));
        gewijzigd();
    }

    /**
     * Withdraws a day entered by mistake: a new row that says so, with the reason; the row that added it stays.
     *
     * @param keuze the decree's id and the day, as {@code <id>|<yyyy-mm-dd>} (the page's choice)
     */
    @Transactional
    public void trekDagIn(Actor by, String keuze, String reden) {
        platformbeheerder(by, "organisation.kalender.withdraw", ActionCode.U);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Keuze> gekozen = Keuze.van(keuze)
                .filter(k -> Gelijkstellingsregels.geldend(store.geschiedenis())
                        .getOrDefault(k.besluit(), List.of())
                        .contains(k.dag()));
        if (gekozen.isEmpty()) {
            errors.put("keuze", "kalender.fout.kies");
        }
        if (reden.isBlank() || reden.strip().length() > Gelijkstellingsregels.MAX_REDEN) {
            errors.put("reden", "kalender.fout.reden");
        }
        if (!errors.isEmpty() || gekozen.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Keuze k = gekozen.get();
        store.insertWijziging(new Gelijkstellingswijziging(
                0,
                k.besluit(),
                k.dag(),
                Gelijkstellingswijziging.Actie.INGETROKKEN,
                reden.strip(),
                now(),
                by.username()));
        accessLog.record(AccessEvent.by(by, "organisation.kalender.withdraw", ActionCode.U)
                .on(TYPE, k.besluit())
                .segment(k.dag().toString())
                .purpose(reden.strip()));
        gewijzigd();
    }

    /** A decree's day as the page offers it for withdrawal. */
    public record Keuze(UUID besluit, LocalDate dag) {

        public String waarde() {
            return besluit + "|" + dag;
        }

        static Optional<Keuze> van(String waarde) {
            String[] delen = waarde.split("\\|", -1);
            if (delen.length != 2) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Keuze(UUID.fromString(delen[0]), LocalDate.parse(delen[1])));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private Set<LocalDate> alGelijkgesteld() {
        Set<LocalDate> al = new HashSet<>();
        Gelijkstellingsregels.geldend(store.geschiedenis()).values().forEach(al::addAll);
        return al;
    }

    private void bestaand(UUID besluit) {
        if (store.besluiten().stream().noneMatch(b -> b.id().equals(besluit))) {
            throw new InvalidInputException("besluit", "kalender.fout.besluit");
        }
    }

    /** The list changed: publish it with the new version, and read it again on this node once this commits. */
    private void gewijzigd() {
        events.publishEvent(new WerkdagkalenderGewijzigd(store.versie()));
        bron.verversNaCommit();
    }

    private void platformbeheerder(Actor by, String event, ActionCode action) {
        if (!by.hasRole(Role.PLATFORMBEHEERDER)) {
            accessLog.recordDenial(AccessEvent.by(by, event, action));
            throw new AccessDeniedException(event);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
