package nl.schakel.dossier.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The professional's answer to an overdracht of Veilig Thuis (rule 38): they accept responsibility for "zicht op
 * veiligheid", or decline with a reason. Sent back to Veilig Thuis through {@code keten}; an overdracht is answered
 * once.
 *
 * @param overdrachtId the {@link OverdrachtOntvangen#overdrachtId()} it answers
 * @param reden why the professional declined; {@code null} when accepted
 */
public record OverdrachtAntwoord(
        UUID overdrachtId, boolean aanvaard, @Nullable String reden) implements EntryPayload {

    public static final int MAX_REDEN = 4000;

    /**
     * Checks the answer: a choice, and a reason when declined.
     *
     * @param aanvaard {@code null} when not chosen
     */
    public static OverdrachtAntwoord of(UUID overdrachtId, @Nullable Boolean aanvaard, String reden) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (aanvaard == null) {
            errors.put("aanvaard", "overdracht.fout.aanvaard");
        }
        if (Boolean.FALSE.equals(aanvaard)) {
            Texts.required(errors, "reden", reden, MAX_REDEN, "overdracht.fout.reden");
        } else {
            Texts.optional(errors, "reden", reden, MAX_REDEN, "overdracht.fout.reden");
        }
        Texts.throwIfAny(errors);
        if (aanvaard == null) {
            throw new InvalidInputException("aanvaard", "overdracht.fout.aanvaard");
        }
        return new OverdrachtAntwoord(overdrachtId, aanvaard, aanvaard ? null : reden.strip());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.OVERDRACHT_ANTWOORD;
    }

    @Override
    public String toString() {
        return "OverdrachtAntwoord[" + overdrachtId + ", " + (aanvaard ? "aanvaard" : "afgewezen") + "]";
    }
}
