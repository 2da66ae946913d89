package nl.schakel.nationaal;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Synthetic names, places and BSNs for the national data set, drawn from a seeded {@link Random}: names combine
 * syllables that make Dutch-sounding but made-up words, BSNs pass the elfproef. Never a real person on purpose.
 */
final class Namen {

    private static final List<String> BEGIN = List.of(
            "Ar", "Be", "Ca", "Da", "El", "Fe", "Gi", "Ha", "Im", "Jo", "Ka", "Li", "Ma", "No", "Oe", "Pi", "Ro", "Sa",
            "Ti", "Ul", "Va", "Wi", "Ya", "Ze", "Bra", "Dri", "Flo", "Gre", "Kle", "Pro", "Stu", "Tra");
    private static final List<String> MIDDEN =
            List.of("", "", "la", "ri", "no", "de", "mi", "sa", "te", "lo", "ve", "ni", "ke", "ra");
    private static final List<String> EINDE_VOORNAAM =
            List.of("n", "s", "a", "e", "o", "ra", "na", "ja", "el", "in", "is", "ijn", "um", "ek", "ie");
    private static final List<String> TUSSENVOEGSEL =
            List.of("", "", "", "", "van ", "de ", "van der ", "van den ", "ter ", "ten ", "van de ");
    private static final List<String> EINDE_ACHTERNAAM = List.of(
            "berg", "man", "stra", "ink", "hof", "veld", "dijk", "huis", "kamp", "sma", "ing", "enga", "broek", "es");
    private static final List<String> EINDE_PLAATS =
            List.of("dam", "dorp", "wijk", "horst", "hoven", "lo", "rade", "meer", "sloot", "zijl", "um", "haar");

    private Namen() {}

    static String voornaam(Random r) {
        return BEGIN.get(r.nextInt(BEGIN.size()))
                + MIDDEN.get(r.nextInt(MIDDEN.size()))
                + EINDE_VOORNAAM.get(r.nextInt(EINDE_VOORNAAM.size()));
    }

    static String achternaam(Random r) {
        String stam = BEGIN.get(r.nextInt(BEGIN.size())) + MIDDEN.get(r.nextInt(MIDDEN.size()));
        return TUSSENVOEGSEL.get(r.nextInt(TUSSENVOEGSEL.size()))
                + stam
                + EINDE_ACHTERNAAM.get(r.nextInt(EINDE_ACHTERNAAM.size()));
    }

    static String naam(Random r) {
        return voornaam(r) + " " + achternaam(r);
    }

    static String plaats(Random r) {
        return BEGIN.get(r.nextInt(BEGIN.size()))
                + MIDDEN.get(r.nextInt(MIDDEN.size()))
                + EINDE_PLAATS.get(r.nextInt(EINDE_PLAATS.size()));
    }

    /** Nine digits that pass the elfproef, the first not 0. */
    static String bsn(Random r) {
        while (true) {
            StringBuilder s = new StringBuilder(9);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                int cijfer = i == 0 ? 1 + r.nextInt(9) : r.nextInt(10);
                som += (9 - i) * cijfer;
                s.append(cijfer);
            }
            if (som % 11 <= 9) {
                return s.append(som % 11).toString();
            }
        }
    }

    /**
     * A deterministic id that sorts in the order it is made: the part in the first byte, the counter after it (so a
     * COPY appends to the end of the primary key's index instead of writing all over it), then bits from the seed.
     * Version 8 (custom) and the IETF variant.
     */
    static UUID id(int deel, long teller, long seed) {
        long mix = (teller * 0x9E3779B97F4A7C15L) ^ seed ^ ((long) deel << 32);
        mix ^= mix >>> 31;
        mix *= 0xBF58476D1CE4E5B9L;
        mix ^= mix >>> 29;
        long msb = ((long) deel << 56) | ((teller & 0xFF_FFFF_FFFFL) << 16) | 0x8000L | (mix & 0x0FFFL);
        long lsb = (mix & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
