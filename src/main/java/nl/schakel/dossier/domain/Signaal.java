package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * A signaal of step 1: on which date, what was seen or heard, whether that is a fact, an interpretation or told by
 * others (then with its source), which forms of violence it may point at, and whether it was a disclosure (the
 * child or client told it themselves).
 *
 * <p>{@code vormen} are the national categories (which the meldcode rules and the melding see); {@code codes} are the
 * detailed codes of the configurable code list that were chosen (empty for a signaal stored before there were codes,
 * or sent with categories only).
 */
public record Signaal(
        LocalDate datum,
        String waarneming,
        SignaalSoort soort,
        @Nullable String bron,
        Set<VormVanGeweld> vormen,
        boolean disclosure,
        Set<String> codes)
        implements EntryPayload {

    public static final int MAX_WAARNEMING = 4000;
    public static final int MAX_BRON = 200;

    public Signaal {
        vormen = vormen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(vormen));
        codes = codes == null ? Set.of() : Set.copyOf(new TreeSet<>(codes));
    }

    /** A signaal with categories only, no detailed codes. */
    public Signaal(
            LocalDate datum,
            String waarneming,
            SignaalSoort soort,
            @Nullable String bron,
            Set<VormVanGeweld> vormen,
            boolean disclosure) {
        this(datum, waarneming, soort, bron, vormen, disclosure, Set.of());
    }

    /** Checks the typed values and builds a signaal with categories only, no detailed codes. */
    public static Signaal of(
            @Nullable LocalDate datum,
            String waarneming,
            @Nullable SignaalSoort soort,
            String bron,
            Set<VormVanGeweld> vormen,
            boolean disclosure,
            LocalDate today) {
        return of(datum, waarneming, soort, bron, vormen, Set.of(), disclosure, today);
    }

    /**
     * Checks the typed values and builds the signaal, or throws with every problem at once.
     *
     * @param vormen the national categories, already derived from the codes by the code list
     * @param codes the chosen codes of the code list, already checked by the code list
     * @param today the current date, to refuse a date in the future
     */
    public static Signaal of(
            @Nullable LocalDate datum,
            String waarneming,
            @Nullable SignaalSoort soort,
            String bron,
            Set<VormVanGeweld> vormen,
            Set<String> codes,
            boolean disclosure,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (datum == null || datum.isAfter(today)) {
            errors.put("datum", "signaal.fout.datum");
        }
        String tekst = waarneming.strip();
        if (tekst.isEmpty()) {
            errors.put("waarneming", "signaal.fout.waarneming");
        } else if (tekst.length() > MAX_WAARNEMING) {
            errors.put("waarneming", "signaal.fout.waarnemingtelang");
        }
        if (soort == null) {
            errors.put("soort", "signaal.fout.soort");
        }
        String cleanBron = bron.strip();
        if (soort == SignaalSoort.DERDEN && cleanBron.isEmpty()) {
            errors.put("bron", "signaal.fout.bron");
        } else if (cleanBron.length() > MAX_BRON) {
            errors.put("bron", "signaal.fout.brontelang");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Signaal(datum, tekst, soort, cleanBron.isEmpty() ? null : cleanBron, vormen, disclosure, codes);
    }

    @Override
    public String toString() {
        return "Signaal[" + soort + "]";
    }
}
