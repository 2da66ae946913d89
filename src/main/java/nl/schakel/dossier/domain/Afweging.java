package nl.schakel.dossier.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.KaderVersion;
import nl.schakel.afwegingskader.Onveiligheid;
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
 * @param onveiligheid only for afweging 2 = ja: acute, structurele or both; {@code null} otherwise, and in answers
 *     recorded before Schakel asked for it, which count as possibly acute ({@link Onveiligheid#leesAlsAcuut},
 *     ADR-0018)
 */
public record Afweging(
        int nummer,
        boolean antwoord,
        String reden,
        String kaderCode,
        String kaderVersie,
        Set<HulpVereiste> vereisten,
        @Nullable String afspraken,
        @Nullable Onveiligheid onveiligheid)
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
     * @param onveiligheid for afweging 2 = ja (required there): the kind of unsafety; refused with any other answer
     */
    public static Afweging of(
            int nummer,
            @Nullable Boolean antwoord,
            String reden,
            KaderVersion kader,
            Set<HulpVereiste> vereisten,
            String afspraken,
            @Nullable Onveiligheid onveiligheid) {
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
        boolean onveilig = nummer == 2 && Boolean.TRUE.equals(antwoord);
        if (onveilig && onveiligheid == null) {
            errors.put("onveiligheid", "afweging.fout.soort");
        } else if (!onveilig && onveiligheid != null) {
            errors.put("onveiligheid", "afweging.fout.soortzonderja");
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
                hulpAfsluiten ? cleanAfspraken : null,
                onveiligheid);
    }

    /**
     * Afweging 2 = ja for acute onveiligheid, or without the kind (an answer from before Schakel asked for it), which
     * counts as possibly acute (ADR-0018). Structurele onveiligheid alone is not acute (rules 25 and 26).
     */
    public boolean acuut() {
        return nummer == 2 && antwoord && Onveiligheid.leesAlsAcuut(onveiligheid);
    }

    /** Afweging 2 = ja for structurele onveiligheid (alone or with acute onveiligheid). */
    public boolean structureel() {
        return nummer == 2 && antwoord && onveiligheid != null && onveiligheid.structureel();
    }

    /** Which afweging of the afwegingskader this answers. */
    public nl.schakel.afwegingskader.Afweging afweging() {
        return nl.schakel.afwegingskader.Afweging.ofNumber(nummer);
    }

    public KaderVersion kader() {
        return new KaderVersion(kaderCode, kaderVersie);
    }

    @Override
    public String toString() {
        return "Afweging[" + nummer + "]";
    }
}
