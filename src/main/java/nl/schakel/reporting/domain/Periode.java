package nl.schakel.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar period of management information: a year, a quarter or a month, from {@code van} up to (not including)
 * {@code tot}. Only these fixed periods exist, so any two either do not overlap or one holds the other exactly.
 */
public record Periode(Soort soort, LocalDate van, LocalDate tot) {

    public enum Soort {
        JAAR,
        KWARTAAL,
        MAAND
    }

    public static Periode jaar(int jaar) {
        return new Periode(Soort.JAAR, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1));
    }

    public static Periode kwartaal(int jaar, int kwartaal) {
        LocalDate van = LocalDate.of(jaar, 3 * (kwartaal - 1) + 1, 1);
        return new Periode(Soort.KWARTAAL, van, van.plusMonths(3));
    }

    public static Periode maand(int jaar, int maand) {
        LocalDate van = LocalDate.of(jaar, maand, 1);
        return new Periode(Soort.MAAND, van, van.plusMonths(1));
    }

    /** The year, its four quarters and its twelve months. */
    public static List<Periode> vanJaar(int jaar) {
        List<Periode> perioden = new ArrayList<>();
        perioden.add(jaar(jaar));
        for (int k = 1; k <= 4; k++) {
            perioden.add(kwartaal(jaar, k));
        }
        for (int m = 1; m <= 12; m++) {
            perioden.add(maand(jaar, m));
        }
        return perioden;
    }

    /** The periods one level down that together make up this one: a year's quarters and months, a quarter's months. */
    public List<List<Periode>> opdelingen() {
        int jaar = van.getYear();
        return switch (soort) {
            case JAAR ->
                List.of(
                        vanJaar(jaar).stream()
                                .filter(p -> p.soort == Soort.KWARTAAL)
                                .toList(),
                        vanJaar(jaar).stream()
                                .filter(p -> p.soort == Soort.MAAND)
                                .toList());
            case KWARTAAL ->
                List.of(List.of(
                        maand(jaar, van.getMonthValue()),
                        maand(jaar, van.getMonthValue() + 1),
                        maand(jaar, van.getMonthValue() + 2)));
            case MAAND -> List.of();
        };
    }

    /** Whether the moment falls in this period, in Dutch time. */
    public boolean bevat(Instant moment, ZoneId zone) {
        LocalDate dag = LocalDate.ofInstant(moment, zone);
        return !dag.isBefore(van) && dag.isBefore(tot);
    }

    /** Short code for the CSV and the URL: {@code 2026}, {@code 2026-K1}, {@code 2026-03}. */
    public String code() {
        return switch (soort) {
            case JAAR -> String.valueOf(van.getYear());
            case KWARTAAL -> van.getYear() + "-K" + ((van.getMonthValue() - 1) / 3 + 1);
            case MAAND -> "%d-%02d".formatted(van.getYear(), van.getMonthValue());
        };
    }

    /** The last day of the period that has begun by {@code vandaag}: the day figures of a stock are counted on. */
    public LocalDate peildatum(LocalDate vandaag) {
        LocalDate laatste = tot.minusDays(1);
        return vandaag.isBefore(laatste) ? vandaag : laatste;
    }
}
