package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One source consulted in phase 1 of the veiligheidsbeoordeling, verrijking (spec §3.3): which source, what it
 * yielded and on which day. Who consulted it is the entry's author.
 *
 * @param uitkomst what the worker wrote it yielded, as typed; empty for the source VT-register since ADR-0029
 * @param registerMatches for the source VT-register, filled by Schakel: the register's matches so far (empty when no
 *     other region is known), shown in the page's language; null for the sources a worker consults, and for the
 *     VT-register's entries written before ADR-0029, whose outcome is the Dutch text in {@code uitkomst}
 */
public record Verrijking(
        Bron bron,
        String uitkomst,
        LocalDate datum,
        @Nullable List<RegisterMatchGemeld> registerMatches) implements EntryPayload {

    /** A source a worker consulted, with what it yielded as typed. */
    public Verrijking(Bron bron, String uitkomst, LocalDate datum) {
        this(bron, uitkomst, datum, null);
    }

    /** The outcome of the source VT-register, by Schakel: its matches so far, or none. */
    public static Verrijking vanRegister(List<RegisterMatchGemeld> matches, LocalDate datum) {
        return new Verrijking(Bron.VT_REGISTER, "", datum, List.copyOf(matches));
    }

    /**
     * Checks what was typed: a source chosen, an outcome written, a date given that is not after today. The source
     * VT-register is not typed: Schakel fills it from the register itself (issue 11).
     */
    public static Verrijking of(@Nullable Bron bron, String uitkomst, @Nullable LocalDate datum, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (bron == null) {
            errors.put("bron", "vb.fout.bron");
        } else if (!bron.handmatig()) {
            errors.put("bron", "vb.fout.bronautomatisch");
        }
        String u = Teksten.verplicht(errors, "uitkomst", uitkomst, "vb.fout.uitkomst");
        if (datum == null) {
            errors.put("datum", "vb.fout.datum");
        } else if (datum.isAfter(today)) {
            errors.put("datum", "vb.fout.datumtoekomst");
        }
        Teksten.gooiAlsFout(errors);
        if (bron == null || datum == null) {
            throw new IllegalStateException("checked above");
        }
        return new Verrijking(bron, u, datum);
    }

    @Override
    public String toString() {
        return "Verrijking[" + bron + "]";
    }
}
