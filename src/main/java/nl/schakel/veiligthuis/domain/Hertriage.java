package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.jspecify.annotations.Nullable;

/**
 * Safety while waiting: a melding in the veiligheidsbeoordeling whose family's safety has not been checked for more
 * than a set number of working days (setting {@code schakel.veilig-thuis.hertriage-na-werkdagen}) is flagged to be
 * triaged again. Counted from the day of the last safety check, or from the day of receipt when there was none.
 */
public final class Hertriage {

    private final Werkdagkalender kalender;
    private final int naWerkdagen;

    /** @param naWerkdagen the number of working days a melding may wait without a check; more is flagged */
    public Hertriage(Werkdagkalender kalender, int naWerkdagen) {
        if (naWerkdagen < 0) {
            throw new IllegalArgumentException("naWerkdagen < 0");
        }
        this.kalender = kalender;
        this.naWerkdagen = naWerkdagen;
    }

    public int naWerkdagen() {
        return naWerkdagen;
    }

    /**
     * The working days that passed since the last safety check (or since the day of receipt when there was none) up
     * to and including today: the day of the check itself does not count.
     */
    public int werkdagenZonderCheck(LocalDate ontvangen, @Nullable LocalDate laatsteCheck, LocalDate today) {
        LocalDate sinds = laatsteCheck == null || laatsteCheck.isBefore(ontvangen) ? ontvangen : laatsteCheck;
        return Math.max(0, kalender.werkdagenTussen(sinds, today));
    }

    /** Whether the melding must be triaged again: more than {@link #naWerkdagen()} working days without a check. */
    public boolean nodig(LocalDate ontvangen, @Nullable LocalDate laatsteCheck, LocalDate today) {
        return werkdagenZonderCheck(ontvangen, laatsteCheck, today) > naWerkdagen;
    }
}
