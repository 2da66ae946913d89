package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.Bsn;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import org.jspecify.annotations.Nullable;

/** A person the dossier is about: the client, a child, a member of the household or someone else. */
public record Betrokkene(
        UUID id,
        String naam,
        LocalDate geboortedatum,
        @Nullable Bsn bsn,
        Relatie relatie) {

    public static final int MAX_NAAM = 200;

    /**
     * Checks the typed values and builds the betrokkene, or throws with every problem at once.
     *
     * @param today the current date, to refuse a date of birth in the future
     */
    public static Betrokkene of(
            String naam, @Nullable LocalDate geboortedatum, String bsn, @Nullable Relatie relatie, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanNaam = naam.strip();
        if (cleanNaam.isEmpty() || cleanNaam.length() > MAX_NAAM) {
            errors.put("naam", "betrokkene.fout.naam");
        }
        if (geboortedatum == null || geboortedatum.isAfter(today)) {
            errors.put("geboortedatum", "betrokkene.fout.geboortedatum");
        }
        Bsn parsed = null;
        if (!bsn.isBlank()) {
            parsed = Bsn.parse(bsn).orElse(null);
            if (parsed == null) {
                errors.put("bsn", "betrokkene.fout.bsn");
            }
        }
        if (relatie == null) {
            errors.put("relatie", "betrokkene.fout.relatie");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Betrokkene(UUID.randomUUID(), cleanNaam, geboortedatum, parsed, relatie);
    }

    @Override
    public String toString() {
        return "Betrokkene[" + id + "]";
    }
}
