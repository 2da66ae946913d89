package nl.schakel.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns the strings of a submitted form into typed values; anything unreadable becomes empty, for the rules to refuse. */
public final class FormValues {

    public static final String JA = "ja";
    public static final String NEE = "nee";

    private FormValues() {}

    public static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The first day a person can enter: an earlier date is a typing error. */
    public static final LocalDate EERSTE_DATUM = LocalDate.of(1900, 1, 1);

    /**
     * The last day a person can enter (four-digit years). ISO dates go up to the year 999999999, which date arithmetic
     * ({@code plusDays}), {@link java.sql.Timestamp} and PostgreSQL cannot hold: such a date was a 500 (ADR-0041).
     */
    public static final LocalDate LAATSTE_DATUM = LocalDate.of(9999, 12, 31);

    /** A date as typed (yyyy-mm-dd) from {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}; anything else is empty. */
    public static @Nullable LocalDate date(@Nullable String value) {
        try {
            LocalDate date = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            return date == null || isDate(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a date lies in the range a person can enter, from {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}. */
    public static boolean isDate(LocalDate date) {
        return !date.isBefore(EERSTE_DATUM) && !date.isAfter(LAATSTE_DATUM);
    }

    public static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "ja" is true, "nee" is false, anything else is not answered. */
    public static @Nullable Boolean yesNo(@Nullable String value) {
        return JA.equals(value) ? Boolean.TRUE : NEE.equals(value) ? Boolean.FALSE : null;
    }

    public static String yesNoText(@Nullable Boolean value) {
        return value == null ? "" : value ? JA : NEE;
    }

    public static <E extends Enum<E>> @Nullable E option(Class<E> type, @Nullable String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    public static <E extends Enum<E>> Set<E> options(Class<E> type, @Nullable List<String> values) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(v -> Optional.ofNullable(option(type, v)).ifPresent(chosen::add));
        }
        return chosen;
    }

    public static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
