package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Phase 2 of the veiligheidsbeoordeling, the veiligheidstaxatie (spec §3.3): is the situation acutely unsafe,
 * structurally unsafe, is it a multi-problem household? Each question answered, each answer with its reasoning. Risk
 * factors are recorded apart ({@link Risicofactor}) and never weighed here (rule 45).
 */
public record Taxatie(
        boolean acuutOnveilig,
        String redenAcuut,
        boolean structureelOnveilig,
        String redenStructureel,
        boolean multiproblematiek,
        String redenMultiproblematiek)
        implements EntryPayload {

    /** Checks the answers: each question needs "ja" or "nee" and a reasoning. */
    public static Taxatie of(
            @Nullable Boolean acuutOnveilig,
            String redenAcuut,
            @Nullable Boolean structureelOnveilig,
            String redenStructureel,
            @Nullable Boolean multiproblematiek,
            String redenMultiproblematiek) {
        Map<String, String> errors = new LinkedHashMap<>();
        antwoord(errors, "acuutOnveilig", acuutOnveilig);
        String a = Teksten.verplicht(errors, "redenAcuut", redenAcuut, "vb.fout.reden");
        antwoord(errors, "structureelOnveilig", structureelOnveilig);
        String s = Teksten.verplicht(errors, "redenStructureel", redenStructureel, "vb.fout.reden");
        antwoord(errors, "multiproblematiek", multiproblematiek);
        String m = Teksten.verplicht(errors, "redenMultiproblematiek", redenMultiproblematiek, "vb.fout.reden");
        Teksten.gooiAlsFout(errors);
        return new Taxatie(
                Boolean.TRUE.equals(acuutOnveilig),
                a,
                Boolean.TRUE.equals(structureelOnveilig),
                s,
                Boolean.TRUE.equals(multiproblematiek),
                m);
    }

    private static void antwoord(Map<String, String> errors, String field, @Nullable Boolean answer) {
        if (answer == null) {
            errors.put(field, "vb.fout.antwoord");
        }
    }

    @Override
    public String toString() {
        return "Taxatie[" + acuutOnveilig + "," + structureelOnveilig + "," + multiproblematiek + "]";
    }
}
