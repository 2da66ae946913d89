package nl.schakel.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.schakel.shared.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * The one PDF renderer of the application (the dossier's export, the Veilig Thuis case file): a JTE template written
 * as well-formed XHTML, usually inside {@code layout/pdf.jte}, to PDF with openhtmltopdf. It uses only the PDF base
 * fonts (Helvetica, Times, Courier), which every PDF reader has, so it needs no font installed on the machine.
 */
@Component
class OpenHtmlToPdfRenderer implements PdfRenderer {

    private final TemplateEngine templates;

    OpenHtmlToPdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public byte[] render(String template, Map<String, Object> params) {
        StringOutput xhtml = new StringOutput();
        templates.render(template, params, xhtml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml.toString(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
