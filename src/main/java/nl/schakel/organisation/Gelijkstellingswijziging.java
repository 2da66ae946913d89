package nl.schakel.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the append-only history of the equated days: a day added to a decree, or withdrawn from it (a day entered
 * by mistake). What a day is now is its latest row.
 *
 * @param volgnummer the order in which the rows were written
 * @param reden why a day was withdrawn
 */
public record Gelijkstellingswijziging(
        long volgnummer,
        UUID besluitId,
        LocalDate dag,
        Actie actie,
        @Nullable String reden,
        Instant vastgelegdOp,
        String vastgelegdDoor) {

    public enum Actie {
        TOEGEVOEGD,
        INGETROKKEN
    }
}
