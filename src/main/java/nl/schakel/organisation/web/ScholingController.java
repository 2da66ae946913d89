package nl.schakel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.organisation.ScholingSoort;
import nl.schakel.organisation.Scholingsregister;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training register's pages (ADR-0033): the overview of who is due and the refresh intervals
 * ({@code /beheer/scholing}, beheerder and aandachtsfunctionaris; intervals beheerder only), one member's trainings
 * with the form to record one ({@code /beheer/scholing/leden/{id}}), the member's own trainings ({@code /scholing}) (the e-mail
 * address is entered on the members page, {@code BeheerController}).
 */
@Controller
class ScholingController {

    private static final String PAGE = "/beheer/scholing";

    private final Scholingsregister register;

    ScholingController(Scholingsregister register) {
        this.register = register;
    }

    @GetMapping(PAGE)
    String overview(@AuthenticationPrincipal Actor actor, Model model) {
        return overviewPage(actor, "", "", model);
    }

    @PostMapping(PAGE + "/intervallen")
    String interval(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String rol,
            @RequestParam(defaultValue = "") String maanden,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            register.zetInterval(actor, FormValues.option(Role.class, rol), FormValues.number(maanden));
            redirect.addFlashAttribute("melding", "scholing.interval.gewijzigd");
            return "redirect:" + PAGE;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return overviewPage(actor, rol, maanden, model);
        }
    }

    @GetMapping(PAGE + "/leden/{id}")
    String member(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return memberPage(actor, new UserId(id), "", "", "", model);
    }

    @PostMapping(PAGE + "/leden/{id}")
    String record(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String soort,
            @RequestParam(defaultValue = "") String datum,
            @RequestParam(defaultValue = "") String omschrijving,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            register.registreer(
                    actor,
                    new UserId(id),
                    FormValues.option(ScholingSoort.class, soort),
                    FormValues.date(datum),
                    omschrijving);
            redirect.addFlashAttribute("melding", "scholing.toegevoegd");
            return "redirect:" + PAGE + "/leden/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return memberPage(actor, new UserId(id), soort, datum, omschrijving, model);
        }
    }

    @PostMapping(PAGE + "/{scholing}/intrekken")
    String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable UUID scholing, RedirectAttributes redirect) {
        UserId member = register.trekIn(actor, scholing);
        redirect.addFlashAttribute("melding", "scholing.ingetrokken");
        return "redirect:" + PAGE + "/leden/" + member;
    }

    @GetMapping("/scholing")
    String own(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("lid", register.eigen(actor));
        return "organisation/scholing-eigen";
    }

    private String overviewPage(Actor actor, String rol, String maanden, Model model) {
        model.addAttribute("overzicht", register.overzicht(actor));
        model.addAttribute("emailAan", register.emailAan());
        model.addAttribute("rol", rol);
        model.addAttribute("maanden", maanden);
        return "organisation/scholing";
    }

    private String memberPage(
            Actor actor, UserId member, String soort, String datum, String omschrijving, Model model) {
        model.addAttribute("lid", register.vanLid(actor, member));
        model.addAttribute("soort", soort);
        model.addAttribute("datum", datum);
        model.addAttribute("omschrijving", omschrijving);
        return "organisation/scholing-lid";
    }
}
