package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.AntwoordInvoer;
import nl.schakel.veiligthuis.OverdrachtInvoer;
import nl.schakel.veiligthuis.OverdrachtManagement;
import nl.schakel.veiligthuis.domain.Ontvanger;
import nl.schakel.veiligthuis.domain.OverdrachtBeantwoord;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The overdracht of a case: the receiving parties with where they stand, the form to offer it to another party, and
 * the form to record a party's answer (for a party outside Schakel).
 */
@Controller
class OverdrachtController {

    private final OverdrachtManagement overdracht;

    OverdrachtController(OverdrachtManagement overdracht) {
        this.overdracht = overdracht;
    }

    @GetMapping("/veilig-thuis/zaken/{id}/overdracht")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return page(actor, id, OverdrachtForm.empty(), AanvaardingForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/overdracht")
    String biedAan(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") OverdrachtForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            overdracht.biedAan(
                    actor,
                    id,
                    new OverdrachtInvoer(
                            FormValues.option(Ontvanger.class, form.soort()),
                            FormValues.text(form.naam()),
                            FormValues.text(form.organisatie()),
                            FormValues.text(form.contact()),
                            FormValues.text(form.overname())));
            return NaarZaak.met(id, "vt.overdracht.aangeboden", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, id, form, AanvaardingForm.empty(), model);
        }
    }

    @PostMapping("/veilig-thuis/zaken/{id}/overdracht/aanvaarding")
    String aanvaarding(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("antwoord") AanvaardingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            ZaakStatus nu = overdracht.legAntwoordVast(
                    actor,
                    id,
                    partij(form.partij()),
                    new AntwoordInvoer(
                            FormValues.yesNo(form.aanvaard()),
                            FormValues.text(form.reden()),
                            FormValues.text(form.door()),
                            FormValues.date(form.datum()),
                            FormValues.option(OverdrachtBeantwoord.Wijze.class, form.wijze())));
            redirect.addFlashAttribute(
                    "melding",
                    switch (nu) {
                        case AFGESLOTEN -> "vt.overdracht.aanvaard.afgesloten";
                        case MONITORING -> "vt.overdracht.aanvaard.monitoring";
                        default -> "vt.overdracht.antwoordvastgelegd";
                    });
            return "redirect:/veilig-thuis/zaken/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, id, OverdrachtForm.empty(), form, model);
        }
    }

    private static UUID partij(@org.jspecify.annotations.Nullable String value) {
        try {
            return UUID.fromString(FormValues.text(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("partij", "overdracht.fout.partij");
        }
    }

    private String page(Actor actor, UUID id, OverdrachtForm form, AanvaardingForm antwoord, Model model) {
        var zaak = overdracht.pagina(actor, id);
        model.addAttribute("zaak", zaak);
        model.addAttribute("stand", overdracht.stand(zaak));
        model.addAttribute("form", form);
        model.addAttribute("antwoord", antwoord);
        return "veiligthuis/overdracht";
    }
}
