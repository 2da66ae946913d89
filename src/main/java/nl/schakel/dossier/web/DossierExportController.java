package nl.schakel.dossier.web;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.dossier.DossierExport;
import nl.schakel.shared.Actor;
import nl.schakel.shared.PdfRenderer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The whole dossier as a PDF. The file name carries no personal data (only the dossier's id), and the document is
 * never cached.
 */
@Controller
class DossierExportController {

    private final DossierExport export;
    private final PdfRenderer pdf;

    DossierExportController(DossierExport export, PdfRenderer pdf) {
        this.export = export;
        this.pdf = pdf;
    }

    @GetMapping("/dossiers/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        Object ui = Objects.requireNonNull(model.getAttribute("ui"));
        byte[] document = export.export(
                actor, id, dossier -> pdf.render("dossier/export.jte", Map.of("ui", ui, "dossier", dossier)));
        return PdfRenderer.download(document, "dossier-" + id + ".pdf");
    }
}
