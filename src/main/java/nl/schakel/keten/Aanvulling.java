package nl.schakel.keten;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;

/**
 * An aanvulling to a melding already sent (ADR-0019): what the professional adds afterwards, and the signalen,
 * consultaties and gesprekken recorded in the dossier since the melding or the previous aanvulling. It travels like
 * the melding, as a copy, to the region the melding was addressed to, which adds it to the same case.
 *
 * @param id the aanvulling's own id, chosen by the sender
 * @param meldingId the melding it adds to
 * @param aan the region the melding was addressed to
 * @param organisatie the sending organisation: the one that sent the melding
 * @param gebruiker who sends it, a member of that organisation (the name stays with the melder at the region)
 * @param tekst what the professional adds, in their own words
 */
public record Aanvulling(
        UUID id,
        UUID meldingId,
        VeiligThuisRegio aan,
        TenantId organisatie,
        UserId gebruiker,
        String tekst,
        List<Melding.Signaal> signalen,
        List<Melding.Consultatie> consultaties,
        List<Melding.Gesprek> gesprekken,
        Instant verzondenOp) {

    public Aanvulling {
        signalen = List.copyOf(signalen);
        consultaties = List.copyOf(consultaties);
        gesprekken = List.copyOf(gesprekken);
    }

    @Override
    public String toString() {
        return "Aanvulling[" + id + "]";
    }
}
