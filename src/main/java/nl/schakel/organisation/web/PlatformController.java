package nl.schakel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.organisation.NewTenant;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.TenantKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platformbeheerder's page: the tenants, and a new tenant with its first beheerder. */
@Controller
class PlatformController {

    private final OrganisationManagement organisation;

    PlatformController(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/platform/organisaties")
    String tenants(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(name = "pagina", required = false) @Nullable String pagina,
            Model model) {
        return page(actor, TenantForm.empty(), Paginering.van(pagina), model);
    }

    @PostMapping("/platform/organisaties")
    String create(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute TenantForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            TenantKind kind = Forms.option(TenantKind.class, form.soort())
                    .orElseThrow(() -> new InvalidInputException("soort", "organisatie.fout.soort"));
            Set<Beroepscluster> clusters =
                    Objects.requireNonNullElse(form.beroepsclusters(), List.<String>of()).stream()
                            .map(c -> Forms.option(Beroepscluster.class, c))
                            .flatMap(java.util.Optional::stream)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> sectors = Arrays.stream(Forms.text(form.sectoren()).split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && s.length() <= 60)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            organisation.createTenant(
                    actor,
                    new NewTenant(
                            Forms.text(form.naam()),
                            kind,
                            sectors,
                            clusters,
                            Forms.text(form.gebruikersnaam()),
                            Forms.text(form.beheerderNaam()),
                            Forms.text(form.wachtwoord())));
            redirect.addFlashAttribute("melding", "organisatie.toegevoegd");
            return "redirect:/platform/organisaties";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, form, Paginering.eerste(), model);
        }
    }

    private String page(Actor actor, TenantForm form, Paginering pagina, Model model) {
        model.addAttribute("tenants", organisation.tenants(actor, pagina));
        model.addAttribute("form", form);
        return "organisation/tenants";
    }
}
