package nl.schakel.dossier;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the professional adds to the pre-filled melding, as typed: checked by {@link MeldingManagement}, which refuses
 * it with message keys.
 *
 * @param clientGeinformeerd whether the client was informed; {@code null} when not answered
 * @param regio the chosen Veilig Thuis region; {@code null} when none was chosen
 * @param anoniemNaarGezin the melder's choice to be shielded from the family; {@code null} when they made none (the
 *     rule of {@link nl.schakel.shared.MelderAfscherming} then decides)
 * @param nogmaals the professional confirms a new melding although this dossier already sent one
 */
public record NewMelding(
        String watBlijfIkDoen,
        @Nullable Boolean clientGeinformeerd,
        String redenNietGeinformeerd,
        @Nullable Boolean anoniemNaarGezin,
        @Nullable UUID regio,
        String contact,
        boolean nogmaals) {

    /** A first melding: no confirmation of a second one. */
    public NewMelding(
            String watBlijfIkDoen,
            @Nullable Boolean clientGeinformeerd,
            String redenNietGeinformeerd,
            @Nullable Boolean anoniemNaarGezin,
            @Nullable UUID regio,
            String contact) {
        this(watBlijfIkDoen, clientGeinformeerd, redenNietGeinformeerd, anoniemNaarGezin, regio, contact, false);
    }

    @Override
    public String toString() {
        return "NewMelding[***]";
    }
}
