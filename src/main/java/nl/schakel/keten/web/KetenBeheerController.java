package nl.schakel.keten.web;

import java.util.UUID;
import nl.schakel.keten.KetenBeheer;
import nl.schakel.shared.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platformbeheerder's page of messages to other Schakel instances not delivered yet, with a retry at once. */
@Controller
class KetenBeheerController {

    private final KetenBeheer beheer;

    KetenBeheerController(KetenBeheer beheer) {
        this.beheer = beheer;
    }

    @GetMapping("/platform/keten")
    String onderweg(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("berichten", beheer.onderweg(actor));
        return "keten/beheer";
    }

    @PostMapping("/platform/keten/{id}/opnieuw")
    String opnieuw(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        beheer.opnieuw(actor, id);
        redirect.addFlashAttribute("melding", "federatie.beheer.opnieuwgezet");
        return "redirect:/platform/keten";
    }
}
