package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The help the professional offers or organises (outcome "hulp bieden", rule 6): what, by whom, and the date on which
 * afweging 5 (does the help lead to the needed results?) is evaluated again. On that date the owner gets a reminder.
 */
public record Hulpplan(String plan, String wie, LocalDate herbeoordeling) implements EntryPayload {

    public static final int MAX_PLAN = 4000;
    public static final int MAX_WIE = 200;

    /**
     * Checks the typed values and builds the plan, or throws with every problem at once.
     *
     * @param today the current date: the re-evaluation lies after it
     */
    public static Hulpplan of(String plan, String wie, @Nullable LocalDate herbeoordeling, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanPlan = plan.strip();
        if (cleanPlan.isEmpty()) {
            errors.put("plan", "hulpplan.fout.plan");
        } else if (cleanPlan.length() > MAX_PLAN) {
            errors.put("plan", "hulpplan.fout.plantelang");
        }
        String cleanWie = wie.strip();
        if (cleanWie.isEmpty()) {
            errors.put("wie", "hulpplan.fout.wie");
        } else if (cleanWie.length() > MAX_WIE) {
            errors.put("wie", "hulpplan.fout.wietelang");
        }
        if (herbeoordeling == null || !herbeoordeling.isAfter(today)) {
            errors.put("herbeoordeling", "hulpplan.fout.herbeoordeling");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Hulpplan(cleanPlan, cleanWie, herbeoordeling);
    }

    @Override
    public String toString() {
        return "Hulpplan[" + herbeoordeling + "]";
    }
}
