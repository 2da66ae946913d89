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
     * What the journal says of the current services. Only {@code overdrachtAanvaard} is read here so far (at least one
     * party accepted, {@link Overdrachten#aanvaard()}); the voorwaarden part fills {@code voorwaarden}, the onderzoek
     * part {@code onderzoekGerapporteerd} and the monitoring part {@code stabieleVeiligheidGoedgekeurd}.
     */
    public static Dienststand van(java.util.List<JournalEntry> journal) {
        return new Dienststand(
                0, // voorwaarden part: Veiligheidsvoorwaarden.van(journal).aantal()
                false, // onderzoek part
                Overdrachten.van(journal).aanvaard(),
                false); // monitoring part
    }

    public Dienststand {
        if (voorwaarden < 0) {
            throw new IllegalArgumentException("voorwaarden < 0");
        }
    }
}
