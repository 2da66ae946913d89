package nl.schakel.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant: an organisation or a Veilig Thuis region. */
public record TenantId(UUID value) implements Serializable {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
