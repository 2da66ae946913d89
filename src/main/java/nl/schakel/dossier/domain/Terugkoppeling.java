package nl.schakel.dossier.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The feedback Veilig Thuis gave about a melding from this dossier (spec §3.5, rule 41), as the dossier recorded it
 * when it arrived: after the veiligheidsbeoordeling or after the onderzoek, whether Veilig Thuis started follow-up,
 * its decision, the parties it handed the case over to and, when the professional has a role in the follow-up, the
 * conditions and monitoring agreements. Written by Schakel on arrival, never by the professional.
 *
 * @param terugkoppelingId the id under which the feedback crossed the chain
 * @param meldingId the melding it answers (the {@link Melding#meldingId()} of this dossier's melding)
 * @param regioNaam the Veilig Thuis region that sent it
 * @param voorwaardenEnAfspraken present only when the professional has a role in the follow-up
 * @param afzender the Veilig Thuis worker who sent it
 */
public record Terugkoppeling(
        UUID terugkoppelingId,
        UUID meldingId,
        String regioNaam,
        Moment moment,
        boolean vervolg,
        String besluit,
        List<String> ontvangendePartijen,
        @Nullable String voorwaardenEnAfspraken,
        String toelichting,
        String afzender,
        Instant verzondenOp)
        implements EntryPayload {

    /** When in the Veilig Thuis process the feedback was given. */
    public enum Moment {
        NA_VEILIGHEIDSBEOORDELING,
        NA_ONDERZOEK
    }

    public Terugkoppeling {
        ontvangendePartijen = List.copyOf(ontvangendePartijen);
    }

    /**
     * Checks what arrived and builds the entry's payload, or throws with every problem at once. Blank conditions are
     * recorded as none; blank parties are left out.
     */
    public static Terugkoppeling of(
            UUID terugkoppelingId,
            UUID meldingId,
            String regioNaam,
            @Nullable Moment moment,
            boolean vervolg,
            String besluit,
            List<String> ontvangendePartijen,
            @Nullable String voorwaardenEnAfspraken,
            String toelichting,
            String afzender,
            Instant verzondenOp) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (regioNaam.isBlank()) {
            errors.put("regio", "terugkoppeling.fout.regio");
        }
        if (moment == null) {
            errors.put("moment", "terugkoppeling.fout.moment");
        }
        if (besluit.isBlank()) {
            errors.put("besluit", "terugkoppeling.fout.besluit");
        }
        if (afzender.isBlank()) {
            errors.put("afzender", "terugkoppeling.fout.afzender");
        }
        if (!errors.isEmpty() || moment == null) {
            throw new InvalidInputException(errors);
        }
        String voorwaarden = voorwaardenEnAfspraken == null ? "" : voorwaardenEnAfspraken.strip();
        return new Terugkoppeling(
                terugkoppelingId,
                meldingId,
                regioNaam.strip(),
                moment,
                vervolg,
                besluit.strip(),
                ontvangendePartijen.stream()
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList(),
                voorwaarden.isEmpty() ? null : voorwaarden,
                toelichting.strip(),
                afzender.strip(),
                verzondenOp);
    }

    @Override
    public String toString() {
        return "Terugkoppeling[" + terugkoppelingId + ", " + moment + "]";
    }
}
