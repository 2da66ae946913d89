package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A melding marked acute, with the reason: from now on it stands at the top of the queue (rule 34) and is marked acute
 * everywhere. Made by a worker after intake, or by the region at intake when a melding from a Schakel dossier arrives
 * acute by the melder's judgement (acute onveiligheid at afweging 2, or a disclosure).
 */
public record AcuutGemarkeerd(String reden) implements EntryPayload {

    public static AcuutGemarkeerd of(String reden) {
        Map<String, String> errors = new LinkedHashMap<>();
        String r = Teksten.verplicht(errors, "reden", reden, "vtw.fout.reden");
        Teksten.gooiAlsFout(errors);
        return new AcuutGemarkeerd(r);
    }

    @Override
    public String toString() {
        return "AcuutGemarkeerd[]";
    }
}
