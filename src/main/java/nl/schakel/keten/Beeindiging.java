package nl.schakel.keten;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The end of a region's involvement with a case's directbetrokkenen in the national VT-register (domain spec §3.8,
 * rule 46), sent when the region closes the case. The register keeps the ended involvement, shown as ended, for the
 * retention period of the VT file (§3.9) and then deletes it.
 *
 * @param id the message's own id, chosen by the sender
 * @param regio the region that registered the case
 * @param zaakReferentie the region's own case reference, as in the {@link Registratie}
 * @param tot when the involvement ended (the case's closing)
 */
public record Beeindiging(UUID id, VeiligThuisRegio regio, UUID zaakReferentie, Instant tot) {

    public Beeindiging {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(zaakReferentie, "zaakReferentie");
        Objects.requireNonNull(tot, "tot");
    }
}
