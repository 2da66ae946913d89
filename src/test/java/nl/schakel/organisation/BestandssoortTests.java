package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The kinds of evidence documents, recognised by their content only. */
class BestandssoortTests {

    @Test
    void pdfPngAndJpegAreRecognisedByTheirFirstBytes() {
        assertThat(Bestandssoort.herken(Bestanden.pdf())).contains(Bestandssoort.PDF);
        assertThat(Bestandssoort.herken(Bestanden.png())).contains(Bestandssoort.PNG);
        assertThat(Bestandssoort.herken(Bestanden.jpeg())).contains(Bestandssoort.JPEG);
    }

    @Test
    void officeOpenXmlDocumentsAreRecognisedByTheNamesInTheirZip() {
        assertThat(Bestandssoort.herken(Bestanden.docx())).contains(Bestandssoort.DOCX);
        assertThat(Bestandssoort.herken(Bestanden.xlsx())).contains(Bestandssoort.XLSX);
        assertThat(Bestandssoort.herken(Bestanden.pptx())).contains(Bestandssoort.PPTX);
    }

    @Test
    void openDocumentsAreRecognisedByTheirStoredMimetypeEntry() {
        assertThat(Bestandssoort.herken(Bestanden.odt())).contains(Bestandssoort.ODT);
        assertThat(Bestandssoort.herken(Bestanden.ods())).contains(Bestandssoort.ODS);
        assertThat(Bestandssoort.herken(Bestanden.odtGecomprimeerd())).isEmpty();
    }

    @Test
    void aDocumentWithMacrosAnyOtherZipAndOtherFilesAreRefused() {
        assertThat(Bestandssoort.herken(Bestanden.docm())).isEmpty();
        assertThat(Bestandssoort.herken(Bestanden.zip())).isEmpty();
        assertThat(Bestandssoort.herken("MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(Bestandssoort.herken("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(Bestandssoort.herken("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(Bestandssoort.herken(new byte[0])).isEmpty();
        assertThat(Bestandssoort.herken(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    @Test
    void aDamagedZipIsRefusedWithoutAnException() {
        byte[] docx = Bestanden.docx();
        for (int lengte = 4; lengte < docx.length; lengte += 7) {
            assertThat(Bestandssoort.herken(Arrays.copyOf(docx, lengte))).isEmpty();
        }
        byte[] kapot = docx.clone();
        for (int i = 4; i < kapot.length; i += 3) {
            kapot[i] = (byte) 0xff;
        }
        assertThat(Bestandssoort.herken(kapot)).isEmpty();
    }
}
