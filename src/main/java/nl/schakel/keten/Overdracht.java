package nl.schakel.keten;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The overdracht a Veilig Thuis region offers to the professional who made a melding from a Schakel dossier (domain
 * spec §3.2, §3.6; rule 38): what the professional is asked to take over, with responsibility for "zicht op veiligheid",
 * and the veiligheidsvoorwaarden and risk factors (rule 45) that travel with it. Like the melding, it crosses the chain
 * as a copy; the professional answers with an {@link OverdrachtAntwoord}.
 *
 * @param id the overdracht's own id, chosen by the sender
 * @param meldingId the melding it follows (its {@link Melding#id()}); the dossier it came from receives it
 * @param van the region that offers it; the melding was addressed to it
 * @param ontvanger the person or team the region names as receiving party
 * @param overname what the professional is asked to take over
 * @param voorwaarden the veiligheidsvoorwaarden in force, as worded at the offer
 * @param risicofactoren the risk factors of the case
 * @param afzender the name of the Veilig Thuis worker who offers it
 */
public record Overdracht(
        UUID id,
        UUID meldingId,
        VeiligThuisRegio van,
        String ontvanger,
        String overname,
        List<Voorwaarde> voorwaarden,
        List<String> risicofactoren,
        String afzender,
        Instant verzondenOp) {

    /** A veiligheidsvoorwaarde: the condition, whom it concerns, how and by whom it is checked. */
    public record Voorwaarde(String tekst, String betreft, String controle) {}

    public Overdracht {
        Objects.requireNonNull(id);
        Objects.requireNonNull(meldingId);
        Objects.requireNonNull(van);
        Objects.requireNonNull(ontvanger);
        Objects.requireNonNull(overname);
        Objects.requireNonNull(afzender);
        Objects.requireNonNull(verzondenOp);
        voorwaarden = List.copyOf(voorwaarden);
        risicofactoren = List.copyOf(risicofactoren);
    }

    @Override
    public String toString() {
        return "Overdracht[" + id + ", melding " + meldingId + "]";
    }
}
