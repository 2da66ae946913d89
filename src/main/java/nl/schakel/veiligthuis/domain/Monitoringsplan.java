package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * Monitoring of a case as its journal has it since monitoring started (Handelingsprotocol Veilig Thuis 2019; domain
 * spec §3.7; rule 37): the planned moments at 3 and 12 months after the start ({@link LocalDate#plusMonths}, so 30
 * November + 3 months is 28 February and 29 February + 12 months is 28 February) and the extra moments the worker
 * planned, each fulfilled by the monitoring moment that names it or late when its day passed without one; the
 * vervolgmeldingen; and the conclusion that safety is stable with its four-eyes judgement. Pure: today is passed in.
 *
 * <p>Only entries recorded on or after the start day count, so a case that monitors again after a new
 * veiligheidsbeoordeling starts with a fresh plan.
 *
 * @param sinds the day the case entered monitoring
 * @param momenten the planned moments, earliest first
 * @param vastgelegd the monitoring moments recorded, oldest first
 */
public record Monitoringsplan(
        LocalDate sinds,
        List<Moment> momenten,
        List<JournalEntry<EntryPayload>> vastgelegd,
        List<VervolgmeldingOntvangen> vervolgmeldingen,
        @Nullable JournalEntry<EntryPayload> openVoorstel,
        boolean goedgekeurd) {

    /** The roles whose entries make someone the case's worker (the one who gets the reminders). */
    private static final Set<Role> WERKERS = Set.of(Role.VT_MEDEWERKER, Role.GEDRAGSWETENSCHAPPER);

    public Monitoringsplan {
        momenten = List.copyOf(momenten);
        vastgelegd = List.copyOf(vastgelegd);
        vervolgmeldingen = List.copyOf(vervolgmeldingen);
    }

    /** Why a moment is planned. */
    public enum Soort {
        DRIE_MAANDEN,
        TWAALF_MAANDEN,
        EXTRA
    }

    /**
     * A planned moment.
     *
     * @param reden why an extra moment is planned; "" for the 3- and 12-month moments
     * @param vervuld the day of the monitoring moment that fulfilled it; {@code null} while open
     * @param teLaat whether its day passed without a monitoring moment
     */
    public record Moment(
            LocalDate datum,
            Soort soort,
            String reden,
            @Nullable LocalDate vervuld,
            boolean teLaat) {

        public boolean open() {
            return vervuld == null;
        }
    }

    /** The moment at 3 months after the start of monitoring (rule 37). */
    public static LocalDate drieMaanden(LocalDate sinds) {
        return sinds.plusMonths(3);
    }

    /** The moment at 12 months after the start of monitoring (rule 37). */
    public static LocalDate twaalfMaanden(LocalDate sinds) {
        return sinds.plusMonths(12);
    }

    /** Reads monitoring from the journal of a case that entered monitoring on {@code sinds}, as of today. */
    public static Monitoringsplan van(LocalDate sinds, List<JournalEntry<EntryPayload>> journal, LocalDate vandaag) {
        List<JournalEntry<EntryPayload>> sindsStart = journal.stream()
                .filter(e -> !LocalDate.ofInstant(e.recordedAt(), Intake.NL).isBefore(sinds))
                .toList();
        List<JournalEntry<EntryPayload>> vastgelegd = sindsStart.stream()
                .filter(e -> e.payload() instanceof Monitoringsmoment)
                .toList();
        List<Moment> momenten = new ArrayList<>();
        momenten.add(moment(drieMaanden(sinds), Soort.DRIE_MAANDEN, "", vastgelegd, vandaag));
        momenten.add(moment(twaalfMaanden(sinds), Soort.TWAALF_MAANDEN, "", vastgelegd, vandaag));
        sindsStart.stream()
                .flatMap(e -> e.payload(MonitoringGepland.class).stream())
                .forEach(g -> momenten.add(moment(g.datum(), Soort.EXTRA, g.reden(), vastgelegd, vandaag)));
        momenten.sort(Comparator.comparing(Moment::datum));
        List<VervolgmeldingOntvangen> vervolg = sindsStart.stream()
                .flatMap(e -> e.payload(VervolgmeldingOntvangen.class).stream())
                .toList();
        return new Monitoringsplan(
                sinds, momenten, vastgelegd, vervolg, openVoorstel(sindsStart).orElse(null), goedgekeurd(sindsStart));
    }

    /** The planned moments without a monitoring moment yet, earliest first. */
    public List<Moment> open() {
        return momenten.stream().filter(Moment::open).toList();
    }

    /** The planned moments whose day passed without a monitoring moment. */
    public List<Moment> teLaat() {
        return momenten.stream().filter(Moment::teLaat).toList();
    }

    /** The next open moment, if any. */
    public Optional<Moment> volgende() {
        return open().stream().findFirst();
    }

    /** The open moments a reminder is due for: their day is at most {@code dagen} days away, or passed. */
    public List<Moment> herinneren(LocalDate vandaag, int dagen) {
        return open().stream()
                .filter(m -> !vandaag.isBefore(m.datum().minusDays(dagen)))
                .toList();
    }

    /** The latest monitoring moment, by its date; of two on one day, the one recorded last. */
    public Optional<Monitoringsmoment> laatste() {
        return vastgelegd.stream()
                .map(e -> (Monitoringsmoment) e.payload())
                .reduce((a, b) -> b.datum().isBefore(a.datum()) ? a : b);
    }

    /**
     * Why the conclusion that safety is stable may not be proposed now, as a message key; empty when it may: there is a
     * monitoring moment, the latest one answered all three questions "ja", and no proposal waits.
     */
    public Optional<String> voorstelBezwaar() {
        if (openVoorstel != null) {
            return Optional.of("monitoring.fout.alvoorgesteld");
        }
        Optional<Monitoringsmoment> laatste = laatste();
        if (laatste.isEmpty()) {
            return Optional.of("monitoring.fout.geenmoment");
        }
        return laatste.get().stabiel() ? Optional.empty() : Optional.of("monitoring.fout.nietstabiel");
    }

    /**
     * Whether the latest proposal that safety is stable is approved by a second person: the condition of
     * {@link Overgang.StabieleVeiligheid}.
     */
    public static boolean goedgekeurd(List<JournalEntry<EntryPayload>> journal) {
        return laatsteVoorstel(journal)
                .flatMap(v -> oordeel(journal, v))
                .map(StabieleVeiligheidBeoordeeld::goedgekeurd)
                .orElse(false);
    }

    /** The proposal that safety is stable that waits for its judgement, if any. */
    public static Optional<JournalEntry<EntryPayload>> openVoorstel(List<JournalEntry<EntryPayload>> journal) {
        return laatsteVoorstel(journal).filter(v -> oordeel(journal, v).isEmpty());
    }

    /**
     * The worker of the case, who gets its reminders: the author of its latest entry written as a VT-medewerker or
     * gedragswetenschapper; empty when there is none (then every worker of the region sees them).
     */
    public static Optional<UserId> werker(List<JournalEntry<EntryPayload>> journal) {
        return journal.reversed().stream()
                .filter(e -> e.authorRole() != null && WERKERS.contains(e.authorRole()))
                .map(JournalEntry<EntryPayload>::authorId)
                .findFirst();
    }

    private static Optional<JournalEntry<EntryPayload>> laatsteVoorstel(List<JournalEntry<EntryPayload>> journal) {
        return journal.reversed().stream()
                .filter(e -> e.payload() instanceof StabieleVeiligheidVoorgesteld)
                .findFirst();
    }

    private static Optional<StabieleVeiligheidBeoordeeld> oordeel(
            List<JournalEntry<EntryPayload>> journal, JournalEntry<EntryPayload> voorstel) {
        return journal.stream()
                .flatMap(e -> e.payload(StabieleVeiligheidBeoordeeld.class).stream())
                .filter(b -> b.voorstel().equals(voorstel.id()))
                .reduce((a, b) -> b);
    }

    private static Moment moment(
            LocalDate datum,
            Soort soort,
            String reden,
            List<JournalEntry<EntryPayload>> vastgelegd,
            LocalDate vandaag) {
        LocalDate vervuld = vastgelegd.stream()
                .map(e -> (Monitoringsmoment) e.payload())
                .filter(m -> datum.equals(m.gepland()))
                .map(Monitoringsmoment::datum)
                .findFirst()
                .orElse(null);
        return new Moment(datum, soort, reden, vervuld, vervuld == null && vandaag.isAfter(datum));
    }
}
