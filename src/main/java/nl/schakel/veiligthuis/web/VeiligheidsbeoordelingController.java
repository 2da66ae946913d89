package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Veiligheidsbeoordeling;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Risicofactor;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.Verrijking;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The veiligheidsbeoordeling's pages: verrijking (checklist of sources and the own-records search), taxatie and risk
 * factors, proposing the besluit, approving or rejecting it (four eyes), and the region's proposals that wait.
 */
@Controller
class VeiligheidsbeoordelingController {

    private static final String ZAKEN = "/veilig-thuis/zaken/";

    private final VeiligThuisManagement veiligThuis;
    private final Veiligheidsbeoordeling vb;

    VeiligheidsbeoordelingController(VeiligThuisManagement veiligThuis, Veiligheidsbeoordeling vb) {
        this.veiligThuis = veiligThuis;
        this.vb = vb;
    }

    @GetMapping("/veilig-thuis/zaken/{id}/verrijking")
    String verrijkingPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return verrijkingPage(actor, id, VerrijkingForm.empty(vb.vandaag().toString()), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/verrijking")
    String verrijking(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") VerrijkingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vb.verrijking(
                    actor,
                    id,
                    Verrijking.of(
                            FormValues.option(Bron.class, form.bron()),
                            FormValues.text(form.uitkomst()),
                            FormValues.date(form.datum()),
                            vb.vandaag()));
            redirect.addFlashAttribute("melding", "vb.verrijking.opgeslagen");
            return "redirect:" + ZAKEN + id + "/verrijking";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return verrijkingPage(actor, id, form, model);
        }
    }

    private String verrijkingPage(Actor actor, UUID id, VerrijkingForm form, Model model) {
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("tijdlijn", vb.tijdlijn(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/verrijking";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/taxatie")
    String taxatiePage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return taxatiePage(actor, id, TaxatieForm.empty(), RisicofactorForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/taxatie")
    String taxatie(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") TaxatieForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vb.taxatie(
                    actor,
                    id,
                    Taxatie.of(
                            FormValues.yesNo(form.acuutOnveilig()),
                            FormValues.text(form.redenAcuut()),
                            FormValues.yesNo(form.structureelOnveilig()),
                            FormValues.text(form.redenStructureel()),
                            FormValues.yesNo(form.multiproblematiek()),
                            FormValues.text(form.redenMultiproblematiek())));
            return NaarZaak.met(id, "vb.taxatie.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return taxatiePage(actor, id, form, RisicofactorForm.empty(), model);
        }
    }

    @PostMapping("/veilig-thuis/zaken/{id}/risicofactoren")
    String risicofactor(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("risicofactor") RisicofactorForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vb.risicofactor(actor, id, Risicofactor.of(FormValues.text(form.omschrijving())));
            redirect.addFlashAttribute("melding", "vb.risicofactor.opgeslagen");
            return "redirect:" + ZAKEN + id + "/taxatie";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return taxatiePage(actor, id, TaxatieForm.empty(), form, model);
        }
    }

    private String taxatiePage(Actor actor, UUID id, TaxatieForm form, RisicofactorForm risicofactor, Model model) {
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("risicofactor", risicofactor);
        return "veiligthuis/taxatie";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/besluit")
    String besluitPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return besluitPage(actor, id, BesluitForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/besluit")
    String besluit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") BesluitForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vb.stelVoor(
                    actor,
                    id,
                    BesluitVoorgesteld.of(
                            FormValues.option(Besluit.class, form.besluit()), FormValues.text(form.motivering())));
            return NaarZaak.met(id, "vb.besluit.voorgesteld", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return besluitPage(actor, id, form, model);
        }
    }

    private String besluitPage(Actor actor, UUID id, BesluitForm form, Model model) {
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/besluit";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/besluit/beoordeling")
    String beoordelingPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return beoordelingPage(actor, id, BeoordelingForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/besluit/beoordeling")
    String beoordeling(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") BeoordelingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Boolean goedgekeurd = FormValues.yesNo(form.goedgekeurd());
            vb.beoordeel(actor, id, goedgekeurd, FormValues.text(form.toelichting()));
            return NaarZaak.met(
                    id,
                    Boolean.TRUE.equals(goedgekeurd) ? "vb.beoordeling.goedgekeurd" : "vb.beoordeling.afgewezen",
                    redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return beoordelingPage(actor, id, form, model);
        }
    }

    private String beoordelingPage(Actor actor, UUID id, BeoordelingForm form, Model model) {
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/beoordeling";
    }

    @GetMapping("/veilig-thuis/besluiten")
    String besluiten(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("besluiten", vb.teBeoordelen(actor));
        return "veiligthuis/besluiten";
    }
}
