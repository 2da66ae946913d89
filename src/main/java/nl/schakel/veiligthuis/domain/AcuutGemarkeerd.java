package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A melding marked acute, with the reason: from now on it stands at the top of the queue (rule 34) and is marked acute
 * everywhere. Made by a worker after intake, or by the region at intake when a melding from a Schakel dossier arrives
 * acute by the melder's judgement (acute onveiligheid at afweging 2, or a disclosure).
 *
 * @param reden the worker's reason, as typed; empty when the region marked it by the melder's judgement
 * @param doorMelder the melder's judgement the region marked it by, shown in the page's language (ADR-0029); null for
 *     a worker's mark, and for the region's marks stored before ADR-0029, whose reason is the Dutch text in
 *     {@code reden}
 */
public record AcuutGemarkeerd(String reden, @Nullable List<MelderOordeel> doorMelder) implements EntryPayload {

    /** What the melder judged at the melding, each shown as {@code vtw.acuut.melder.<CONSTANT>}. */
    public enum MelderOordeel {
        /** Acute onveiligheid at afweging 2. */
        ACUUT,
        /** Acute and structurele onveiligheid at afweging 2. */
        ACUUT_EN_STRUCTUREEL,
        /** A victim told the melder of the unsafety at home themselves (rule 13). */
        DISCLOSURE
    }

    /** A worker's mark with the reason as typed. */
    public AcuutGemarkeerd(String reden) {
        this(reden, null);
    }

    public static AcuutGemarkeerd of(String reden) {
        Map<String, String> errors = new LinkedHashMap<>();
        String r = Teksten.verplicht(errors, "reden", reden, "vtw.fout.reden");
        Teksten.gooiAlsFout(errors);
        return new AcuutGemarkeerd(r);
    }

    /** The region's mark at intake, by the melder's judgement (at least one reason). */
    public static AcuutGemarkeerd doorMelder(List<MelderOordeel> oordeel) {
        if (oordeel.isEmpty()) {
            throw new IllegalArgumentException("an acute mark by the melder's judgement needs a reason");
        }
        return new AcuutGemarkeerd("", List.copyOf(oordeel));
    }

    @Override
    public String toString() {
        return "AcuutGemarkeerd[]";
    }
}
