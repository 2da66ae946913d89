package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.journal.Journal;
import org.jspecify.annotations.Nullable;

/**
 * The employee-offence route of kinderopvang and onderwijs (rule 27): a suspected violent or sexual offence by an
 * employee is reported to the houder, who consults the vertrouwensinspecteur and files a police report (aangifte)
 * when the suspicion is reasonable. Such a dossier follows this route instead of the afwegingskader for the home
 * situation.
 *
 * @param houderGeinformeerd when the houder was informed
 * @param inspecteurGeraadpleegd when the vertrouwensinspecteur was consulted; {@code null} when not yet
 * @param inspecteurAdvies the advice of the vertrouwensinspecteur; present exactly when the date is
 * @param aangifteDatum when aangifte was filed; present exactly when {@code aangifte} is true
 */
public record MedewerkerRoute(
        LocalDate houderGeinformeerd,
        @Nullable LocalDate inspecteurGeraadpleegd,
        @Nullable String inspecteurAdvies,
        boolean aangifte,
        @Nullable LocalDate aangifteDatum)
        implements EntryPayload {

    public static final int MAX_ADVIES = 4000;

    /** Whether a member of this beroepscluster may record the route: only kinderopvang and onderwijs have it. */
    public static boolean isAvailableTo(@Nullable Beroepscluster cluster) {
        return cluster == Beroepscluster.KINDEROPVANG || cluster == Beroepscluster.ONDERWIJS;
    }

    /**
     * Whether a member of this beroepscluster may record the route in a dossier that runs under a meldprotocol: only
     * when the organisation configured the route in it, and only in kinderopvang and onderwijs.
     *
     * @param ingesteld whether the meldprotocol the dossier runs under has the route; without a meldprotocol the
     *     caller passes {@code true} and the beroepscluster alone decides
     */
    public static boolean isAvailableTo(@Nullable Beroepscluster cluster, boolean ingesteld) {
        return ingesteld && isAvailableTo(cluster);
    }

    /**
     * Rule 27: whether the afwegingskader for the home situation applies to the dossier. It does not once the
     * employee-offence route is recorded (and not corrected away).
     */
    public static boolean homeAfwegingskaderApplies(Journal<EntryPayload> journal) {
        return journal.latest(MedewerkerRoute.class).isEmpty();
    }

    /**
     * Checks the typed values and builds the route, or throws with every problem at once.
     *
     * @param today the current date, to refuse dates in the future
     */
    public static MedewerkerRoute of(
            @Nullable LocalDate houderGeinformeerd,
            @Nullable LocalDate inspecteurGeraadpleegd,
            String inspecteurAdvies,
            @Nullable Boolean aangifte,
            @Nullable LocalDate aangifteDatum,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (houderGeinformeerd == null || houderGeinformeerd.isAfter(today)) {
            errors.put("houderGeinformeerd", "medewerker.fout.houder");
        }
        if (inspecteurGeraadpleegd != null && inspecteurGeraadpleegd.isAfter(today)) {
            errors.put("inspecteurGeraadpleegd", "medewerker.fout.inspecteurdatum");
        }
        String advies = inspecteurAdvies.strip();
        if (inspecteurGeraadpleegd != null) {
            Texts.required(errors, "inspecteurAdvies", advies, MAX_ADVIES, "medewerker.fout.advies");
        } else if (!advies.isEmpty()) {
            errors.put("inspecteurGeraadpleegd", "medewerker.fout.inspecteurdatum");
        }
        if (aangifte == null) {
            errors.put("aangifte", "medewerker.fout.aangifte");
        } else if (aangifte && (aangifteDatum == null || aangifteDatum.isAfter(today))) {
            errors.put("aangifteDatum", "medewerker.fout.aangiftedatum");
        }
        Texts.throwIfAny(errors);
        boolean aangedaan = Objects.requireNonNull(aangifte);
        return new MedewerkerRoute(
                Objects.requireNonNull(houderGeinformeerd),
                inspecteurGeraadpleegd,
                inspecteurGeraadpleegd == null ? null : advies,
                aangedaan,
                aangedaan ? aangifteDatum : null);
    }

    @Override
    public String toString() {
        return "MedewerkerRoute[aangifte=" + aangifte + "]";
    }
}
