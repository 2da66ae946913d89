package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The term of an onderzoek by Veilig Thuis (domain spec §3.4, rule 35): it is to be completed within ten weeks. The
 * legal tasks of Veilig Thuis, the onderzoek among them, are in Wmo 2015 art. 4.1.1; the Uitvoeringsbesluit Wmo 2015
 * art. 4.1.7 lid 1 gives five days after receipt of a melding to decide whether to investigate. The ten weeks are
 * described as "uiterlijk binnen een termijn van tien weken na de triage" (meldcode.nu, "Onderzoek", the triage being
 * the veiligheidsbeoordeling's former name) and by the IGJ (2023, via NOS: after the veiligheidsbeoordeling "moet er een
 * onderzoek beginnen en dat moet binnen tien weken zijn afgerond"). Whether the ten weeks run from the besluit or from
 * the melding's receipt is not settled in what we found, so the start point is configuration ({@link Start}); ADR-0023
 * ("Onderzoek term") says so.
 *
 * <p>Calendar weeks: the last day is the start plus ten weeks, the same weekday; weekends and holidays count.
 */
public final class OnderzoekTermijn {

    /** The length of the term in calendar weeks. */
    public static final int WEKEN = 10;

    private OnderzoekTermijn() {}

    /** Where the ten weeks start ({@code schakel.veilig-thuis.onderzoek-start}). */
    public enum Start {
        /**
         * The day the onderzoek was decided: the approval of the besluit of the veiligheidsbeoordeling, or the day the
         * Raad voor de Kinderbescherming answered that it does not investigate (the default).
         */
        BESLUIT,
        /** The day the melding was received. */
        MELDING;

        /** The setting's value, in any case ("besluit", "MELDING"); anything else is refused at start-up. */
        public static Start van(String instelling) {
            try {
                return valueOf(instelling.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "schakel.veilig-thuis.onderzoek-start must be BESLUIT or MELDING, not '" + instelling + "'", e);
            }
        }
    }

    /** The first day of the term: the day the onderzoek was decided, or the day the melding was received. */
    public static LocalDate start(Start start, LocalDate besloten, LocalDate meldingOntvangen) {
        return switch (start) {
            case BESLUIT -> besloten;
            case MELDING -> meldingOntvangen;
        };
    }

    /** The last day of the term: ten calendar weeks after the start. */
    public static LocalDate uiterlijk(LocalDate start) {
        return start.plusWeeks(WEKEN);
    }

    /** The last day of the term of an onderzoek decided on {@code besloten}. */
    public static LocalDate uiterlijk(Start start, LocalDate besloten, LocalDate meldingOntvangen) {
        return uiterlijk(start(start, besloten, meldingOntvangen));
    }

    /**
     * An open onderzoek as the queue and the teamleider's list show it.
     *
     * @param dagenOver calendar days from today up to the last day; negative when it is past
     * @param teLaat whether the last day has passed (rule 35: overdue onderzoeken are reported)
     */
    public record Open(UUID zaakId, String naam, LocalDate uiterlijk, long dagenOver, boolean teLaat) {

        /** How many days the term is past; 0 when it is not. */
        public long dagenTeLaat() {
            return Math.max(0, -dagenOver);
        }

        @Override
        public String toString() {
            return "Open[" + zaakId + "]";
        }
    }

    /** An open onderzoek as it stands today. */
    public static Open open(UUID zaakId, String naam, LocalDate uiterlijk, LocalDate vandaag) {
        return new Open(
                zaakId, naam, uiterlijk, ChronoUnit.DAYS.between(vandaag, uiterlijk), vandaag.isAfter(uiterlijk));
    }

    /** The open onderzoeken, the earliest last day first. */
    public static List<Open> gesorteerd(Collection<Open> open) {
        return open.stream()
                .sorted(Comparator.comparing(Open::uiterlijk)
                        .thenComparing(o -> o.zaakId().toString()))
                .toList();
    }
}
