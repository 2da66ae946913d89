package nl.schakel.dossier.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a JTE template written as well-formed XHTML to PDF with openhtmltopdf. It uses only the PDF base fonts
 * (Helvetica, Times, Courier), which every PDF reader has, so it needs no font installed on the machine.
 */
@Component
class PdfRenderer {

    private final TemplateEngine templates;

    PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> params) {
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
