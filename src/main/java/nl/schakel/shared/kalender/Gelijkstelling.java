package nl.schakel.shared.kalender;

import java.time.LocalDate;

/**
 * One day a decree under art. 3 (3) of the Algemene termijnenwet equates with a general holiday.
 *
 * @param besluit the decree's name, with its Staatscourant reference when known
 */
public record Gelijkstelling(LocalDate dag, String besluit) {}
