package nl.schakel.dossier.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.schakel.shared.journal.Journal;
import org.jspecify.annotations.Nullable;

/**
 * What a melding to Veilig Thuis carries from the dossier, pre-filled from the journal at the moment of sending:
 * the betrokkenen, the signalen, consultaties and gesprekken met de cliënt (step 3) in force (corrections stand in for
 * what they correct), and the answered afwegingen and beslissingen with their reasons. A melding recorded before the
 * gesprek was carried reads with no gesprekken.
 */
public record MeldingInhoud(
        List<Betrokkene> betrokkenen,
        List<Signaal> signalen,
        List<CollegialeConsultatie> consultaties,
        List<Gesprek> gesprekken,
        List<Antwoord> afwegingen,
        List<Antwoord> beslissingen) {

    public MeldingInhoud {
        betrokkenen = List.copyOf(betrokkenen);
        signalen = List.copyOf(signalen);
        consultaties = List.copyOf(consultaties);
        gesprekken = gesprekken == null ? List.of() : List.copyOf(gesprekken);
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

    /** The code of beslissing 1 in a melding. */
    public static final String MELDEN_NOODZAKELIJK = "MELDEN_NOODZAKELIJK";

    /** The code of beslissing 2 in a melding. */
    public static final String HULP_MOGELIJK = "HULP_MOGELIJK";

    /**
     * The content of a melding as the dossier stands now.
     *
     * @param afwegingen the answered afwegingen in force (as the afwegingskader counts them: a changed answer makes
     *     later answers lapse), in the order 1 to 5
     * @param beslissing1 beslissing 1 as recorded, if it is
     * @param beslissing2 beslissing 2 as recorded, if it is
     */
    public static MeldingInhoud from(
            List<Betrokkene> betrokkenen,
            Journal<EntryPayload> journal,
            List<Afweging> afwegingen,
            @Nullable Beslissing beslissing1,
            @Nullable Beslissing beslissing2) {
        return new MeldingInhoud(
                betrokkenen,
                journal.current(Signaal.class),
                journal.current(CollegialeConsultatie.class),
                journal.current(Gesprek.class),
                afwegingen.stream()
                        .map(a -> new Antwoord(
                                nl.schakel.afwegingskader.Afweging.ofNumber(a.nummer())
                                        .name(),
                                jaNee(a.antwoord()),
                                a.reden()))
                        .toList(),
                Stream.of(beslissing1, beslissing2)
                        .filter(Objects::nonNull)
                        .map(b -> new Antwoord(
                                b.nummer() == 1 ? MELDEN_NOODZAKELIJK : HULP_MOGELIJK, jaNee(b.antwoord()), b.reden()))
                        .toList());
    }

    private static String jaNee(boolean antwoord) {
        return antwoord ? "JA" : "NEE";
    }

    @Override
    public String toString() {
        return "MeldingInhoud[" + betrokkenen.size() + " betrokkenen]";
    }
}
