package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.Comparator;
import nl.schakel.shared.kalender.Werkdagkalender;

/**
 * The legal terms of Veilig Thuis that run in working days, counted on the {@link Werkdagkalender} (Algemene
 * termijnenwet), and the order of the region's queue.
 */
public final class Termijnen {

    /** The veiligheidsbeoordeling is done within five working days after the day the melding was received. */
    public static final int VEILIGHEIDSBEOORDELING_WERKDAGEN = 5;

    private final Werkdagkalender kalender;

    public Termijnen(Werkdagkalender kalender) {
        this.kalender = kalender;
    }

    /**
     * Rule 33: the last day of the veiligheidsbeoordeling (the term ends at the end of that day) for a melding
     * received on the given day: the fifth working day after it, the day of receipt not counted.
     */
    public LocalDate veiligheidsbeoordelingUiterlijk(LocalDate ontvangen) {
        return kalender.werkdagenNa(ontvangen, VEILIGHEIDSBEOORDELING_WERKDAGEN);
    }

    /** A melding as the queue orders it: whether it is acute, and its VB deadline. */
    public interface InWachtrij {
        boolean acuut();

        LocalDate uiterlijk();
    }

    /** Rule 34: acute meldingen first, whatever their deadline; then the earliest deadline first. */
    public static final Comparator<InWachtrij> WACHTRIJ =
            Comparator.comparing((InWachtrij m) -> !m.acuut()).thenComparing(InWachtrij::uiterlijk);
}
