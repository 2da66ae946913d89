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
     * What the journal says of the services. Only this part's field is read here so far: whether the conclusion that
     * safety is stable is approved (monitoring). The voorwaarden count is the voorwaarden part's, whether the
     * onderzoek is reported the onderzoek part's, whether the overdracht is accepted the overdracht part's; until
     * they fill them in they are {@code 0} and {@code false}.
     */
    public static Dienststand van(java.util.List<JournalEntry> journal) {
        return new Dienststand(0, false, false, Monitoringsplan.goedgekeurd(journal));
    }

    public Dienststand {
        if (voorwaarden < 0) {
            throw new IllegalArgumentException("voorwaarden < 0");
        }
    }
}
