package nl.schakel.shared.kalender;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A weekday or weekend day on which a legal term does not run, other than Saturday and Sunday as such: a general
 * holiday, or a day equated with one.
 *
 * @param feestdag which holiday, or {@link Feestdag#GELIJKGESTELD}
 * @param bron the law, a decree, or the rule (expected)
 * @param besluit the decree's name (and Staatscourant reference) when {@code bron} is {@link Bron#BESLUIT}
 */
public record VrijeDag(
        LocalDate dag,
        Feestdag feestdag,
        Bron bron,
        @Nullable String besluit) {}
