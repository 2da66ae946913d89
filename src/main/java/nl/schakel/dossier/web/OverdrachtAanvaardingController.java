package nl.schakel.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.dossier.OverdrachtAanvaarding;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The overdracht Veilig Thuis offered the professional: what they take over, with the veiligheidsvoorwaarden and risk
 * factors, and their answer (accept, or decline with a reason).
 */
@Controller
class OverdrachtAanvaardingController {

    private final OverdrachtAanvaarding overdracht;

    OverdrachtAanvaardingController(OverdrachtAanvaarding overdracht) {
        this.overdracht = overdracht;
    }

    @GetMapping("/dossiers/{id}/overdracht/{overdracht}")
    String page(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable("overdracht") UUID overdrachtId,
            Model model) {
        model.addAttribute("aanbod", overdracht.aanbod(actor, id, overdrachtId));
        return "dossier/overdracht";
    }

    @PostMapping("/dossiers/{id}/overdracht/{overdracht}")
    String beantwoord(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable("overdracht") UUID overdrachtId,
            @RequestParam(name = "aanvaard", required = false) @Nullable String aanvaard,
            @RequestParam(name = "reden", required = false) @Nullable String reden,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Boolean ja = FormValues.yesNo(aanvaard);
            overdracht.beantwoord(actor, id, overdrachtId, ja, FormValues.text(reden));
            redirect.addFlashAttribute(
                    "melding",
                    Boolean.TRUE.equals(ja) ? "dossier.overdracht.aanvaard" : "dossier.overdracht.afgewezen");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            model.addAttribute("aanbod", overdracht.aanbod(actor, id, overdrachtId));
            model.addAttribute("aanvaard", aanvaard);
            model.addAttribute("reden", reden);
            return "dossier/overdracht";
        }
    }
}
