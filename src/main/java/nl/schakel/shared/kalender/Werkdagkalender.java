package nl.schakel.shared.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

/**
 * Which days are working days for legal terms: not a Saturday or Sunday, not a general holiday of the Algemene
 * termijnenwet (art. 3: Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede
 * Pinksterdag, Eerste en Tweede Kerstdag), and not a day equated with them. Equated days are data: the Friday after
 * Hemelvaartsdag (a rule, on in the default calendar) and any listed dates.
 */
public final class Werkdagkalender {

    private final boolean vrijdagNaHemelvaart;
    private final Set<LocalDate> gelijkgesteld;

    /**
     * @param vrijdagNaHemelvaart whether the Friday after Hemelvaartsdag is equated with a holiday
     * @param gelijkgesteld further equated dates
     */
    public Werkdagkalender(boolean vrijdagNaHemelvaart, Set<LocalDate> gelijkgesteld) {
        this.vrijdagNaHemelvaart = vrijdagNaHemelvaart;
        this.gelijkgesteld = Set.copyOf(gelijkgesteld);
    }

    /** The default calendar: the holidays of the law, and the Friday after Hemelvaartsdag equated with them. */
    public static Werkdagkalender standaard() {
        return new Werkdagkalender(true, Set.of());
    }

    public boolean isWerkdag(LocalDate dag) {
        DayOfWeek dow = dag.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && feestdag(dag).isEmpty();
    }

    /** The holiday (or equated day) this date is, if it is one; whatever day of the week it falls on. */
    public Optional<Feestdag> feestdag(LocalDate dag) {
        int jaar = dag.getYear();
        LocalDate pasen = eerstePaasdag(jaar);
        LocalDate hemelvaart = pasen.plusDays(39);
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
        if (dag.equals(hemelvaart)) {
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
        if ((vrijdagNaHemelvaart && dag.equals(hemelvaart.plusDays(1))) || gelijkgesteld.contains(dag)) {
            return Optional.of(Feestdag.GELIJKGESTELD);
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
        LocalDate d = dag;
        int geteld = 0;
        while (geteld < aantal) {
            d = d.plusDays(1);
            if (isWerkdag(d)) {
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
        int geteld = 0;
        for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
            if (isWerkdag(d)) {
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
