package nl.schakel.dossier;

import java.time.LocalDate;
import nl.schakel.shared.ConsultatieMet;
import org.jspecify.annotations.Nullable;

/**
 * A collegiale consultatie of step 2 as typed: checked by {@link DossierManagement}, which refuses it with message
 * keys.
 */
public record NewConsultatie(
        @Nullable LocalDate datum, @Nullable ConsultatieMet met, String persoon, String advies) {

    @Override
    public String toString() {
        return "NewConsultatie[***]";
    }
}
