package nl.schakel.dossier.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.MelderAfscherming;
import nl.schakel.shared.journal.Journal;
import org.jspecify.annotations.Nullable;

/**
 * A melding to Veilig Thuis as the dossier recorded it when it was sent (meldcode step 5): what was sent (the
 * {@link MeldingInhoud} pre-filled from the dossier), to which region, what the professional keeps doing, whether
 * the client was informed (and if not, why: rule 17), the melder's wish to stay anonymous towards the family, and
 * how Veilig Thuis reaches the melder. The entry's time is the time it was sent.
 *
 * @param meldingId the id under which the melding crossed the chain
 */
public record Melding(
        UUID meldingId,
        UUID regioId,
        String regioNaam,
        MeldingInhoud inhoud,
        String watBlijfIkDoen,
        boolean clientGeinformeerd,
        @Nullable String redenNietGeinformeerd,
        boolean anoniemNaarGezin,
        String contact)
        implements EntryPayload {

    public static final int MAX_TEKST = 4000;
    public static final int MAX_CONTACT = 200;

    /**
     * Checks the typed values and builds the melding, or throws with every problem at once.
     *
     * @param regioId the chosen region, or {@code null} when none or an unknown one was chosen
     * @param regioNaam the region's name, present when {@code regioId} is
     * @param clientGeinformeerd whether the client was informed; {@code null} when the question was not answered
     * @param anoniemNaarGezin the melder's choice to be shielded from the family or not; {@code null} when they made
     *     none, and then {@link MelderAfscherming} decides from whether the client was told
     */
    public static Melding of(
            MeldingInhoud inhoud,
            @Nullable UUID regioId,
            @Nullable String regioNaam,
            String watBlijfIkDoen,
            @Nullable Boolean clientGeinformeerd,
            String redenNietGeinformeerd,
            @Nullable Boolean anoniemNaarGezin,
            String contact) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (inhoud.betrokkenen().isEmpty()) {
            errors.put("", "melding.fout.betrokkenen");
        }
        if (regioId == null || regioNaam == null) {
            errors.put("regio", "melding.fout.regio");
        }
        String wat = watBlijfIkDoen.strip();
        if (wat.isEmpty()) {
            errors.put("watBlijfIkDoen", "melding.fout.watblijfikdoen");
        } else if (wat.length() > MAX_TEKST) {
            errors.put("watBlijfIkDoen", "melding.fout.watblijfikdoentelang");
        }
        String reden = redenNietGeinformeerd.strip();
        if (clientGeinformeerd == null) {
            errors.put("clientGeinformeerd", "melding.fout.geinformeerd");
        } else if (!clientGeinformeerd && reden.isEmpty()) {
            errors.put("redenNietGeinformeerd", "melding.fout.reden");
        } else if (reden.length() > MAX_TEKST) {
            errors.put("redenNietGeinformeerd", "melding.fout.redentelang");
        }
        String cleanContact = contact.strip();
        if (cleanContact.isEmpty() || cleanContact.length() > MAX_CONTACT) {
            errors.put("contact", "melding.fout.contact");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean informed = Boolean.TRUE.equals(clientGeinformeerd);
        return new Melding(
                UUID.randomUUID(),
                regioId,
                regioNaam,
                inhoud,
                wat,
                informed,
                informed ? null : reden,
                MelderAfscherming.afgeschermd(informed, anoniemNaarGezin),
                cleanContact);
    }

    /**
     * Refuses a second melding from the same dossier that the professional did not ask for: after a melding, what is
     * new goes to Veilig Thuis as an {@link Aanvulling} on the same case. A new melding is still possible, but only
     * on purpose ({@code nogmaals}), never as a silent duplicate.
     */
    public static void geenStilleHerhaling(Journal<EntryPayload> journal, boolean nogmaals) {
        if (!nogmaals && !journal.current(Melding.class).isEmpty()) {
            throw new InvalidInputException("nogmaals", "melding.fout.aleerder");
        }
    }

    @Override
    public String toString() {
        return "Melding[" + meldingId + "]";
    }
}
