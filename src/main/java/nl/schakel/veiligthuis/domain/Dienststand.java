package nl.schakel.veiligthuis.domain;

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
     * The stand of a case as its journal has it (oldest entry first): the veiligheidsvoorwaarden in force. The other
     * fields are filled by the parts that record them: the onderzoek's report (onderzoek), the accepted overdracht
     * (overdracht), the approved conclusion of stable safety (monitoring).
     */
    public static Dienststand van(java.util.List<JournalEntry> journal) {
        return new Dienststand(Veiligheidsvoorwaarden.van(journal).aantal(), false, false, false);
    }

    public Dienststand {
        if (voorwaarden < 0) {
            throw new IllegalArgumentException("voorwaarden < 0");
        }
    }
}
