package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the case page's model ({@link ZaakActies}) needs to know about a case and the person looking at it. The facade
 * fills it from the case's row and journal; the decisions are {@link ZaakActies}'s.
 *
 * @param bellerBeroepskracht whether the melder is a professional (the first contact, spec §3.2)
 * @param eersteContact whether the first contact with the professional melder is recorded
 * @param verrijkt whether at least one source of the verrijking is recorded
 * @param getaxeerd whether a veiligheidstaxatie is recorded (the besluit rests on it)
 * @param besluit the proposed besluit that waits for approval, seen from this person
 * @param voorwaardeWijziging the proposed changes of a veiligheidsvoorwaarde that wait, seen from this person
 * @param stabieleVeiligheid the conclusion that safety is stable that waits for approval, seen from this person
 * @param terugkoppelingMogelijk whether the melder is owed a terugkoppeling now (rules 41, 42)
 * @param overdrachtVastgelegd whether the overdracht to the receiving parties is recorded (acceptance may follow)
 * @param stand what is done in the current services, as far as it decides a move ({@link Dienstverloop})
 * @param vbUiterlijk the last day of the veiligheidsbeoordeling (rule 33)
 * @param onderzoekUiterlijk the end of the onderzoek's term (10 weeks, domain spec §3.4)
 * @param monitoringMoment the next monitoring moment
 */
public record ZaakFeiten(
        ZaakSoort soort,
        ZaakStatus status,
        boolean acuut,
        boolean bellerBeroepskracht,
        boolean eersteContact,
        boolean verrijkt,
        boolean getaxeerd,
        Voorstel besluit,
        Voorstel voorwaardeWijziging,
        Voorstel stabieleVeiligheid,
        boolean terugkoppelingMogelijk,
        boolean overdrachtVastgelegd,
        Dienststand stand,
        @Nullable LocalDate vbUiterlijk,
        @Nullable LocalDate onderzoekUiterlijk,
        @Nullable LocalDate monitoringMoment) {

    /** A proposal that a second person must approve (four eyes), seen from the person looking at the case. */
    public enum Voorstel {
        /** None waits. */
        GEEN,
        /** One waits that this person proposed: someone else must judge it. */
        EIGEN,
        /** One waits that someone else proposed. */
        VAN_ANDER;

        /** Which one: none, only this person's own, or (at least one) by someone else. */
        public static Voorstel van(boolean wacht, boolean vanAnder) {
            return !wacht ? GEEN : vanAnder ? VAN_ANDER : EIGEN;
        }
    }
}
