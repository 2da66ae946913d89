package nl.schakel.register;

import java.util.Objects;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A Veilig Thuis region as it asks the VT-register: its tenant id, its name (shown to the other region on a match)
 * and, when it reaches the register over the federation, the OIN of the party that serves it (the access log names
 * it). Within one deployment the OIN may be unknown.
 */
public record Regio(TenantId id, String naam, @Nullable String oin) {

    public Regio {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(naam, "naam");
    }
}
