package nl.schakel.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a team within a tenant. */
public record TeamId(UUID value) implements Serializable {

    public TeamId {
        Objects.requireNonNull(value, "value");
    }

    public static TeamId random() {
        return new TeamId(UUID.randomUUID());
    }

    public static TeamId of(String value) {
        return new TeamId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
