package nl.schakel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.schakel.organisation.Gelijkstellingsregels;
import nl.schakel.organisation.Kalenderbeheer;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platformbeheerder's page of the working-day calendar (ADR-0017): the holidays and equated days of a year with
 * their source, the decrees, a new decree with its days, a day added to a decree, a mistaken day withdrawn, and the
 * history of every change.
 */
@Controller
class KalenderController {

    private static final String PAGE = "/platform/kalender";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final Kalenderbeheer kalenderbeheer;
    private final Clock clock;

    KalenderController(Kalenderbeheer kalenderbeheer, Clock clock) {
        this.kalenderbeheer = kalenderbeheer;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(
            @AuthenticationPrincipal Actor actor, @RequestParam(required = false) @Nullable String jaar, Model model) {
        return page(actor, jaar(jaar), BesluitForm.empty(), DagForm.empty(), IntrekkenForm.empty(), model);
    }

    @PostMapping(PAGE + "/besluiten")
    String addBesluit(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute("besluitForm") BesluitForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            kalenderbeheer.voegBesluitToe(
                    actor, Forms.text(form.naam()), Forms.text(form.vindplaats()), Forms.text(form.dagen()));
            redirect.addFlashAttribute("melding", "kalender.besluittoegevoegd");
            return "redirect:" + PAGE;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, vandaag().getYear(), form, DagForm.empty(), IntrekkenForm.empty(), model);
        }
    }

    @PostMapping(PAGE + "/dagen")
    String addDay(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute("dagForm") DagForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            UUID besluit = Forms.uuid(form.besluit())
                    .orElseThrow(() -> new InvalidInputException("besluit", "kalender.fout.besluit"));
            kalenderbeheer.voegDagToe(actor, besluit, Forms.text(form.dag()));
            redirect.addFlashAttribute("melding", "kalender.dagtoegevoegd");
            return "redirect:" + PAGE;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, vandaag().getYear(), BesluitForm.empty(), form, IntrekkenForm.empty(), model);
        }
    }

    @PostMapping(PAGE + "/intrekken")
    String withdraw(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute("intrekkenForm") IntrekkenForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            kalenderbeheer.trekDagIn(actor, Forms.text(form.keuze()), Forms.text(form.reden()));
            redirect.addFlashAttribute("melding", "kalender.ingetrokken");
            return "redirect:" + PAGE;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, vandaag().getYear(), BesluitForm.empty(), DagForm.empty(), form, model);
        }
    }

    private String page(
            Actor actor, int jaar, BesluitForm besluitForm, DagForm dagForm, IntrekkenForm intrekkenForm, Model model) {
        model.addAttribute("overzicht", kalenderbeheer.overzicht(actor, jaar));
        model.addAttribute("besluitForm", besluitForm);
        model.addAttribute("dagForm", dagForm);
        model.addAttribute("intrekkenForm", intrekkenForm);
        return "organisation/kalender";
    }

    /** The year asked for; this year when it is missing or not a year the law can apply to. */
    private int jaar(@Nullable String jaar) {
        Integer gevraagd = FormValues.number(jaar);
        return gevraagd == null
                        || gevraagd < Gelijkstellingsregels.EERSTE_JAAR
                        || gevraagd > Gelijkstellingsregels.LAATSTE_JAAR
                ? vandaag().getYear()
                : gevraagd;
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
    }
}
