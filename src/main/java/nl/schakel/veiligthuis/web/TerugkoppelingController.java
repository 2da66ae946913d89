package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.TerugkoppelingInvoer;
import nl.schakel.veiligthuis.TerugkoppelingVersturen;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.domain.TerugkoppelingGegeven;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The terugkoppeling to the melder after the besluit: through Schakel, or recorded as given another way. */
@Controller
class TerugkoppelingController {

    private final VeiligThuisManagement veiligThuis;
    private final TerugkoppelingVersturen terugkoppeling;

    TerugkoppelingController(VeiligThuisManagement veiligThuis, TerugkoppelingVersturen terugkoppeling) {
        this.veiligThuis = veiligThuis;
        this.terugkoppeling = terugkoppeling;
    }

    @GetMapping("/veilig-thuis/zaken/{id}/terugkoppeling")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return page(actor, id, TerugkoppelingForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/terugkoppeling")
    String geef(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") TerugkoppelingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Boolean rol = FormValues.yesNo(form.melderHeeftRol());
            if (rol == null) {
                throw new InvalidInputException("melderHeeftRol", "vt.fout.melderrol");
            }
            terugkoppeling.geef(
                    actor,
                    id,
                    new TerugkoppelingInvoer(
                            Arrays.asList(FormValues.text(form.partijen()).split("\\R")),
                            rol,
                            FormValues.text(form.voorwaardenEnAfspraken()),
                            FormValues.text(form.toelichting()),
                            FormValues.option(TerugkoppelingGegeven.Wijze.class, form.wijze()),
                            FormValues.date(form.datum())));
            return NaarZaak.met(id, "vt.terugkoppeling.gegeven", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, id, form, model);
        }
    }

    private String page(Actor actor, UUID id, TerugkoppelingForm form, Model model) {
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/terugkoppeling";
    }
}
