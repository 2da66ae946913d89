package nl.schakel.veiligthuis.domain;

import java.util.List;
import nl.schakel.shared.journal.JournalEntry;

/**
 * What has been done in the current services of a case, as far as it decides whether a move may be made.
 *
 * @param voorwaarden the number of veiligheidsvoorwaarden in force
 * @param onderzoekGerapporteerd whether the onderzoek's report with its findings is recorded
 * @param overdrachtAanvaard whether a receiving party accepted responsibility for "zicht op veiligheid"
 * @param stabieleVeiligheidGoedgekeurd whether the conclusion that safety is stable is approved by a second person
 */
public record Dienststand(
        int voorwaarden,
        boolean onderzoekGerapporteerd,
        boolean overdrachtAanvaard,
        boolean stabieleVeiligheidGoedgekeurd) {

    /** Nothing done yet. */
    public static final Dienststand LEEG = new Dienststand(0, false, false, false);

    /**
     * What the case's journal says about its services: the veiligheidsvoorwaarden in force (part voorwaarden), whether
     * the onderzoek is reported (part onderzoek). whether a party accepted the
     * overdracht (part overdracht), whether the conclusion of stable safety is approved (part monitoring).
     */
    public static Dienststand van(List<JournalEntry<EntryPayload>> journal) {
        return new Dienststand(
                Veiligheidsvoorwaarden.van(journal).aantal(),
                OnderzoekStand.van(journal).gerapporteerd(),
                Overdrachten.van(journal).aanvaard(),
                Monitoringsplan.goedgekeurd(journal));
    }

    public Dienststand {
        if (voorwaarden < 0) {
            throw new IllegalArgumentException("voorwaarden < 0");
        }
    }
}
