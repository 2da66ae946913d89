package nl.schakel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.schakel.organisation.Bewijsstuk;
import nl.schakel.organisation.Invoeringsbeheer;
import nl.schakel.organisation.Invoeringspunt;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The implementation checklist for the beheerder and the aandachtsfunctionarissen: the overview with the progress,
 * and per item its page (what it asks, the automatic check of a minimum requirement, the form to change it, the upload
 * of a document as evidence, the documents and the history). The upload is a plain multipart form with its CSRF token
 * (no script); a file over the server's limit comes back as a form error ({@link InvoeringUploadFilter}).
 */
@Controller
class InvoeringController {

    static final String PAGE = "/beheer/invoering";

    private final Invoeringsbeheer invoering;

    InvoeringController(Invoeringsbeheer invoering) {
        this.invoering = invoering;
    }

    @GetMapping(PAGE)
    String overview(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("overzicht", invoering.overzicht(actor));
        return "organisation/invoering";
    }

    @GetMapping(PAGE + "/{code}")
    String item(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String bestand,
            HttpServletRequest request,
            Model model) {
        if (InvoeringUploadFilter.TE_GROOT.equals(bestand)) {
            FormErrors.put(request, new InvalidInputException("bestand", "invoering.fout.tegroot"));
        }
        return item(actor, punt(code), null, model);
    }

    @PostMapping(PAGE + "/{code}")
    String change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String code,
            @ModelAttribute("invoeringForm") InvoeringForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        Invoeringspunt punt = punt(code);
        try {
            invoering.wijzig(actor, punt, form.invoer());
            redirect.addFlashAttribute("melding", "invoering.gewijzigd");
            return "redirect:" + PAGE + "/" + punt.code();
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return item(actor, punt, form, model);
        }
    }

    @PostMapping(PAGE + "/{code}/bewijsstukken")
    String upload(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String code,
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile bestand,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model)
            throws IOException {
        Invoeringspunt punt = punt(code);
        try {
            byte[] inhoud = bestand == null ? new byte[0] : bestand.getBytes();
            String naam = bestand == null || bestand.getOriginalFilename() == null ? "" : bestand.getOriginalFilename();
            invoering.voegBewijsstukToe(actor, punt, naam, inhoud);
            redirect.addFlashAttribute("melding", "invoering.bewijsstuktoegevoegd");
            return "redirect:" + PAGE + "/" + punt.code();
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return item(actor, punt, null, model);
        }
    }

    @GetMapping(PAGE + "/bewijsstukken/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        UUID document = Forms.uuid(id).orElseThrow(() -> new NotFoundException("bewijsstuk"));
        Bewijsstuk.Inhoud inhoud = invoering.bewijsstuk(actor, document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(inhoud.stuk().soort().mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(inhoud.stuk().bestandsnaam(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(inhoud.bytes());
    }

    private String item(Actor actor, Invoeringspunt punt, @Nullable InvoeringForm form, Model model) {
        var overzicht = invoering.punt(actor, punt);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("punt", punt);
        model.addAttribute("invoeringForm", form == null ? InvoeringForm.van(overzicht.item(punt)) : form);
        return "organisation/invoeringspunt";
    }

    static Invoeringspunt punt(String code) {
        return Invoeringspunt.van(code).orElseThrow(() -> new NotFoundException("invoeringspunt"));
    }
}
