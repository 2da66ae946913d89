package nl.schakel.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * One journal entry as shown: who wrote it when, the signaal or the collegiale consultatie, and for a correction which
 * entry it corrects and why. The signaal's fields are present for a signaal, the consultatie's for a consultatie.
 *
 * @param kind {@code SIGNAAL} or {@code CONSULTATIE}
 * @param datum the date of the signaal or of the consultatie
 * @param met with whom the consultatie was held: the name of a {@code ConsultatieMet} constant
 * @param persoon the name or function of the person consulted; absent for anonymous advice of Veilig Thuis
 * @param corrected whether a later entry corrects this one
 */
public record EntryView(
        UUID id,
        Instant recordedAt,
        String authorName,
        Role authorRole,
        @Nullable String onBehalfOf,
        String kind,
        LocalDate datum,
        @Nullable String waarneming,
        @Nullable SignaalSoort soort,
        @Nullable String bron,
        Set<VormVanGeweld> vormen,
        boolean disclosure,
        @Nullable String met,
        @Nullable String persoon,
        @Nullable String advies,
        @Nullable UUID corrects,
        @Nullable String reason,
        boolean corrected) {

    public boolean isConsultatie() {
        return "CONSULTATIE".equals(kind);
    }

    public boolean isCorrection() {
        return corrects != null;
    }

    @Override
    public String toString() {
        return "EntryView[" + id + "]";
    }
}
