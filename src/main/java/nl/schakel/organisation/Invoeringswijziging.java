package nl.schakel.organisation;

import java.time.Instant;

/**
 * One row of the append-only history of an implementation item: its whole state as it was recorded then. What an item
 * is now is its latest row; a correction is a new row.
 *
 * @param volgnummer the order in which the rows were written
 * @param vastgelegdDoor the username of who recorded it
 */
public record Invoeringswijziging(
        long volgnummer, Invoeringspunt punt, Invoeringsstand stand, Instant vastgelegdOp, String vastgelegdDoor) {}
