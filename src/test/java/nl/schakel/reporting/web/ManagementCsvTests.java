package nl.schakel.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV field stays one field in Dutch Excel, and a cell never starts a formula. */
class ManagementCsvTests {

    @Test
    void aFieldWithLineBreaksSemicolonsOrQuotesStaysOneQuotedFieldWhereverTheyStand() {
        assertThat(ManagementCsv.veld("a\nb\nc")).isEqualTo("\"a\nb\nc\"");
        assertThat(ManagementCsv.veld("a\nb;c")).isEqualTo("\"a\nb;c\"");
        assertThat(ManagementCsv.veld("Team \"Noord\"")).isEqualTo("\"Team \"\"Noord\"\"\"");
        assertThat(ManagementCsv.veld("Onderbouw")).isEqualTo("Onderbouw");
    }

    @Test
    void aLeadingFormulaCharacterIsDefusedButANumberStaysANumber() {
        assertThat(ManagementCsv.veld("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(ManagementCsv.veld("\t=1")).isEqualTo("'\t=1");
        assertThat(ManagementCsv.veld("-12")).isEqualTo("-12");
        assertThat(ManagementCsv.veld("12")).isEqualTo("12");
    }
}
