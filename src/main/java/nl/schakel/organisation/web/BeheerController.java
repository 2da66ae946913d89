package nl.schakel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.Colleagues;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.OrganisationManagement.NewMember;
import nl.schakel.organisation.Scholingsregister;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beheerder's pages: members (add, reset second factor, block) and teams of the own tenant. */
@Controller
class BeheerController {

    private final OrganisationManagement organisation;
    private final IdentityManagement identity;
    private final Colleagues colleagues;
    private final Scholingsregister scholing;

    BeheerController(
            OrganisationManagement organisation,
            IdentityManagement identity,
            Colleagues colleagues,
            Scholingsregister scholing) {
        this.organisation = organisation;
        this.identity = identity;
        this.colleagues = colleagues;
        this.scholing = scholing;
    }

    @GetMapping("/beheer/leden")
    String members(@AuthenticationPrincipal Actor actor, Model model) {
        return membersPage(actor, MemberForm.empty(), model);
    }

    @PostMapping("/beheer/leden")
    String addMember(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute MemberForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Role role = Forms.option(Role.class, form.rol())
                    .orElseThrow(() -> new InvalidInputException("rol", "lid.fout.rol"));
            TeamId team = Forms.uuid(form.team()).map(TeamId::new).orElse(null);
            Beroepscluster cluster =
                    Forms.option(Beroepscluster.class, form.beroepscluster()).orElse(null);
            organisation.addMember(
                    actor,
                    new NewMember(
                            Forms.text(form.gebruikersnaam()),
                            Forms.text(form.naam()),
                            Forms.text(form.wachtwoord()),
                            role,
                            team,
                            cluster));
            redirect.addFlashAttribute("melding", "lid.toegevoegd");
            return "redirect:/beheer/leden";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return membersPage(actor, form, model);
        }
    }

    @PostMapping("/beheer/leden/{id}/tweede-factor-herstellen")
    String resetSecondFactor(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reden,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            identity.resetSecondFactor(actor, new UserId(id), reden);
            redirect.addFlashAttribute("melding", "lid.tweedefactorhersteld");
            return "redirect:/beheer/leden";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            model.addAttribute("resetVoor", id.toString());
            return membersPage(actor, MemberForm.empty(), model);
        }
    }

    @PostMapping("/beheer/leden/{id}/wijzigen")
    String change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute MemberForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Role role = Forms.option(Role.class, form.rol())
                    .orElseThrow(() -> new InvalidInputException("rol", "lid.fout.rol"));
            organisation.changeMember(
                    actor,
                    new UserId(id),
                    role,
                    Forms.uuid(form.team()).map(TeamId::new).orElse(null),
                    Forms.option(Beroepscluster.class, form.beroepscluster()).orElse(null));
            redirect.addFlashAttribute("melding", "lid.gewijzigd");
            return "redirect:/beheer/leden";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            model.addAttribute("wijzigVoor", id.toString());
            return membersPage(actor, MemberForm.empty(), model);
        }
    }

    @PostMapping("/beheer/leden/{id}/blokkeren")
    String block(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            identity.setEnabled(actor, new UserId(id), false);
        } catch (InvalidInputException e) {
            // blocking oneself: the message on the page, not an error page
            FormErrors.put(request, e);
            return membersPage(actor, MemberForm.empty(), model);
        }
        redirect.addFlashAttribute("melding", "lid.geblokkeerd");
        return "redirect:/beheer/leden";
    }

    @PostMapping("/beheer/leden/{id}/deblokkeren")
    String unblock(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        identity.setEnabled(actor, new UserId(id), true);
        redirect.addFlashAttribute("melding", "lid.gedeblokkeerd");
        return "redirect:/beheer/leden";
    }

    @PostMapping("/beheer/leden/{id}/signaleren")
    String signalOnly(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String alleenSignaleren,
            RedirectAttributes redirect) {
        colleagues.setSignalOnly(actor, new UserId(id), "ja".equals(alleenSignaleren));
        redirect.addFlashAttribute("melding", "lid.signaleren.gewijzigd");
        return "redirect:/beheer/leden";
    }

    /** The member's e-mail address for the training reminders (ADR-0033); blank removes it. */
    @PostMapping("/beheer/leden/{id}/email")
    String email(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            scholing.zetEmail(actor, new UserId(id), email);
            redirect.addFlashAttribute("melding", "lid.email.gewijzigd");
            return "redirect:/beheer/leden";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            model.addAttribute("emailVoor", id.toString());
            model.addAttribute("emailWaarde", email);
            return membersPage(actor, MemberForm.empty(), model);
        }
    }

    @PostMapping("/beheer/signaleren/uitvoerder")
    String signalExecutor(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String uitvoerder,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            colleagues.setSignalExecutor(
                    actor, Forms.uuid(uitvoerder).map(UserId::new).orElse(null));
            redirect.addFlashAttribute("melding", "lid.uitvoerder.gewijzigd");
            return "redirect:/beheer/leden";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return membersPage(actor, MemberForm.empty(), model);
        }
    }

    @GetMapping("/beheer/teams")
    String teams(@AuthenticationPrincipal Actor actor, Model model) {
        return teamsPage(actor, "", model);
    }

    @PostMapping("/beheer/teams")
    String addTeam(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String naam,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            organisation.createTeam(actor, naam);
            redirect.addFlashAttribute("melding", "team.toegevoegd");
            return "redirect:/beheer/teams";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return teamsPage(actor, naam, model);
        }
    }

    private String membersPage(Actor actor, MemberForm form, Model model) {
        var tenant = organisation.ownTenant(actor);
        model.addAttribute("tenant", tenant);
        model.addAttribute("leden", organisation.members(actor));
        model.addAttribute("teams", organisation.teams(actor));
        model.addAttribute(
                "rollen",
                java.util.Arrays.stream(Role.values())
                        .filter(r -> r.fitsTenant(tenant.kind()))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("signaleerders", colleagues.signalOnlyMembers(tenant.id()));
        model.addAttribute("collegas", colleagues.of(tenant.id()));
        model.addAttribute("emails", scholing.emails(actor));
        model.addAttribute(
                "uitvoerder",
                colleagues
                        .signalExecutor(tenant.id())
                        .map(c -> c.userId().toString())
                        .orElse(""));
        return "organisation/members";
    }

    private String teamsPage(Actor actor, String naam, Model model) {
        model.addAttribute("tenant", organisation.ownTenant(actor));
        model.addAttribute("teams", organisation.teams(actor));
        model.addAttribute("naam", naam);
        return "organisation/teams";
    }
}
