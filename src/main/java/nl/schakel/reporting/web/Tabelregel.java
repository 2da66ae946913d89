package nl.schakel.reporting.web;

import java.util.List;

/** A row of a table on the management page: a key, its heading and its cells as text. */
public record Tabelregel(String code, String naam, List<String> cellen) {}
