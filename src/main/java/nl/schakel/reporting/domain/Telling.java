package nl.schakel.reporting.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts the figures of one group of dossiers (a team, or the whole organisation) in one period. */
public final class Telling {

    private Telling() {}

    /**
     * The counted figures. {@code vandaag} is the day the stock of overdue follow-ups is counted on when the period
     * has not ended yet.
     */
    public static Map<Kengetal, Integer> tel(
            List<DossierVerloop> dossiers, List<VirSignaal> signalen, Periode periode, ZoneId zone, LocalDate vandaag) {
        Map<Kengetal, Integer> telling = new EnumMap<>(Kengetal.class);
        for (Kengetal k : Kengetal.values()) {
            telling.put(k, 0);
        }
        LocalDate peildatum = periode.peildatum(vandaag);
        boolean begonnen = !periode.van().isAfter(vandaag);
        for (DossierVerloop d : dossiers) {
            if (periode.bevat(d.geopendOp(), zone)) {
                telling.merge(Kengetal.GEOPEND, 1, Integer::sum);
            }
            if (d.geslotenOp() != null && periode.bevat(d.geslotenOp(), zone)) {
                telling.merge(Kengetal.GESLOTEN, 1, Integer::sum);
                telling.merge(Kengetal.geslotenInStap(d.slotstap()), 1, Integer::sum);
                telling.merge(Kengetal.uitkomst(d.uitkomst()), 1, Integer::sum);
            }
            if (d.meldingOp() != null && periode.bevat(d.meldingOp(), zone)) {
                telling.merge(Kengetal.MELDINGEN, 1, Integer::sum);
            }
            if (d.kindcheckOp() != null && periode.bevat(d.kindcheckOp(), zone)) {
                telling.merge(Kengetal.KINDCHECKS, 1, Integer::sum);
            }
            if (begonnen && achterstallig(d, peildatum, zone)) {
                telling.merge(Kengetal.HULP_ACHTERSTALLIG, 1, Integer::sum);
            }
        }
        for (VirSignaal s : signalen) {
            if (actief(s, periode, zone)) {
                telling.merge(Kengetal.VIR_ACTIEF, 1, Integer::sum);
            }
        }
        return telling;
    }

    /**
     * Whether the follow-up of the dossier's hulpplan was overdue on the day: the plan was made by then, its
     * re-evaluation date lies before that day, it had not been re-evaluated and the dossier was still open. The read
     * model keeps only the latest hulpplan, so an earlier plan that was overdue then does not count.
     */
    static boolean achterstallig(DossierVerloop d, LocalDate dag, ZoneId zone) {
        return d.hulpplanOp() != null
                && !LocalDate.ofInstant(d.hulpplanOp(), zone).isAfter(dag)
                && d.herbeoordelingOp() != null
                && d.herbeoordelingOp().isBefore(dag)
                && (d.herbeoordeeldOp() == null
                        || LocalDate.ofInstant(d.herbeoordeeldOp(), zone).isAfter(dag))
                && (d.geslotenOp() == null
                        || LocalDate.ofInstant(d.geslotenOp(), zone).isAfter(dag));
    }

    /** Whether the signal was active on some day of the period. */
    static boolean actief(VirSignaal s, Periode periode, ZoneId zone) {
        LocalDate van = LocalDate.ofInstant(s.van(), zone);
        return van.isBefore(periode.tot())
                && (s.tot() == null || !LocalDate.ofInstant(s.tot(), zone).isBefore(periode.van()));
    }

    /** The times spent in the step by the dossiers whose step ended in the period. */
    public static List<Duration> tijdenInStap(List<DossierVerloop> dossiers, int stap, Periode periode, ZoneId zone) {
        List<Duration> tijden = new ArrayList<>();
        for (DossierVerloop d : dossiers) {
            d.tijdInStap(stap).filter(t -> periode.bevat(t.einde(), zone)).ifPresent(t -> tijden.add(t.duur()));
        }
        return tijden;
    }
}
