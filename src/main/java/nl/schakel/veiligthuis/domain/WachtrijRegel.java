package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.jspecify.annotations.Nullable;

/**
 * One melding in the region's queue (spec §3.4; rule 34): its deadline and the working days left, whether it is late
 * or acute, when the family's safety was last checked and whether it must be triaged again.
 *
 * @param naam the first directbetrokkene's name, to recognise the case by
 * @param werkdagenOver working days from today up to the deadline; negative when it is past
 * @param teLaat whether the deadline has passed without a besluit
 * @param acuutReden why the melding is marked acute (the melder's judgement at intake, or a later mark), if it is
 * @param laatsteVeiligheidscheck the day of the last safety check, if any
 * @param werkdagenZonderCheck working days since the last check (or since receipt)
 * @param hertriage whether the melding must be triaged again (safety while waiting)
 */
public record WachtrijRegel(
        UUID zaakId,
        String naam,
        Instant ontvangenOp,
        LocalDate uiterlijk,
        int werkdagenOver,
        boolean teLaat,
        boolean acuut,
        @Nullable AcuutGemarkeerd acuutReden,
        @Nullable LocalDate laatsteVeiligheidscheck,
        int werkdagenZonderCheck,
        boolean hertriage,
        ZaakStatus status)
        implements Termijnen.InWachtrij {

    /** Computes the line of a melding in the veiligheidsbeoordeling as it stands today. */
    public static WachtrijRegel van(
            UUID zaakId,
            String naam,
            Instant ontvangenOp,
            LocalDate uiterlijk,
            boolean acuut,
            @Nullable AcuutGemarkeerd acuutReden,
            @Nullable Instant laatsteVeiligheidscheck,
            ZaakStatus status,
            LocalDate today,
            Werkdagkalender kalender,
            Hertriage hertriage) {
        LocalDate ontvangen = LocalDate.ofInstant(ontvangenOp, Intake.NL);
        LocalDate check =
                laatsteVeiligheidscheck == null ? null : LocalDate.ofInstant(laatsteVeiligheidscheck, Intake.NL);
        return new WachtrijRegel(
                zaakId,
                naam,
                ontvangenOp,
                uiterlijk,
                kalender.werkdagenTussen(today, uiterlijk),
                today.isAfter(uiterlijk),
                acuut,
                acuut ? acuutReden : null,
                check,
                hertriage.werkdagenZonderCheck(ontvangen, check, today),
                hertriage.nodig(ontvangen, check, today),
                status);
    }

    /** Rule 34 for the queue: acute meldingen first, then the earliest deadline; the oldest receipt breaks ties. */
    public static List<WachtrijRegel> gesorteerd(Collection<WachtrijRegel> regels) {
        Comparator<WachtrijRegel> wachtrij = Termijnen.WACHTRIJ::compare;
        return regels.stream()
                .sorted(wachtrij.thenComparing(WachtrijRegel::ontvangenOp))
                .toList();
    }

    /** The counts shown above the queue. */
    public record Telling(int open, int acuut, int teLaat, int hertriage) {

        public static Telling van(Collection<WachtrijRegel> regels) {
            return new Telling(
                    regels.size(),
                    (int) regels.stream().filter(WachtrijRegel::acuut).count(),
                    (int) regels.stream().filter(WachtrijRegel::teLaat).count(),
                    (int) regels.stream().filter(WachtrijRegel::hertriage).count());
        }
    }

    @Override
    public String toString() {
        return "WachtrijRegel[" + zaakId + "]";
    }
}
