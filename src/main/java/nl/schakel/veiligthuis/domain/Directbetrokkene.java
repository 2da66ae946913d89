package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * A person a Veilig Thuis case is about, stored with name, date of birth, sex and (when known) BSN, as the CBS
 * delivery requires (rule 54), and their role in what was reported.
 */
public record Directbetrokkene(
        UUID id,
        String naam,
        LocalDate geboortedatum,
        Geslacht geslacht,
        @Nullable Bsn bsn,
        BetrokkeneRol rol) {

    public static final int MAX_NAAM = 200;

    /**
     * Checks one directbetrokkene of a form or request, putting its problems under {@code prefix + field}.
     *
     * @return the directbetrokkene, or {@code null} when it has problems (which are then in {@code errors})
     */
    static @Nullable Directbetrokkene check(
            Map<String, String> errors,
            String prefix,
            String naam,
            @Nullable LocalDate geboortedatum,
            @Nullable Geslacht geslacht,
            String bsn,
            @Nullable BetrokkeneRol rol,
            LocalDate today) {
        int before = errors.size();
        String cleanNaam = naam.strip();
        if (cleanNaam.isEmpty() || cleanNaam.length() > MAX_NAAM) {
            errors.put(prefix + "naam", "vt.fout.betrokkene.naam");
        }
        if (geboortedatum == null || geboortedatum.isAfter(today)) {
            errors.put(prefix + "geboortedatum", "vt.fout.betrokkene.geboortedatum");
        }
        if (geslacht == null) {
            errors.put(prefix + "geslacht", "vt.fout.betrokkene.geslacht");
        }
        Bsn parsed = null;
        if (!bsn.isBlank()) {
            parsed = Bsn.parse(bsn).orElse(null);
            if (parsed == null) {
                errors.put(prefix + "bsn", "vt.fout.betrokkene.bsn");
            }
        }
        if (rol == null) {
            errors.put(prefix + "rol", "vt.fout.betrokkene.rol");
        }
        if (errors.size() > before || geboortedatum == null || geslacht == null || rol == null) {
            return null;
        }
        return new Directbetrokkene(UUID.randomUUID(), cleanNaam, geboortedatum, geslacht, parsed, rol);
    }

    /** Whether this is the same person as the other: the same BSN, or (when either has none) the same name and date of birth. */
    public boolean zelfdePersoon(@Nullable Bsn otherBsn, String otherNaam, LocalDate otherGeboortedatum) {
        if (bsn != null && otherBsn != null) {
            return bsn.equals(otherBsn);
        }
        return geboortedatum.equals(otherGeboortedatum) && normaal(naam).equals(normaal(otherNaam));
    }

    /** A name as compared for a match: lower case, single spaces. */
    public static String normaal(String naam) {
        return naam.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Directbetrokkene[" + id + "]";
    }
}
