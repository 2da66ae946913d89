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
    /** From this age a minor counts as a jongere (adolescent) rather than a child (domain spec §1.4). */
    public static final int JONGERE_VANAF = 12;
    /** From this age a betrokkene is an adult. */
    public static final int VOLWASSEN_VANAF = 18;

    /**
     * The stage of life that decides which questions of step 1 and 3 fit a person: a child under 12, a jongere of 12
     * to 17, or an adult. The kindcheck asks an adult or adolescent client about children in the household and a
     * pregnancy (domain spec §1.4, sources [S19][S20][S21]); a child is not asked whether they are pregnant.
     */
    public enum Levensfase {
        KIND,
        JONGERE,
        VOLWASSENE;

        public boolean minderjarig() {
            return this != VOLWASSENE;
        }
    }

    /** The stage of life of this betrokkene on the given day. */
    public Levensfase levensfase(LocalDate today) {
        return levensfase(geboortedatum, today);
    }

    /**
     * The stage of life of the person a dossier is about (its betrokkene with relatie cliënt, else its first) on the
     * given day; an adult's for a dossier without betrokkenen, so that every question is asked.
     */
    public static Levensfase levensfaseVanClient(java.util.List<Betrokkene> betrokkenen, LocalDate today) {
        return betrokkenen.stream()
                .filter(b -> b.relatie() == Relatie.CLIENT)
                .findFirst()
                .or(() -> betrokkenen.stream().findFirst())
                .map(b -> b.levensfase(today))
                .orElse(Levensfase.VOLWASSENE);
    }

    /** The stage of life of someone born on {@code geboortedatum}, on the given day. */
    public static Levensfase levensfase(LocalDate geboortedatum, LocalDate today) {
        if (geboortedatum.plusYears(VOLWASSEN_VANAF).isAfter(today)) {
            return geboortedatum.plusYears(JONGERE_VANAF).isAfter(today) ? Levensfase.KIND : Levensfase.JONGERE;
        }
        return Levensfase.VOLWASSENE;
    }

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
