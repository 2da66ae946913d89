package nl.schakel.reporting.web;

import java.util.List;

/**
 * A row of a table on the management page: a key, its heading and its cells as text. {@code eigenNaam}: the heading
 * is a team's name as the organisation typed it, Dutch as a rule, so the page marks it {@code lang="nl"}.
 */
public record Tabelregel(String code, String naam, boolean eigenNaam, List<String> cellen) {

    Tabelregel(String code, String naam, List<String> cellen) {
        this(code, naam, false, cellen);
    }
}
