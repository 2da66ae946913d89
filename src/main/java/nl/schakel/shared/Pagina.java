package nl.schakel.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list (ADR-0036): at most {@link Paginering#grootte()} rows, its number (from 1) and whether a next page
 * exists. A store reads one row more than the page holds ({@link Paginering#limit()}); that row only tells that a next
 * page exists and is not shown.
 *
 * @param regels the rows of this page, at most the page size
 * @param nummer the page number, from 1
 * @param grootte the page size
 * @param volgende whether a next page exists
 */
public record Pagina<T>(List<T> regels, int nummer, int grootte, boolean volgende) {

    public Pagina {
        regels = List.copyOf(regels);
    }

    /** The page from the rows a store read with {@link Paginering#limit()} and {@link Paginering#offset()}. */
    public static <T> Pagina<T> van(List<T> gelezen, Paginering paginering) {
        boolean volgende = gelezen.size() > paginering.grootte();
        return new Pagina<>(
                volgende ? gelezen.subList(0, paginering.grootte()) : gelezen,
                paginering.nummer(),
                paginering.grootte(),
                volgende);
    }

    /** The same page with every row mapped. */
    public <U> Pagina<U> map(Function<? super T, ? extends U> f) {
        return new Pagina<>(regels.stream().<U>map(f).toList(), nummer, grootte, volgende);
    }

    public boolean vorige() {
        return nummer > 1;
    }

    public boolean isEmpty() {
        return regels.isEmpty();
    }

    /** The number of the first row of this page, from 1 (for "rows 51 to 100"). */
    public int eerste() {
        return (nummer - 1) * grootte + 1;
    }

    /** The number of the last row of this page (for "rows 51 to 100"). */
    public int laatste() {
        return eerste() + regels.size() - 1;
    }

    /**
     * The API's links to the previous and next page as an HTTP {@code Link} header (RFC 8288), the page number and
     * size in the address; empty when the list has one page.
     */
    public String links(String pad) {
        StringBuilder links = new StringBuilder();
        if (vorige()) {
            links.append('<')
                    .append(pad)
                    .append("?pagina=")
                    .append(nummer - 1)
                    .append("&aantal=")
                    .append(grootte);
            links.append(">; rel=\"prev\"");
        }
        if (volgende) {
            links.append(links.isEmpty() ? "" : ", ")
                    .append('<')
                    .append(pad)
                    .append("?pagina=")
                    .append(nummer + 1);
            links.append("&aantal=").append(grootte).append(">; rel=\"next\"");
        }
        return links.toString();
    }
}
