package nl.schakel.dossier.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.KaderVersion;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One answered afweging of the afwegingskader (domain spec §2.1): its number, the answer, the professional's written
 * reason, and the kader (code and version) it was answered under. With afweging 3 = ja it keeps which of the five
 * requirements for adequate help are met; with afweging 5 = ja the agreements on following future (un)safety with
 * which the help is closed (rule 8).
 *
 * @param vereisten the requirements for adequate help that are met; only for afweging 3 = ja, otherwise empty
 * @param afspraken only for afweging 5 = ja, otherwise {@code null}
 */
public record Afweging(
        int nummer,
        boolean antwoord,
        String reden,
        String kaderCode,
        String kaderVersie,
        Set<HulpVereiste> vereisten,
        @Nullable String afspraken)
        implements EntryPayload {

    public static final int MAX_REDEN = 4000;
    public static final int MAX_AFSPRAKEN = 4000;

    public Afweging {
        vereisten = vereisten == null || vereisten.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(vereisten));
    }

    /**
     * Checks the typed values and builds the answer, or throws with every problem at once.
     *
     * @param nummer the afweging, 1 to 5
     * @param antwoord ja ({@code true}) or nee; {@code null} when none was chosen
     */
    public static Afweging of(
            int nummer,
            @Nullable Boolean antwoord,
            String reden,
            KaderVersion kader,
            Set<HulpVereiste> vereisten,
            String afspraken) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (nummer < 1 || nummer > 5) {
            errors.put("", "afweging.fout.nummer");
        }
        if (antwoord == null) {
            errors.put("antwoord", "afweging.fout.antwoord");
        }
        String tekst = reden.strip();
        if (tekst.isEmpty()) {
            errors.put("reden", "afweging.fout.reden");
        } else if (tekst.length() > MAX_REDEN) {
            errors.put("reden", "afweging.fout.redentelang");
        }
        String cleanAfspraken = afspraken.strip();
        boolean hulpAfsluiten = nummer == 5 && Boolean.TRUE.equals(antwoord);
        if (hulpAfsluiten && cleanAfspraken.isEmpty()) {
            errors.put("afspraken", "afweging.fout.afspraken");
        } else if (cleanAfspraken.length() > MAX_AFSPRAKEN) {
            errors.put("afspraken", "afweging.fout.afsprakentelang");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean hulpMogelijk = nummer == 3 && antwoord;
        return new Afweging(
                nummer,
                antwoord,
                tekst,
                kader.code(),
                kader.version(),
                hulpMogelijk ? vereisten : Set.of(),
                hulpAfsluiten ? cleanAfspraken : null);
    }

    /** Which afweging of the afwegingskader this answers. */
    public nl.schakel.afwegingskader.Afweging afweging() {
        return nl.schakel.afwegingskader.Afweging.ofNumber(nummer);
    }

    public KaderVersion kader() {
        return new KaderVersion(kaderCode, kaderVersie);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.AFWEGING;
    }

    @Override
    public String toString() {
        return "Afweging[" + nummer + "]";
    }
}
