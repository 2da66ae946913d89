package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An extra monitoring moment the worker plans, besides those at 3 and 12 months (domain spec §3.7: as often and as
 * long as needed), with why.
 */
public record MonitoringGepland(LocalDate datum, String reden) implements EntryPayload {

    /** Checks the plan: a date from today on that is not already planned, and a reason. */
    public static MonitoringGepland of(
            @Nullable LocalDate datum, String reden, Monitoringsplan plan, LocalDate vandaag) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (datum == null || datum.isBefore(vandaag)) {
            errors.put("datum", "monitoring.fout.plandatum");
        } else if (plan.momenten().stream().anyMatch(m -> m.datum().equals(datum))) {
            errors.put("datum", "monitoring.fout.aldatum");
        }
        String r = Teksten.verplicht(errors, "reden", reden, "monitoring.fout.reden");
        Teksten.gooiAlsFout(errors);
        if (datum == null) {
            throw new IllegalStateException("checked above");
        }
        return new MonitoringGepland(datum, r);
    }

    @Override
    public String toString() {
        return "MonitoringGepland[" + datum + "]";
    }
}
