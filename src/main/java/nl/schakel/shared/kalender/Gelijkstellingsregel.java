package nl.schakel.shared.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rule the decrees under art. 3 (3) of the Algemene termijnenwet have followed since 2023, for the years no decree
 * covers yet: the Friday after Hemelvaartsdag, and the Friday after Nieuwjaarsdag, Koningsdag or Tweede Kerstdag when
 * that day falls on a Thursday. It reproduces every day of the decrees of 2023–2025 and 2026–2028 (ADR-0017). Days the
 * rule gives are expected ({@link Bron#VERWACHT}) until a decree confirms them.
 */
public final class Gelijkstellingsregel {

    private Gelijkstellingsregel() {}

    /** The days the rule equates in a year, in date order; never a day the law already makes a holiday. */
    public static List<LocalDate> dagen(int jaar) {
        LocalDate hemelvaart = Werkdagkalender.eerstePaasdag(jaar).plusDays(39);
        Stream<LocalDate> naDonderdag = Stream.of(
                        LocalDate.of(jaar, Month.JANUARY, 1),
                        Werkdagkalender.koningsdag(jaar),
                        LocalDate.of(jaar, Month.DECEMBER, 26))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY)
                .map(d -> d.plusDays(1));
        return Stream.concat(naDonderdag, Stream.of(hemelvaart.plusDays(1)))
                .filter(d -> Werkdagkalender.wettelijkeFeestdag(d).isEmpty())
                .distinct()
                .sorted()
                .toList();
    }
}
