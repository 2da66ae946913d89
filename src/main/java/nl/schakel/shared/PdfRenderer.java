package nl.schakel.shared;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Turns a page template into a PDF document, for a module's download (the dossier's export, the Veilig Thuis case
 * file). Implemented once by the {@code web} shell, which owns the templates' look; the modules' controllers know only
 * this interface.
 */
public interface PdfRenderer {

    /**
     * Renders the JTE template (well-formed XHTML, as {@code layout/pdf.jte} writes it) with the parameters to PDF.
     *
     * @return the PDF document
     */
    byte[] render(String template, Map<String, Object> params);

    /**
     * The document as a download: never cached, under a file name that must carry no personal data (an id only).
     */
    static ResponseEntity<byte[]> download(byte[] document, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(document);
    }
}
