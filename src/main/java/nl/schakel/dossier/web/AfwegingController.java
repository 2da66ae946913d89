package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.date;
import static nl.schakel.shared.FormValues.option;
import static nl.schakel.shared.FormValues.options;
import static nl.schakel.shared.FormValues.text;
import static nl.schakel.shared.FormValues.yesNo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.NewAfweging;
import nl.schakel.dossier.NewBeslissing;
import nl.schakel.dossier.NewHulpplan;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
 * Steps 4 and 5 of a dossier: the afwegingen one at a time, changing an answer, the beslissingen, the hulpplan,
 * closing a dossier and restarting a closed one.
 *
 * <p>The afwegingen, the beslissingen and the hulpplan are answered on one page. A plain form post is answered as
 * every form is: a redirect to the page after a save (post/redirect/get), the page with the messages after bad
 * input. A post from htmx (header {@code HX-Request}) is answered with only the page's steps (the element
 * {@code #afwegingen-stappen}, which htmx puts in place of the old one): 200 after a save, with the next question
 * revealed, and 422 with the messages after bad input. What is asked next is {@code Voortgang}'s to say either way.
 */
@Controller
class AfwegingController {

    private final AfwegingManagement afwegingen;

    AfwegingController(AfwegingManagement afwegingen) {
        this.afwegingen = afwegingen;
    }

    /** The header htmx sends with every request it makes. */
    private static final String HTMX_REQUEST = "HX-Request";

    @GetMapping("/dossiers/{id}/afwegingen")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return page(actor, id, false, model);
    }

    @PostMapping("/dossiers/{id}/afwegingen/beroepscluster")
    String kiesCluster(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String beroepscluster,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            afwegingen.kiesBeroepscluster(actor, id, option(Beroepscluster.class, beroepscluster));
            redirect.addFlashAttribute("melding", "kaderkeuze.opgeslagen");
            return "redirect:/dossiers/" + id + "/afwegingen";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, id, false, model);
        }
    }

    @PostMapping("/dossiers/{id}/afwegingen")
    String beantwoord(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute AfwegingForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            afwegingen.beantwoord(actor, id, afweging(form));
            return saved(actor, id, "afweging.opgeslagen", "", request, redirect, model);
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            return refused(actor, id, e, request, response, model);
        }
    }

    @GetMapping("/dossiers/{id}/afwegingen/{entryId}/wijzigen")
    String wijzigPage(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        return wijzigPage(actor, id, entryId, null, model);
    }

    @PostMapping("/dossiers/{id}/afwegingen/{entryId}/wijzigen")
    String wijzig(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID entryId,
            @ModelAttribute AfwegingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            afwegingen.wijzig(actor, id, entryId, afweging(form), text(form.wijzigreden()));
            redirect.addFlashAttribute("melding", "afweging.gewijzigd");
            return "redirect:/dossiers/" + id + "/afwegingen";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return wijzigPage(actor, id, entryId, form, model);
        }
    }

    @PostMapping("/dossiers/{id}/beslissingen")
    String beslis(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute AfwegingForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        int nummer = nummer(form);
        try {
            afwegingen.beslis(
                    actor, id, new NewBeslissing(nummer, antwoord(form), text(form.reden()), vereisten(form)));
            return saved(actor, id, "beslissing.opgeslagen", "#beslissingen", request, redirect, model);
        } catch (InvalidInputException e) {
            // Both beslissingen are on the page: their fields carry the number, so each error stays with its form.
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, key) -> errors.put(field.isEmpty() ? "" : "b" + nummer + field, key));
            model.addAttribute("beslissingForm", form);
            return refused(actor, id, new InvalidInputException(errors), request, response, model);
        }
    }

    @PostMapping("/dossiers/{id}/hulpplan")
    String hulpplan(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute HulpplanForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            afwegingen.hulpplan(
                    actor, id, new NewHulpplan(text(form.plan()), text(form.wie()), date(form.herbeoordeling())));
            return saved(actor, id, "hulpplan.opgeslagen", "", request, redirect, model);
        } catch (InvalidInputException e) {
            model.addAttribute("hulpplanForm", form);
            return refused(actor, id, e, request, response, model);
        }
    }

    @GetMapping("/dossiers/{id}/afsluiten")
    String afsluitPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return afsluitPage(actor, id, "", model);
    }

    @PostMapping("/dossiers/{id}/afsluiten")
    String sluitAf(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String notitie,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            afwegingen.sluitAf(actor, id, text(notitie));
            redirect.addFlashAttribute("melding", "afsluiting.opgeslagen");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return afsluitPage(actor, id, text(notitie), model);
        }
    }

    @PostMapping("/dossiers/{id}/herstart")
    String herstart(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            UUID nieuw = afwegingen.herstart(actor, id);
            redirect.addFlashAttribute("melding", "herstart.opgeslagen");
            return "redirect:/dossiers/" + nieuw;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("melding", e.fieldErrors().getOrDefault("", "herstart.fout.open"));
            return "redirect:/dossiers/" + id;
        }
    }

    /**
     * After a save: a plain post is redirected to the page with the notice (at the anchor); an htmx post gets the
     * page's steps with the notice at once, the next question revealed.
     */
    private String saved(
            Actor actor,
            UUID id,
            String melding,
            String anchor,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        if (htmx(request)) {
            model.addAttribute("melding", melding);
            return page(actor, id, true, model);
        }
        redirect.addFlashAttribute("melding", melding);
        return "redirect:/dossiers/" + id + "/afwegingen" + anchor;
    }

    /** After bad input: the page (or for htmx its steps, with status 422) with the messages next to the fields. */
    private String refused(
            Actor actor,
            UUID id,
            InvalidInputException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FormErrors.put(request, e);
        boolean htmx = htmx(request);
        if (htmx) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(actor, id, htmx, model);
    }

    private static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader(HTMX_REQUEST));
    }

    /** The afwegingen page, or with {@code fragment} only its steps (for htmx). */
    private String page(Actor actor, UUID id, boolean fragment, Model model) {
        model.addAttribute("view", afwegingen.afwegingen(actor, id));
        model.addAttribute("fragment", fragment);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AfwegingForm.empty());
        }
        if (!model.containsAttribute("beslissingForm")) {
            model.addAttribute("beslissingForm", AfwegingForm.empty());
        }
        if (!model.containsAttribute("hulpplanForm")) {
            model.addAttribute("hulpplanForm", HulpplanForm.empty());
        }
        return "dossier/afwegingen";
    }

    private String wijzigPage(Actor actor, UUID id, UUID entryId, @Nullable AfwegingForm form, Model model) {
        var view = afwegingen.afwegingen(actor, id);
        var antwoord = view.voortgang() == null
                ? Optional.<nl.schakel.dossier.domain.Voortgang.Antwoord>empty()
                : view.voortgang().antwoorden().stream()
                        .filter(a -> a.vanKracht() && a.entry().id().equals(entryId))
                        .findFirst();
        if (antwoord.isEmpty()) {
            throw new nl.schakel.shared.NotFoundException("afweging");
        }
        var a = antwoord.get().afweging();
        model.addAttribute("view", view);
        model.addAttribute("antwoord", antwoord.get());
        model.addAttribute(
                "form",
                form != null
                        ? form
                        : new AfwegingForm(
                                "" + a.nummer(),
                                a.antwoord() ? "ja" : "nee",
                                a.reden(),
                                a.vereisten().stream().map(Enum::name).toList(),
                                a.afspraken(),
                                null,
                                a.onveiligheid() == null
                                        ? null
                                        : a.onveiligheid().name()));
        return "dossier/afwegingwijzigen";
    }

    private String afsluitPage(Actor actor, UUID id, String notitie, Model model) {
        model.addAttribute("view", afwegingen.afwegingen(actor, id));
        model.addAttribute("notitie", notitie);
        return "dossier/afsluiten";
    }

    private static NewAfweging afweging(AfwegingForm form) {
        int nummer = nummer(form);
        Boolean antwoord = antwoord(form);
        // The kind of unsafety is on the form of afweging 2 next to ja and nee; it counts only with ja.
        Onveiligheid onveiligheid =
                nummer == 2 && Boolean.TRUE.equals(antwoord) ? option(Onveiligheid.class, form.onveiligheid()) : null;
        return new NewAfweging(
                nummer, antwoord, text(form.reden()), vereisten(form), text(form.afspraken()), onveiligheid);
    }

    private static int nummer(AfwegingForm form) {
        try {
            return form.nummer() == null ? 0 : Integer.parseInt(form.nummer().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable Boolean antwoord(AfwegingForm form) {
        return yesNo(form.antwoord());
    }

    private static Set<HulpVereiste> vereisten(AfwegingForm form) {
        return options(HulpVereiste.class, form.vereisten());
    }
}
