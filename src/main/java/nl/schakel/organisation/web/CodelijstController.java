package nl.schakel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schakel.organisation.Codelijsten;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platformbeheerder's page for the code list "vormen van geweld": add, relabel, switch on or off, reorder. */
@Controller
class CodelijstController {

    private static final String PAGE = "redirect:/platform/codelijsten";

    private final Codelijsten codelijsten;

    CodelijstController(Codelijsten codelijsten) {
        this.codelijsten = codelijsten;
    }

    @GetMapping("/platform/codelijsten")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        return page(actor, CodeForm.empty(), LabelForm.empty(), model);
    }

    @PostMapping("/platform/codelijsten")
    String add(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute("form") CodeForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            codelijsten.voegToe(
                    actor,
                    Forms.text(form.code()),
                    Forms.text(form.labelNl()),
                    Forms.text(form.labelEn()),
                    Forms.option(VormVanGeweld.class, form.categorie()).orElse(null));
            redirect.addFlashAttribute("melding", "codelijst.toegevoegd");
            return PAGE;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, form, LabelForm.empty(), model);
        }
    }

    @PostMapping("/platform/codelijsten/labels")
    String relabel(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute("wijzig") LabelForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            String code = Forms.text(form.wijzigCode());
            if (codelijsten.alleVormenVanGeweld(actor).stream()
                    .noneMatch(c -> c.code().equals(code))) {
                throw new InvalidInputException("wijzigCode", "codelijst.fout.kies");
            }
            codelijsten.wijzigLabels(actor, code, Forms.text(form.nieuwNl()), Forms.text(form.nieuwEn()));
            redirect.addFlashAttribute("melding", "codelijst.gewijzigd");
            return PAGE;
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors()
                    .forEach((field, key) -> errors.put(
                            switch (field) {
                                case "labelNl" -> "nieuwNl";
                                case "labelEn" -> "nieuwEn";
                                default -> field;
                            },
                            key));
            FormErrors.put(request, new InvalidInputException(errors));
            return page(actor, CodeForm.empty(), form, model);
        }
    }

    @PostMapping("/platform/codelijsten/{code}/actief")
    String active(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String code,
            @RequestParam String actief,
            RedirectAttributes redirect) {
        codelijsten.zetActief(actor, code, "ja".equals(actief));
        redirect.addFlashAttribute("melding", "codelijst.gewijzigd");
        return PAGE;
    }

    @PostMapping("/platform/codelijsten/{code}/verplaats")
    String move(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String code,
            @RequestParam String richting,
            RedirectAttributes redirect) {
        codelijsten.verplaats(actor, code, "omhoog".equals(richting));
        redirect.addFlashAttribute("melding", "codelijst.gewijzigd");
        return PAGE;
    }

    private String page(Actor actor, CodeForm form, LabelForm wijzig, Model model) {
        model.addAttribute("codes", codelijsten.alleVormenVanGeweld(actor));
        model.addAttribute("form", form);
        model.addAttribute("wijzig", wijzig);
        return "organisation/codelijsten";
    }
}
