package nl.schakel.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.DossierView;
import nl.schakel.dossier.VirManagement;
import nl.schakel.organisation.Codelijsten;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
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

/** Signals in the Verwijsindex Risicojongeren from the dossier page, and removing one early with a reason. */
@Controller
class VirController {

    private final DossierManagement dossiers;
    private final DossierStappen stappen;
    private final VirManagement vir;
    private final Codelijsten codelijsten;

    VirController(DossierManagement dossiers, DossierStappen stappen, VirManagement vir, Codelijsten codelijsten) {
        this.dossiers = dossiers;
        this.stappen = stappen;
        this.vir = vir;
        this.codelijsten = codelijsten;
    }

    @PostMapping("/dossiers/{id}/vir")
    String signaleer(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(name = "betrokkene", required = false) @Nullable String betrokkene,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            UUID chosen = uuid(betrokkene);
            if (chosen == null) {
                throw new InvalidInputException("betrokkene", "vir.fout.betrokkene");
            }
            vir.signaleer(actor, id, chosen);
            redirect.addFlashAttribute("melding", "vir.afgegeven");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            DossierStappen.Overzicht overzicht = stappen.overzicht(actor, id);
            DossierView view = overzicht.dossier();
            model.addAttribute("dossier", view);
            model.addAttribute("stappen", overzicht);
            model.addAttribute("virKandidaten", vir.candidates(view));
            model.addAttribute("codes", codelijsten.alleCodes());
            return "dossier/show";
        }
    }

    @GetMapping("/dossiers/{id}/vir/{signaal}/verwijderen")
    String removePage(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID signaal, Model model) {
        return page(actor, id, signaal, new VirVerwijderForm(null), model);
    }

    @PostMapping("/dossiers/{id}/vir/{signaal}/verwijderen")
    String remove(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID signaal,
            @ModelAttribute VirVerwijderForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vir.remove(actor, id, signaal, form.reden() == null ? "" : form.reden());
            redirect.addFlashAttribute("melding", "vir.verwijderd");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, id, signaal, form, model);
        }
    }

    private String page(Actor actor, UUID id, UUID signaal, VirVerwijderForm form, Model model) {
        DossierView view = dossiers.dossier(actor, id);
        model.addAttribute("dossier", view);
        model.addAttribute(
                "signaal",
                view.virSignalen().stream()
                        .filter(v -> v.entryId().equals(signaal))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("vir")));
        model.addAttribute("form", form);
        return "dossier/virverwijderen";
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
