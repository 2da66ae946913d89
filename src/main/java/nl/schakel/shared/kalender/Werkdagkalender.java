package nl.schakel.shared.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which days are working days for legal terms: not a Saturday or Sunday, not a general holiday of the Algemene
 * termijnenwet (art. 3 (1): Nieuwjaarsdag, Tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag,
 * Eerste en Tweede Kerstdag; art. 3 (2): Goede Vrijdag), and not a day equated with them by decree (art. 3 (3)) or,
 * for a year no decree covers, by the rule the decrees follow ({@link Gelijkstellingsregel}, expected days).
 *
 * <p>The decree days are data ({@link Gelijkstellingen}) that the platformbeheerder keeps; the calendar asks its source
 * for the current list at every question, so one instance stays right when the list changes (ADR-0017).
 */
public final class Werkdagkalender {

    private final Supplier<Gelijkstellingen> gelijkstellingen;

    /** @param gelijkstellingen the current decree days; asked once per question, so it must answer cheaply */
    public Werkdagkalender(Supplier<Gelijkstellingen> gelijkstellingen) {
        this.gelijkstellingen = gelijkstellingen;
    }

    /** A calendar on a fixed list of decree days. */
    public static Werkdagkalender van(Gelijkstellingen gelijkstellingen) {
        return new Werkdagkalender(() -> gelijkstellingen);
    }

    /** The calendar without any decree: the holidays of the law, and the rule's expected days in every year. */
    public static Werkdagkalender standaard() {
        return van(Gelijkstellingen.GEEN);
    }

    public boolean isWerkdag(LocalDate dag) {
        return isWerkdag(dag, gelijkstellingen.get());
    }

    private static boolean isWerkdag(LocalDate dag, Gelijkstellingen lijst) {
        DayOfWeek dow = dag.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && vrijeDag(dag, lijst).isEmpty();
    }

    /** The holiday (or equated day) this date is, if it is one; whatever day of the week it falls on. */
    public Optional<Feestdag> feestdag(LocalDate dag) {
        return vrijeDag(dag).map(VrijeDag::feestdag);
    }

    /** The holiday or equated day this date is, with where that comes from (law, decree, or expected by the rule). */
    public Optional<VrijeDag> vrijeDag(LocalDate dag) {
        return vrijeDag(dag, gelijkstellingen.get());
    }

    private static Optional<VrijeDag> vrijeDag(LocalDate dag, Gelijkstellingen lijst) {
        Optional<Feestdag> wet = wettelijkeFeestdag(dag);
        return wet.isPresent() ? wet.map(f -> new VrijeDag(dag, f, Bron.WET, null)) : lijst.gelijkgesteld(dag);
    }

    /** Every holiday and equated day of a year, in date order, weekend days included. */
    public List<VrijeDag> vrijeDagen(int jaar) {
        Gelijkstellingen lijst = gelijkstellingen.get();
        return LocalDate.of(jaar, Month.JANUARY, 1)
                .datesUntil(LocalDate.of(jaar + 1, Month.JANUARY, 1))
                .map(d -> vrijeDag(d, lijst))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The version of the decree list the calendar counts on now (0 when it is not a stored list). */
    public long versie() {
        return gelijkstellingen.get().versie();
    }

    /** The general holiday of the law (art. 3 (1) and (2)) this date is, if any; never an equated day. */
    public static Optional<Feestdag> wettelijkeFeestdag(LocalDate dag) {
        int jaar = dag.getYear();
        LocalDate pasen = eerstePaasdag(jaar);
        if (dag.equals(LocalDate.of(jaar, Month.JANUARY, 1))) {
            return Optional.of(Feestdag.NIEUWJAARSDAG);
        }
        if (dag.equals(pasen.minusDays(2))) {
            return Optional.of(Feestdag.GOEDE_VRIJDAG);
        }
        if (dag.equals(pasen.plusDays(1))) {
            return Optional.of(Feestdag.TWEEDE_PAASDAG);
        }
        if (dag.equals(koningsdag(jaar))) {
            return Optional.of(Feestdag.KONINGSDAG);
        }
        if (dag.equals(LocalDate.of(jaar, Month.MAY, 5))) {
            return Optional.of(Feestdag.BEVRIJDINGSDAG);
        }
        if (dag.equals(pasen.plusDays(39))) {
            return Optional.of(Feestdag.HEMELVAARTSDAG);
        }
        if (dag.equals(pasen.plusDays(50))) {
            return Optional.of(Feestdag.TWEEDE_PINKSTERDAG);
        }
        if (dag.equals(LocalDate.of(jaar, Month.DECEMBER, 25))) {
            return Optional.of(Feestdag.EERSTE_KERSTDAG);
        }
        if (dag.equals(LocalDate.of(jaar, Month.DECEMBER, 26))) {
            return Optional.of(Feestdag.TWEEDE_KERSTDAG);
        }
        return Optional.empty();
    }

    /**
     * The date that lies the given number of working days after a day (the day itself does not count, whether or not
     * it is a working day): the last day of a term of that many working days that starts the day after.
     */
    public LocalDate werkdagenNa(LocalDate dag, int aantal) {
        if (aantal < 0) {
            throw new IllegalArgumentException("aantal < 0");
        }
        Gelijkstellingen lijst = gelijkstellingen.get();
        LocalDate d = dag;
        int geteld = 0;
        while (geteld < aantal) {
            d = d.plusDays(1);
            if (isWerkdag(d, lijst)) {
                geteld++;
            }
        }
        return d;
    }

    /**
     * The number of working days after {@code van} up to and including {@code tot}: how many working days are left
     * until a deadline, or (negative) how many it is past. Zero when both are the same day.
     */
    public int werkdagenTussen(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return -werkdagenTussen(tot, van);
        }
        Gelijkstellingen lijst = gelijkstellingen.get();
        int geteld = 0;
        for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
            if (isWerkdag(d, lijst)) {
                geteld++;
            }
        }
        return geteld;
    }

    /** Koningsdag: 27 April, or 26 April when the 27th is a Sunday (Wet van 2013 on Koningsdag). */
    static LocalDate koningsdag(int jaar) {
        LocalDate dag = LocalDate.of(jaar, Month.APRIL, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, month, day);
    }
}
