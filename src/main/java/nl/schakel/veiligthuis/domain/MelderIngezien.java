package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A worker looked at the shielded identity of the melder, for the reason given (rule 43); also in the access log,
 * where the reason is the purpose (NEN 7513 PurposeOfUse) the privacy officer judges the look by. So the reason must
 * say something: at least {@value #MIN_TEKENS} letters or digits (spaces and punctuation do not count), at most
 * {@value #MAX_REDEN} characters.
 */
public record MelderIngezien(String reden) implements EntryPayload {

    public static final int MAX_REDEN = 500;
    /** Letters or digits a reason needs at least: a short sentence such as "Terugbellen over het huisbezoek". */
    public static final int MIN_TEKENS = 20;

    public static MelderIngezien of(String reden) {
        Map<String, String> errors = new LinkedHashMap<>();
        String r = reden.strip();
        if (r.length() > MAX_REDEN) {
            errors.put("reden", "vt.fout.reden");
        } else if (betekenisvolleTekens(r) < MIN_TEKENS) {
            errors.put("reden", "vt.fout.melderreden");
        }
        Teksten.gooiAlsFout(errors);
        return new MelderIngezien(r);
    }

    private static long betekenisvolleTekens(String tekst) {
        return tekst.codePoints().filter(Character::isLetterOrDigit).count();
    }

    @Override
    public String toString() {
        return "MelderIngezien[]";
    }
}
