package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A worker starts a new veiligheidsbeoordeling of a case in a service after the besluit, after a vervolgmelding
 * ({@link Overgang.NieuweVeiligheidsbeoordeling}), with why and its new deadline (five working days, rule 33).
 */
public record NieuweVeiligheidsbeoordelingGestart(String reden, LocalDate uiterlijk) implements EntryPayload {

    public static NieuweVeiligheidsbeoordelingGestart of(String reden, LocalDate uiterlijk) {
        Map<String, String> errors = new LinkedHashMap<>();
        String r = Teksten.verplicht(errors, "reden", reden, "monitoring.fout.reden");
        Teksten.gooiAlsFout(errors);
        return new NieuweVeiligheidsbeoordelingGestart(r, uiterlijk);
    }

    @Override
    public String toString() {
        return "NieuweVeiligheidsbeoordelingGestart[" + uiterlijk + "]";
    }
}
