package nl.schakel.shared;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a list to read (ADR-0036): the page number from 1, as it stands in the address ({@code ?pagina=2}), and
 * the page size, bounded by {@link #MAX_GROOTTE}. A number that is not a whole number from 1 to {@link #MAX_PAGINA} is
 * invalid input (a Dutch message, 400), never a 500.
 *
 * @param nummer the page number, from 1
 * @param grootte the rows per page, from 1 to {@link #MAX_GROOTTE}
 */
public record Paginering(int nummer, int grootte) {

    /** Rows per page on the screens. */
    public static final int GROOTTE = 50;

    /** The most rows per page an API client may ask for. */
    public static final int MAX_GROOTTE = 100;

    /** The highest page number: beyond it a list is searched, not leafed through. */
    public static final int MAX_PAGINA = 10_000;

    public Paginering {
        if (nummer < 1 || nummer > MAX_PAGINA) {
            throw new InvalidInputException("pagina", "paginering.fout.pagina");
        }
        if (grootte < 1 || grootte > MAX_GROOTTE) {
            throw new InvalidInputException("aantal", "paginering.fout.aantal");
        }
    }

    /** The first page of the screens' size. */
    public static Paginering eerste() {
        return new Paginering(1, GROOTTE);
    }

    /** The page of the screens' size from the address's {@code pagina} parameter; none is the first page. */
    public static Paginering van(@Nullable String pagina) {
        return van(pagina, null);
    }

    /** The page from the address's {@code pagina} and {@code aantal} parameters (the API); none is 1 and 50. */
    public static Paginering van(@Nullable String pagina, @Nullable String aantal) {
        return new Paginering(getal(pagina, 1, "pagina"), getal(aantal, GROOTTE, "aantal"));
    }

    /** The rows a store reads: one more than the page holds, to know whether a next page exists. */
    public int limit() {
        return grootte + 1;
    }

    /** The rows before this page. */
    public long offset() {
        return (long) (nummer - 1) * grootte;
    }

    private static int getal(@Nullable String text, int standaard, String veld) {
        if (text == null || text.isEmpty()) {
            return standaard;
        }
        if (text.length() > 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(veld, "paginering.fout." + veld);
        }
        return Integer.parseInt(text);
    }
}
