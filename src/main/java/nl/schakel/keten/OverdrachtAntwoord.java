package nl.schakel.keten;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * The professional's answer to an {@link Overdracht}, given in their Schakel dossier: they accept responsibility for
 * "zicht op veiligheid", or decline with a reason. Crosses the chain back to the region as a copy; an overdracht is
 * answered once.
 *
 * @param id the answer's own id
 * @param overdrachtId the overdracht it answers
 * @param meldingId the melding the overdracht follows
 * @param reden why the professional declined; {@code null} when accepted
 * @param door the name of the professional who answered
 * @param organisatie the professional's organisation: the one that sent the melding
 * @param organisatieNaam its name, for the region's record
 * @param gebruiker the professional's user id
 */
public record OverdrachtAntwoord(
        UUID id,
        UUID overdrachtId,
        UUID meldingId,
        boolean aanvaard,
        @Nullable String reden,
        String door,
        TenantId organisatie,
        String organisatieNaam,
        UserId gebruiker,
        Instant beantwoordOp) {

    public OverdrachtAntwoord {
        Objects.requireNonNull(id);
        Objects.requireNonNull(overdrachtId);
        Objects.requireNonNull(meldingId);
        Objects.requireNonNull(door);
        Objects.requireNonNull(organisatie);
        Objects.requireNonNull(organisatieNaam);
        Objects.requireNonNull(gebruiker);
        Objects.requireNonNull(beantwoordOp);
    }

    @Override
    public String toString() {
        return "OverdrachtAntwoord[" + id + ", overdracht " + overdrachtId + ", "
                + (aanvaard ? "aanvaard" : "afgewezen") + "]";
    }
}
