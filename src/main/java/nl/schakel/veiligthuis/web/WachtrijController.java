package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.OverdrachtManagement;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Wachtrij;
import nl.schakel.veiligthuis.Werkvoorraad;
import nl.schakel.veiligthuis.domain.AcuutGemarkeerd;
import nl.schakel.veiligthuis.domain.WachtrijRegel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worker's home page, the region's queue, marking a melding acute, and the teamleider's view of the VB term.
 */
@Controller
class WachtrijController {

    private final Wachtrij wachtrij;
    private final VeiligThuisManagement veiligThuis;
    private final Werkvoorraad werkvoorraad;
    private final nl.schakel.veiligthuis.MonitoringManagement monitoring;
    private final OverdrachtManagement overdracht;
    private final nl.schakel.veiligthuis.RegisterMatches matches;

    WachtrijController(
            Wachtrij wachtrij,
            VeiligThuisManagement veiligThuis,
            Werkvoorraad werkvoorraad,
            nl.schakel.veiligthuis.MonitoringManagement monitoring,
            OverdrachtManagement overdracht,
            nl.schakel.veiligthuis.RegisterMatches matches) {
        this.matches = matches;
        this.wachtrij = wachtrij;
        this.veiligThuis = veiligThuis;
        this.werkvoorraad = werkvoorraad;
        this.monitoring = monitoring;
        this.overdracht = overdracht;
    }

    /** The Veilig Thuis worker's home page: the region's work and their own cases with what is due. */
    @GetMapping("/veilig-thuis")
    String werk(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("werk", werkvoorraad.werk(actor));
        return "veiligthuis/werk";
    }

    /** Marks a new match in the VT-register seen: the task leaves the home page; the match stays on the case. */
    @PostMapping("/veilig-thuis/matches/{matchId}/gezien")
    String matchGezien(@AuthenticationPrincipal Actor actor, @PathVariable UUID matchId, RedirectAttributes redirect) {
        matches.gezien(actor, matchId);
        redirect.addFlashAttribute("melding", "vtregister.match.gezienopgeslagen");
        return "redirect:/veilig-thuis";
    }

    @GetMapping("/veilig-thuis/wachtrij")
    String wachtrij(@AuthenticationPrincipal Actor actor, Model model) {
        List<WachtrijRegel> regels = wachtrij.regels(actor);
        model.addAttribute("regels", regels);
        model.addAttribute("telling", WachtrijRegel.Telling.van(regels));
        model.addAttribute("hertriageNa", wachtrij.hertriageNaWerkdagen());
        model.addAttribute(
                "aanvullingen",
                wachtrij.laatsteAanvullingen(
                        actor, regels.stream().map(WachtrijRegel::zaakId).toList()));
        model.addAttribute("onderzoeken", wachtrij.onderzoeken(actor));
        model.addAttribute("monitoring", monitoring.signaleringen(actor));
        model.addAttribute("overdrachtenTeLaat", overdracht.teLaat(actor));
        return "veiligthuis/wachtrij";
    }

    @GetMapping("/veilig-thuis/termijnen")
    String termijnen(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("termijnen", wachtrij.termijnen(actor));
        model.addAttribute("monitoring", monitoring.signaleringen(actor));
        model.addAttribute("overdrachtenTeLaat", overdracht.teLaat(actor));
        return "veiligthuis/termijnen";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/acuut")
    String acuutPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return acuutPage(actor, id, AcuutForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/acuut")
    String acuut(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") AcuutForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            wachtrij.markeerAcuut(actor, id, AcuutGemarkeerd.of(FormValues.text(form.reden())));
            return NaarZaak.met(id, "vtw.acuut.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return acuutPage(actor, id, form, model);
        }
    }

    private String acuutPage(Actor actor, UUID id, AcuutForm form, Model model) {
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/acuut";
    }
}
