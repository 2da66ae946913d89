package nl.schakel.veiligthuis.web;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.PdfRenderer;
import nl.schakel.veiligthuis.ZaakExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The whole case as a PDF (the case file) for Veilig Thuis staff. The file name carries no personal data (only the
 * case's id), and the document is never cached.
 */
@Controller
class ZaakExportController {

    private final ZaakExport export;
    private final PdfRenderer pdf;

    ZaakExportController(ZaakExport export, PdfRenderer pdf) {
        this.export = export;
        this.pdf = pdf;
    }

    @GetMapping("/veilig-thuis/zaken/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        Object ui = Objects.requireNonNull(model.getAttribute("ui"));
        byte[] document = export.export(
                actor, id, dossier -> pdf.render("veiligthuis/export.jte", Map.of("ui", ui, "dossier", dossier)));
        return PdfRenderer.download(document, "zaak-" + id + ".pdf");
    }
}
