package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.jspecify.annotations.Nullable;

/**
 * The overdracht of a case as its journal has it (domain spec §3.2, §3.6; rules 36–38): the parties it was offered to,
 * each open, accepted or declined, and when. The overdracht is accepted as soon as at least one party accepted
 * responsibility for "zicht op veiligheid"; a party answers once (a later answer of the same party is ignored, so an
 * answer that arrives twice counts once). An overdracht that nobody accepted within the configured number of working
 * days after the first offer is flagged ({@link #teLaat}).
 */
public final class Overdrachten {

    /** Where a party's offer stands. */
    public enum Status {
        OPEN,
        AANVAARD,
        AFGEWEZEN
    }

    /** One receiving party: the offer, when and by whom it was made, and its answer once given. */
    public record Partij(
            OverdrachtAangeboden aanbod,
            Instant aangebodenOp,
            String aangebodenDoor,
            @Nullable OverdrachtBeantwoord antwoord,
            @Nullable Instant beantwoordOp) {

        public UUID id() {
            return aanbod.partij();
        }

        public Status status() {
            if (antwoord == null) {
                return Status.OPEN;
            }
            return antwoord.aanvaard() ? Status.AANVAARD : Status.AFGEWEZEN;
        }

        /** Whether the party answers in its Schakel dossier (then Veilig Thuis does not record the answer itself). */
        public boolean viaSchakel() {
            return aanbod.ketenOverdrachtId() != null;
        }
    }

    /**
     * An overdracht that nobody accepted in time, for the case worker's queue and the teamleider's late list.
     *
     * @param uiterlijk the last working day on which a party should have accepted
     * @param werkdagenTeLaat working days past {@code uiterlijk} (at least 1)
     */
    public record Signalering(
            UUID zaakId, ZaakStatus status, LocalDate aangeboden, LocalDate uiterlijk, int werkdagenTeLaat) {}

    private final List<Partij> partijen;

    private Overdrachten(List<Partij> partijen) {
        this.partijen = List.copyOf(partijen);
    }

    /**
     * Reads the parties and their answers of the case's current overdracht from the journal, in the order they were
     * offered. A new veiligheidsbeoordeling (after a vervolgmelding) starts the services anew: an overdracht before it
     * was for an earlier service, so its parties and answers do not count for the next one.
     */
    public static Overdrachten van(List<JournalEntry<EntryPayload>> journal) {
        Map<UUID, Partij> partijen = new LinkedHashMap<>();
        for (JournalEntry<EntryPayload> e : journal) {
            switch (e.payload()) {
                case NieuweVeiligheidsbeoordelingGestart n -> partijen.clear();
                case OverdrachtAangeboden a ->
                    partijen.putIfAbsent(a.partij(), new Partij(a, e.recordedAt(), e.authorName(), null, null));
                case OverdrachtBeantwoord b -> {
                    Partij p = partijen.get(b.partij());
                    if (p != null && p.antwoord() == null) {
                        partijen.put(
                                b.partij(),
                                new Partij(p.aanbod(), p.aangebodenOp(), p.aangebodenDoor(), b, e.recordedAt()));
                    }
                }
                default -> {}
            }
        }
        return new Overdrachten(new ArrayList<>(partijen.values()));
    }

    /** The parties, in the order they were offered. */
    public List<Partij> partijen() {
        return partijen;
    }

    public Optional<Partij> partij(UUID id) {
        return partijen.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The party whose offer crossed the chain under this id. */
    public Optional<Partij> viaKeten(UUID ketenOverdrachtId) {
        return partijen.stream()
                .filter(p -> ketenOverdrachtId.equals(p.aanbod().ketenOverdrachtId()))
                .findFirst();
    }

    /** The parties that have not answered yet. */
    public List<Partij> open() {
        return partijen.stream().filter(p -> p.status() == Status.OPEN).toList();
    }

    /**
     * Whether the overdracht is accepted: at least one party accepted responsibility for "zicht op veiligheid" (rule
     * 38). A party that declined does not count; nor does an offer without an answer.
     */
    public boolean aanvaard() {
        return partijen.stream().anyMatch(p -> p.status() == Status.AANVAARD);
    }

    /** The Dutch day of the first offer, from which the term counts; empty when nothing was offered. */
    public Optional<LocalDate> aangeboden() {
        return partijen.isEmpty()
                ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(partijen.getFirst().aangebodenOp(), Intake.NL));
    }

    /**
     * The last working day on which a party should accept: {@code werkdagen} working days after the day of the first
     * offer; empty when nothing was offered or a party accepted.
     */
    public Optional<LocalDate> uiterlijk(Werkdagkalender kalender, int werkdagen) {
        if (aanvaard()) {
            return Optional.empty();
        }
        return aangeboden().map(dag -> kalender.werkdagenNa(dag, werkdagen));
    }

    /** Whether nobody accepted the overdracht within the term: offered, not accepted, and {@code vandaag} is past it. */
    public boolean teLaat(LocalDate vandaag, Werkdagkalender kalender, int werkdagen) {
        return uiterlijk(kalender, werkdagen).map(vandaag::isAfter).orElse(false);
    }

    /** The flag of a case whose overdracht nobody accepted in time; empty when it is not late. */
    public Optional<Signalering> signalering(
            UUID zaakId, ZaakStatus status, LocalDate vandaag, Werkdagkalender kalender, int werkdagen) {
        if (!teLaat(vandaag, kalender, werkdagen)) {
            return Optional.empty();
        }
        LocalDate uiterlijk = uiterlijk(kalender, werkdagen).orElseThrow();
        return Optional.of(new Signalering(
                zaakId,
                status,
                aangeboden().orElseThrow(),
                uiterlijk,
                Math.max(1, kalender.werkdagenTussen(uiterlijk, vandaag))));
    }
}
