package nl.schakel.dossier;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the professional adds to the pre-filled melding, as typed: checked by {@link MeldingManagement}, which refuses
 * it with message keys.
 *
 * @param clientGeinformeerd whether the client was informed; {@code null} when not answered
 * @param regio the chosen Veilig Thuis region; {@code null} when none was chosen
 */
public record NewMelding(
        String watBlijfIkDoen,
        @Nullable Boolean clientGeinformeerd,
        String redenNietGeinformeerd,
        boolean anoniemNaarGezin,
        @Nullable UUID regio,
        String contact) {

    @Override
    public String toString() {
        return "NewMelding[***]";
    }
}
