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

    public static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
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
