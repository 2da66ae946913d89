package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.text;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.dossier.MeldingDraft;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewMelding;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The melding to Veilig Thuis from a dossier: the pre-filled melding, what the professional adds, and sending it; and
 * afterwards the aanvulling to that melding.
 */
@Controller
class MeldingController {

    private final MeldingManagement meldingen;

    MeldingController(MeldingManagement meldingen) {
        this.meldingen = meldingen;
    }

    @GetMapping("/dossiers/{id}/melding")
    String newMelding(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        MeldingDraft draft = meldingen.draft(actor, id);
        return page(draft, MeldingForm.empty().metContact(draft.contact()), model);
    }

    @PostMapping("/dossiers/{id}/melding")
    String send(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute MeldingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            meldingen.send(
                    actor,
                    id,
                    new NewMelding(
                            text(form.watBlijfIkDoen()),
                            yesNo(form.clientGeinformeerd()),
                            text(form.redenNietGeinformeerd()),
                            yesNo(form.anoniemNaarGezin()),
                            uuid(form.regio()),
                            text(form.contact()),
                            "ja".equals(form.nogmaals())));
            redirect.addFlashAttribute("melding", "melding.verzonden");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(meldingen.draft(actor, id), form, model);
        }
    }

    @GetMapping("/dossiers/{id}/aanvulling")
    String newAanvulling(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return aanvullingPage(actor, id, null, model);
    }

    @PostMapping("/dossiers/{id}/aanvulling")
    String aanvullen(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String tekst,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            meldingen.aanvullen(actor, id, text(tekst));
            redirect.addFlashAttribute("melding", "aanvulling.verzonden");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return aanvullingPage(actor, id, tekst, model);
        }
    }

    /** The aanvulling form; without a melding sent there is nothing to add to, so the melding page opens instead. */
    private String aanvullingPage(Actor actor, UUID id, @Nullable String tekst, Model model) {
        try {
            model.addAttribute("draft", meldingen.aanvullingDraft(actor, id));
        } catch (InvalidInputException e) {
            return "redirect:/dossiers/" + id + "/melding";
        }
        model.addAttribute("tekst", tekst == null ? "" : tekst);
        return "dossier/aanvulling";
    }

    private String page(MeldingDraft draft, MeldingForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        return "dossier/melding";
    }

    private static @Nullable Boolean yesNo(@Nullable String value) {
        return "ja".equals(value) ? Boolean.TRUE : "nee".equals(value) ? Boolean.FALSE : null;
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
