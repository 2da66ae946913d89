package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;

/**
 * A signal in the Verwijsindex Risicojongeren (VIR) about one betrokkene (spec §1.7, Jeugdwet art. 7.1.4.5): only
 * the fact that this organisation is involved, never the content. It ends at most two years after it was made or on
 * the young person's 23rd birthday, whichever comes first (rules 28 and 29); nobody aged 23 or older can be signalled
 * (rule 30), and a beroepscluster that may not signal cannot (rule 32).
 *
 * @param gemaaktOp the day the signal was made
 * @param eindigtOp the day the signal ends and is removed
 */
public record VirSignaal(UUID betrokkeneId, LocalDate gemaaktOp, LocalDate eindigtOp) implements EntryPayload {

    /** The age from which nobody is in the VIR. */
    public static final int LEEFTIJDSGRENS = 23;

    /** How long a signal lasts at most. */
    public static final Period MAXIMALE_DUUR = Period.ofYears(2);

    /**
     * Checks and builds the signal made today, or throws with every problem at once.
     *
     * @param clusterMaySignal whether the signalling member's beroepscluster may signal in the VIR (rule 32; see
     *     {@link VirBevoegdheid})
     * @param alreadyActive whether the betrokkene already has an active signal of this dossier
     */
    public static VirSignaal of(
            Betrokkene betrokkene, boolean clusterMaySignal, boolean alreadyActive, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!clusterMaySignal) {
            errors.put("", "vir.fout.cluster");
        }
        if (!isYoungEnough(betrokkene.geboortedatum(), today)) {
            errors.put("betrokkene", "vir.fout.leeftijd");
        } else if (alreadyActive) {
            errors.put("betrokkene", "vir.fout.actief");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new VirSignaal(betrokkene.id(), today, endDate(betrokkene.geboortedatum(), today));
    }

    /** Whether someone born on this date may be signalled today: younger than 23 (rule 30). */
    public static boolean isYoungEnough(LocalDate geboortedatum, LocalDate today) {
        return today.isBefore(birthday23(geboortedatum));
    }

    /**
     * The day a signal made on {@code gemaaktOp} ends: two years after it was made (rule 28) or the 23rd birthday
     * (rule 29), whichever is first. A date that does not exist in the target year (29 February) becomes 28 February,
     * the earlier of the two readings, so a signal never lasts a day too long.
     */
    public static LocalDate endDate(LocalDate geboortedatum, LocalDate gemaaktOp) {
        LocalDate twoYears = gemaaktOp.plus(MAXIMALE_DUUR);
        LocalDate birthday = birthday23(geboortedatum);
        return twoYears.isBefore(birthday) ? twoYears : birthday;
    }

    /** Whether the signal has ended on this day: from {@link #eindigtOp} on. */
    public boolean endedOn(LocalDate day) {
        return !day.isBefore(eindigtOp);
    }

    private static LocalDate birthday23(LocalDate geboortedatum) {
        return geboortedatum.plusYears(LEEFTIJDSGRENS);
    }

    @Override
    public String toString() {
        return "VirSignaal[" + eindigtOp + "]";
    }
}
