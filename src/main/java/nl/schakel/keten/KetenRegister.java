package nl.schakel.keten;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Service;

/**
 * The chain's side of the national VT-register (domain spec §3.8, rule 46): a Veilig Thuis region registers its
 * involvement with a case's directbetrokkenen ({@link Registratie}) and its end ({@link Beeindiging}), and reads the
 * matches the register told it of ({@link RegisterMatch}, announced by {@link RegisterMatchOntvangen}). Copies are
 * kept append-only in this module's tables, in the caller's transaction.
 */
@Service
public class KetenRegister {

    /** Registers a region's involvement with a case's directbetrokkenen, in the caller's transaction. */
    public void registreer(Registratie r) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Ends a region's involvement with a case, in the caller's transaction. */
    public void beeindig(Beeindiging b) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A match told to the given region, by its id; empty for any other region. */
    public Optional<RegisterMatch> match(TenantId regio, UUID id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The matches told to the given region about one of its cases, oldest first. */
    public List<RegisterMatch> matches(TenantId regio, UUID zaakReferentie) {
        throw new UnsupportedOperationException("not yet");
    }
}
