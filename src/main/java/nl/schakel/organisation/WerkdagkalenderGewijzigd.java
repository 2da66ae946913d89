package nl.schakel.organisation;

/**
 * Published (through the event publication registry) in the transaction that changed the equated days, and again by
 * each node that finds a change made on another node: the working-day calendar counts differently from now on, so
 * terms computed before may have to move. Carries the list's version only, never personal data.
 *
 * @param versie the version of the list of equated days after the change
 */
public record WerkdagkalenderGewijzigd(long versie) {}
