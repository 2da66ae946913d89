package nl.schakel.organisation.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Turns typed form values into the facade's types; a value that does not parse is empty, not an error page. */
final class Forms {

    private Forms() {}

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static <E extends Enum<E>> Optional<E> option(Class<E> type, @Nullable String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst();
    }

    static Optional<UUID> uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
