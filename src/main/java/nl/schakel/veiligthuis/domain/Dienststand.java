package nl.schakel.veiligthuis.domain;

import java.util.List;

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
     * What the case's journal says has been done: the veiligheidsvoorwaarden in force. The other fields are filled by
     * the parts that record them (onderzoek: the report; overdracht: the acceptance; monitoring: the approved
     * conclusion of stable safety) and are {@code false} until then.
     */
    public static Dienststand van(List<JournalEntry> journal) {
        return new Dienststand(Veiligheidsvoorwaarden.van(journal).aantal(), false, false, false);
    }

    public Dienststand {
        if (voorwaarden < 0) {
            throw new IllegalArgumentException("voorwaarden < 0");
        }
    }
}
