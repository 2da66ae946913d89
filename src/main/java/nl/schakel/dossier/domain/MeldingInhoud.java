package nl.schakel.dossier.domain;

import java.util.List;

/**
 * What a melding to Veilig Thuis carries from the dossier, pre-filled from the journal at the moment of sending:
 * the betrokkenen, the signalen and consultaties in force (corrections stand in for what they correct), and the
 * answered afwegingen and beslissingen with their reasons.
 */
public record MeldingInhoud(
        List<Betrokkene> betrokkenen,
        List<Signaal> signalen,
        List<CollegialeConsultatie> consultaties,
        List<Antwoord> afwegingen,
        List<Antwoord> beslissingen) {

    public MeldingInhoud {
        betrokkenen = List.copyOf(betrokkenen);
        signalen = List.copyOf(signalen);
        consultaties = List.copyOf(consultaties);
        afwegingen = List.copyOf(afwegingen);
        beslissingen = List.copyOf(beslissingen);
    }

    /**
     * One answered afweging or beslissing as it goes into the melding.
     *
     * @param code the afweging or beslissing ({@code VERMOEDEN}, …, {@code MELDEN_NOODZAKELIJK}, …)
     * @param antwoord the answer as recorded
     * @param reden the professional's reason
     */
    public record Antwoord(String code, String antwoord, String reden) {

        @Override
        public String toString() {
            return "Antwoord[" + code + "]";
        }
    }

    /** The content of a melding as the dossier stands now. */
    public static MeldingInhoud from(List<Betrokkene> betrokkenen, Journal journal) {
        return new MeldingInhoud(
                betrokkenen,
                journal.current(Signaal.class),
                journal.current(CollegialeConsultatie.class),
                afwegingen(journal),
                beslissingen(journal));
    }

    /**
     * The answered afwegingen in force, in the order of the afwegingskader.
     *
     * <p>MERGE POINT: the {@code Afweging} journal payload is being added in parallel; when it is merged, map
     * {@code journal.current(Afweging.class)} to {@link Antwoord}s here (code, answer, reason). Until then the
     * dossier records no afwegingen, so there are none to send.
     */
    static List<Antwoord> afwegingen(Journal journal) {
        return List.of();
    }

    /**
     * The two beslissingen of step 5 with their motivation.
     *
     * <p>MERGE POINT: as {@link #afwegingen}: map the recorded beslissingen to {@link Antwoord}s when they exist.
     */
    static List<Antwoord> beslissingen(Journal journal) {
        return List.of();
    }

    @Override
    public String toString() {
        return "MeldingInhoud[" + betrokkenen.size() + " betrokkenen]";
    }
}
