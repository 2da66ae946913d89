package nl.schakel.dossier.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The overdracht Veilig Thuis offered the professional after a melding from this dossier (domain spec §3.2, §3.6; rule
 * 38), as the dossier recorded it when it arrived: what the professional is asked to take over, with responsibility for
 * "zicht op veiligheid", and the veiligheidsvoorwaarden and risk factors (rule 45) that come with it. Written by
 * Schakel on arrival; the professional answers it with an {@link OverdrachtAntwoord}.
 *
 * @param overdrachtId the id under which the overdracht crossed the chain
 * @param meldingId the melding it follows (the {@link Melding#meldingId()} of this dossier's melding)
 * @param regioNaam the Veilig Thuis region that offers it
 * @param ontvanger the person or team Veilig Thuis named as receiving party
 * @param overname what the professional is asked to take over
 * @param afzender the Veilig Thuis worker who offered it
 */
public record OverdrachtOntvangen(
        UUID overdrachtId,
        UUID meldingId,
        String regioNaam,
        String ontvanger,
        String overname,
        List<Voorwaarde> voorwaarden,
        List<String> risicofactoren,
        String afzender,
        Instant verzondenOp)
        implements EntryPayload {

    /** A veiligheidsvoorwaarde: the condition, whom it concerns, how and by whom it is checked. */
    public record Voorwaarde(String tekst, String betreft, String controle) {}

    public OverdrachtOntvangen {
        voorwaarden = List.copyOf(voorwaarden);
        risicofactoren = List.copyOf(risicofactoren);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.OVERDRACHT;
    }

    @Override
    public String toString() {
        return "OverdrachtOntvangen[" + overdrachtId + "]";
    }
}
