package nl.schakel.reporting.web;

import java.util.List;
import nl.schakel.reporting.domain.DossierVerloop;
import nl.schakel.reporting.domain.Eenheid;
import nl.schakel.reporting.domain.Kengetal;
import nl.schakel.reporting.domain.Managementcijfers;
import nl.schakel.reporting.domain.Periode;
import nl.schakel.reporting.domain.Tijdcel;

/**
 * The year's figures as CSV for Dutch spreadsheet programs: a byte order mark so UTF-8 is recognised, semicolons
 * between fields, one row per period, unit and figure, with the same protection as the pages.
 */
final class ManagementCsv {

    static final String BOM = "\uFEFF";
    private static final String REGELEINDE = "\r\n";

    private ManagementCsv() {}

    static String van(Managementcijfers cijfers, Teksten teksten) {
        StringBuilder csv = new StringBuilder(BOM);
        regel(
                csv,
                List.of(
                        teksten.t("management.csv.periode"),
                        teksten.t("management.csv.team"),
                        teksten.t("management.csv.kengetal"),
                        teksten.t("management.csv.waarde")));
        for (Periode p : Periode.vanJaar(cijfers.jaar())) {
            for (Eenheid e : cijfers.eenheden()) {
                for (Kengetal k : Kengetal.values()) {
                    regel(
                            csv,
                            List.of(
                                    p.code(),
                                    teksten.eenheid(e),
                                    teksten.kengetal(k),
                                    teksten.cel(cijfers.cel(e, p, k))));
                }
                for (int stap = 1; stap <= DossierVerloop.STAPPEN; stap++) {
                    Tijdcel t = cijfers.tijd(e, p, stap);
                    String naam = teksten.t("management.tijd.stap" + stap);
                    regel(
                            csv,
                            List.of(
                                    p.code(),
                                    teksten.eenheid(e),
                                    teksten.t("management.csv.mediaan", naam),
                                    teksten.dagenGetal(t.mediaan())));
                    regel(
                            csv,
                            List.of(
                                    p.code(),
                                    teksten.eenheid(e),
                                    teksten.t("management.csv.langste", naam),
                                    teksten.dagenGetal(t.langste())));
                }
            }
        }
        return csv.toString();
    }

    private static void regel(StringBuilder csv, List<String> velden) {
        csv.append(String.join(";", velden.stream().map(ManagementCsv::veld).toList()))
                .append(REGELEINDE);
    }

    /** A field in quotes when it holds a semicolon, a quote or a line break; a leading formula character defused. */
    static String veld(String waarde) {
        String veilig = !waarde.isEmpty()
                        && "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0
                        && !GETAL.matcher(waarde).matches()
                ? "'" + waarde
                : waarde;
        return QUOTEREN.matcher(veilig).find() ? "\"" + veilig.replace("\"", "\"\"") + "\"" : veilig;
    }

    /** A whole number, which needs no formula guard even with a minus sign. */
    private static final java.util.regex.Pattern GETAL = java.util.regex.Pattern.compile("-?\\d+");

    /** Anything that needs the field in quotes, wherever it stands (also after a first line break). */
    private static final java.util.regex.Pattern QUOTEREN = java.util.regex.Pattern.compile("[;\"\r\n]");
}
