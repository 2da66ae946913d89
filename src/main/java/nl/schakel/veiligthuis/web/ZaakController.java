package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Paginering;
import nl.schakel.veiligthuis.OverdrachtManagement;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.domain.Veiligheidscheck;
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
 * The region's cases: the list, one case with its directbetrokkenen and journal, and the safety check while a melding
 * waits.
 */
@Controller
class ZaakController {

    private final VeiligThuisManagement veiligThuis;
    private final OverdrachtManagement overdracht;

    ZaakController(VeiligThuisManagement veiligThuis, OverdrachtManagement overdracht) {
        this.veiligThuis = veiligThuis;
        this.overdracht = overdracht;
    }

    @GetMapping("/veilig-thuis/zaken")
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(name = "pagina", required = false) @Nullable String pagina,
            Model model) {
        model.addAttribute("zaken", veiligThuis.zaken(actor, Paginering.van(pagina)));
        return "veiligthuis/zaken";
    }

    @GetMapping("/veilig-thuis/zaken/{id}")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        var zaak = veiligThuis.zaak(actor, id);
        model.addAttribute("zaak", zaak);
        model.addAttribute("overdracht", overdracht.stand(zaak));
        return "veiligthuis/zaak";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/veiligheidscheck")
    String veiligheidscheckPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return veiligheidscheckPage(actor, id, VeiligheidscheckForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/veiligheidscheck")
    String veiligheidscheck(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") VeiligheidscheckForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            veiligThuis.veiligheidscheck(actor, id, Veiligheidscheck.of(FormValues.text(form.bevinding())));
            return NaarZaak.met(id, "vt.veiligheidscheck.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return veiligheidscheckPage(actor, id, form, model);
        }
    }

    private String veiligheidscheckPage(Actor actor, UUID id, VeiligheidscheckForm form, Model model) {
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/veiligheidscheck";
    }
}
