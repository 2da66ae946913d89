package nl.schakel.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.dossier.DossierSharing;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.UserId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sharing a dossier with colleagues: who it is shared with, share with one more, end a share. */
@Controller
class DossierSharingController {

    private final DossierSharing sharing;

    DossierSharingController(DossierSharing sharing) {
        this.sharing = sharing;
    }

    @GetMapping("/dossiers/{id}/delen")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return sharingPage(actor, id, "", model);
    }

    @PostMapping("/dossiers/{id}/delen")
    String share(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String collega,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            UserId colleague = userId(collega);
            sharing.share(actor, id, colleague);
            redirect.addFlashAttribute("melding", "deling.gedeeld");
            return "redirect:/dossiers/" + id + "/delen";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return sharingPage(actor, id, collega, model);
        }
    }

    @PostMapping("/dossiers/{id}/delen/{collega}/beeindigen")
    String unshare(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID collega,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            sharing.unshare(actor, id, new UserId(collega));
            redirect.addFlashAttribute("melding", "deling.beeindigd");
            return "redirect:/dossiers/" + id + "/delen";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return sharingPage(actor, id, "", model);
        }
    }

    private String sharingPage(Actor actor, UUID id, String collega, Model model) {
        model.addAttribute("deling", sharing.sharing(actor, id));
        model.addAttribute("collega", collega);
        return "dossier/delen";
    }

    private static UserId userId(String value) {
        try {
            return new UserId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("collega", "deling.fout.collega");
        }
    }
}
