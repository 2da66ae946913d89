package nl.schakel.dossier;

import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.shared.Relatie;
import org.jspecify.annotations.Nullable;

/** A betrokkene of a dossier as shown. */
public record BetrokkeneView(
        UUID id,
        String naam,
        LocalDate geboortedatum,
        @Nullable String bsn,
        Relatie relatie) {

    @Override
    public String toString() {
        return "BetrokkeneView[" + id + "]";
    }
}
