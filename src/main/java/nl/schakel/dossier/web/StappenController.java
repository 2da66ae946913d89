package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.date;
import static nl.schakel.shared.FormValues.number;
import static nl.schakel.shared.FormValues.option;
import static nl.schakel.shared.FormValues.options;
import static nl.schakel.shared.FormValues.text;
import static nl.schakel.shared.FormValues.yesNo;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.DossierView;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Kindcheck;
import nl.schakel.dossier.domain.Mantelzorgcheck;
import nl.schakel.dossier.domain.MedewerkerRoute;
import nl.schakel.dossier.domain.RedenGeenGesprek;
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

/**
 * The pages of the meldcode steps beyond signaal and consultatie: kindcheck, mantelzorgcheck, gesprek met de cliënt,
 * the employee-offence route, and a dossier for a child after a positive kindcheck. Each form adds an entry, or with
 * {@code ?corrigeer=<entry>} corrects one.
 */
@Controller
class StappenController {

    private final DossierStappen stappen;
    private final Corrections corrections;

    StappenController(DossierStappen stappen, Corrections corrections) {
        this.stappen = stappen;
        this.corrections = corrections;
    }

    @GetMapping("/dossiers/{id}/gesprek")
    String gesprek(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID corrigeer,
            Model model) {
        DossierStappen.Overzicht overzicht = stappen.overzicht(actor, id);
        DossierView dossier = overzicht.dossier();
        GesprekForm form = Corrections.prefill(dossier, corrigeer, Gesprek.class, GesprekForm::of, GesprekForm.empty());
        return page("dossier/gesprek", overzicht, form, Correctie.of(corrigeer), model);
    }

    @PostMapping("/dossiers/{id}/gesprek")
    String addGesprek(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") GesprekForm form,
            @ModelAttribute("correctie") Correctie correctie,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            corrections.save(
                    actor,
                    id,
                    correctie,
                    () -> Gesprek.of(
                            yesNo(form.gevoerd()),
                            date(form.datum()),
                            text(form.metWie()),
                            text(form.besproken()),
                            text(form.reactie()),
                            option(RedenGeenGesprek.class, form.reden()),
                            text(form.toelichting()),
                            yesNo(form.alsnog()),
                            stappen.today()),
                    g -> stappen.addGesprek(actor, id, g));
            return saved(id, correctie, "gesprek.toegevoegd", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page("dossier/gesprek", stappen.overzicht(actor, id), form, correctie, model);
        }
    }

    @GetMapping("/dossiers/{id}/kindcheck")
    String kindcheck(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID corrigeer,
            Model model) {
        DossierStappen.Overzicht overzicht = stappen.overzicht(actor, id);
        DossierView dossier = overzicht.dossier();
        KindcheckForm form =
                Corrections.prefill(dossier, corrigeer, Kindcheck.class, KindcheckForm::of, KindcheckForm.empty());
        return page("dossier/kindcheck", overzicht, form, Correctie.of(corrigeer), model);
    }

    @PostMapping("/dossiers/{id}/kindcheck")
    String addKindcheck(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") KindcheckForm form,
            @ModelAttribute("correctie") Correctie correctie,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            corrections.save(
                    actor,
                    id,
                    correctie,
                    () -> Kindcheck.of(
                            options(Kindcheck.Aanleiding.class, form.aanleidingen()),
                            text(form.anders()),
                            option(Kindcheck.Minderjarigen.class, form.minderjarigen()),
                            number(form.aantal()),
                            text(form.leeftijden()),
                            option(Kindcheck.Zorg.class, form.zorg()),
                            option(Kindcheck.Zwangerschap.class, form.zwangerschap()),
                            text(form.overgenomenDoor()),
                            Kindcheck.Vragen.voor(dossier(actor, id).levensfase(stappen.today()))),
                    k -> stappen.addKindcheck(actor, id, k));
            return saved(id, correctie, "kindcheck.toegevoegd", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page("dossier/kindcheck", stappen.overzicht(actor, id), form, correctie, model);
        }
    }

    @GetMapping("/dossiers/{id}/mantelzorgcheck")
    String mantelzorgcheck(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID corrigeer,
            Model model) {
        DossierStappen.Overzicht overzicht = stappen.overzicht(actor, id);
        DossierView dossier = overzicht.dossier();
        MantelzorgcheckForm form = Corrections.prefill(
                dossier, corrigeer, Mantelzorgcheck.class, MantelzorgcheckForm::of, MantelzorgcheckForm.empty());
        return page("dossier/mantelzorgcheck", overzicht, form, Correctie.of(corrigeer), model);
    }

    @PostMapping("/dossiers/{id}/mantelzorgcheck")
    String addMantelzorgcheck(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") MantelzorgcheckForm form,
            @ModelAttribute("correctie") Correctie correctie,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            corrections.save(
                    actor,
                    id,
                    correctie,
                    () -> Mantelzorgcheck.of(
                            option(Mantelzorgcheck.Zorgrelatie.class, form.zorgrelatie()),
                            text(form.wie()),
                            text(form.signalen()),
                            option(Mantelzorgcheck.Uitkomst.class, form.uitkomst())),
                    m -> stappen.addMantelzorgcheck(actor, id, m));
            return saved(id, correctie, "mantelzorgcheck.toegevoegd", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page("dossier/mantelzorgcheck", stappen.overzicht(actor, id), form, correctie, model);
        }
    }

    @GetMapping("/dossiers/{id}/medewerker")
    String medewerker(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID corrigeer,
            Model model) {
        DossierStappen.Overzicht overzicht = stappen.overzicht(actor, id);
        if (!overzicht.medewerkerRouteMogelijk()) {
            throw new NotFoundException("medewerkerroute");
        }
        MedewerkerRouteForm form = Corrections.prefill(
                overzicht.dossier(),
                corrigeer,
                MedewerkerRoute.class,
                MedewerkerRouteForm::of,
                MedewerkerRouteForm.empty());
        return page("dossier/medewerker", overzicht, form, Correctie.of(corrigeer), model);
    }

    @PostMapping("/dossiers/{id}/medewerker")
    String addMedewerker(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") MedewerkerRouteForm form,
            @ModelAttribute("correctie") Correctie correctie,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            corrections.save(
                    correctie,
                    () -> MedewerkerRoute.of(
                            date(form.houderGeinformeerd()),
                            date(form.inspecteurGeraadpleegd()),
                            text(form.inspecteurAdvies()),
                            yesNo(form.aangifte()),
                            date(form.aangifteDatum()),
                            stappen.today()),
                    r -> stappen.addMedewerkerRoute(actor, id, r),
                    (entry, r, reason) -> stappen.correctMedewerkerRoute(actor, id, entry, r, reason));
            return saved(id, correctie, "medewerker.toegevoegd", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page("dossier/medewerker", stappen.overzicht(actor, id), form, correctie, model);
        }
    }

    @GetMapping("/dossiers/{id}/kinddossier")
    String kinddossier(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return kinddossierPage(dossier(actor, id), BetrokkeneForm.empty(), model);
    }

    @PostMapping("/dossiers/{id}/kinddossier")
    String openKinddossier(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") BetrokkeneForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            UUID child = stappen.openChildDossier(actor, id, text(form.naam()), date(form.geboortedatum()));
            redirect.addFlashAttribute("melding", "kinddossier.geopend");
            return "redirect:/dossiers/" + child;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return kinddossierPage(dossier(actor, id), form, model);
        }
    }

    private DossierView dossier(Actor actor, UUID id) {
        return stappen.overzicht(actor, id).dossier();
    }

    /**
     * A step's page. The questions that fit the person the dossier is about are decided by the domain from their
     * stage of life: the kindcheck's {@code vragen}, whether the mantelzorgcheck {@code past}, and the
     * {@code gesprekspartner} the labels of the gesprek name. The {@code instructies} are what the meldprotocol the
     * dossier runs under says (the kindcheck's and the mantelzorgcheck's instruction, the colleague route).
     */
    private String page(
            String template, DossierStappen.Overzicht overzicht, Object form, Correctie correctie, Model model) {
        DossierView dossier = overzicht.dossier();
        Betrokkene.Levensfase levensfase = dossier.levensfase(stappen.today());
        model.addAttribute("instructies", overzicht.instructies());
        model.addAttribute("vragen", Kindcheck.Vragen.voor(levensfase));
        model.addAttribute("past", Mantelzorgcheck.pastBij(levensfase));
        model.addAttribute("gesprekspartner", Gesprek.Gesprekspartner.voor(levensfase));
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", form);
        model.addAttribute("correctie", correctie);
        model.addAttribute("vandaag", stappen.today().toString());
        return template;
    }

    private String kinddossierPage(DossierView bron, BetrokkeneForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("bron", bron);
        return "dossier/new";
    }

    private static String saved(UUID id, Correctie correctie, String melding, RedirectAttributes redirect) {
        redirect.addFlashAttribute("melding", correctie.isCorrection() ? "correctie.opgeslagen" : melding);
        return "redirect:/dossiers/" + id;
    }
}
