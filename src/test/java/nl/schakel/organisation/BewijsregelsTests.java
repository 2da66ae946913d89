package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The size limit, the content check and the kept file name of an evidence document. */
class BewijsregelsTests {

    @Test
    void aDocumentUpTo5MbIsTakenAndOneByteMoreIsRefused() {
        assertThat(Bewijsregels.soort(Bestanden.pdfVan(Bewijsregels.MAX_GROOTTE)))
                .isEqualTo(Bestandssoort.PDF);
        assertThatThrownBy(() -> Bewijsregels.soort(Bestanden.pdfVan(Bewijsregels.MAX_GROOTTE + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(java.util.Map.entry("bestand", "invoering.fout.tegroot")));
        assertThat(Bewijsregels.MAX_GROOTTE).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void anEmptyFileAndAFileOfAnotherKindAreRefusedWithTheirOwnMessage() {
        assertThatThrownBy(() -> Bewijsregels.soort(new byte[0]))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("bestand", "invoering.fout.geenbestand"));
        assertThatThrownBy(() -> Bewijsregels.soort(Bestanden.docm()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("bestand", "invoering.fout.soort"));
    }

    @Test
    void theNameLosesItsFoldersAndControlCharactersAndEndsInWhatTheFileIs() {
        assertThat(Bewijsregels.bestandsnaam("C:\\Users\\bram\\Implementatieplan 2027.pdf", Bestandssoort.PDF))
                .isEqualTo("Implementatieplan 2027.pdf");
        assertThat(Bewijsregels.bestandsnaam("../../etc/plan.exe", Bestandssoort.PDF))
                .isEqualTo("plan.exe.pdf");
        assertThat(Bewijsregels.bestandsnaam("foto.JPEG", Bestandssoort.JPEG)).isEqualTo("foto.JPEG");
        assertThat(Bewijsregels.bestandsnaam("brief\u0000\u202e\".docx", Bestandssoort.DOCX))
                .isEqualTo("brief.docx");
        assertThat(Bewijsregels.bestandsnaam("  ", Bestandssoort.ODT)).isEqualTo("bewijsstuk.odt");
        String lang = Bewijsregels.bestandsnaam("a".repeat(300) + ".pdf", Bestandssoort.PDF);
        assertThat(lang).hasSize(Bewijsregels.MAX_NAAM).endsWith(".pdf");
    }
}
