package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The proposed conclusion that safety is stable, which ends monitoring (domain spec §3.7: continue until stably safe).
 * It takes effect only when a gedragswetenschapper who did not propose it approves it ({@link VierOgen}); it may be
 * proposed only when the latest monitoring moment answered all three questions "ja" ({@link Monitoringsplan}).
 */
public record StabieleVeiligheidVoorgesteld(String motivering) implements EntryPayload {

    public static StabieleVeiligheidVoorgesteld of(String motivering) {
        Map<String, String> errors = new LinkedHashMap<>();
        String m = Teksten.verplicht(errors, "motivering", motivering, "monitoring.fout.motivering");
        Teksten.gooiAlsFout(errors);
        return new StabieleVeiligheidVoorgesteld(m);
    }

    @Override
    public String toString() {
        return "StabieleVeiligheidVoorgesteld";
    }
}
