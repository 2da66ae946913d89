package nl.schakel.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.DossierView;
import nl.schakel.dossier.NewConsultatie;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.VirManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The professional's dossiers: the list, opening one, one dossier with its journal, and adding a
 * signaal or a collegiale consultatie. */
@Controller
class DossierController {

    private final DossierManagement dossiers;
    private final VirManagement vir;
    private final AfwegingManagement afwegingen;

    DossierController(DossierManagement dossiers, VirManagement vir, AfwegingManagement afwegingen) {
        this.dossiers = dossiers;
        this.vir = vir;
        this.afwegingen = afwegingen;
    }

    @GetMapping("/dossiers")
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("dossiers", dossiers.myDossiers(actor));
        model.addAttribute("herinneringen", afwegingen.open(actor));
        return "dossier/list";
    }

    @GetMapping("/dossiers/nieuw")
    String newDossier(Model model) {
        return newDossierPage(BetrokkeneForm.empty(), model);
    }

    @PostMapping("/dossiers/nieuw")
    String open(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute BetrokkeneForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            UUID id = dossiers.open(
                    actor,
                    List.of(new NewBetrokkene(
                            text(form.naam()),
                            date(form.geboortedatum()),
                            text(form.bsn()),
                            option(Relatie.class, form.relatie()).orElse(null))));
            redirect.addFlashAttribute("melding", "dossier.geopend");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return newDossierPage(form, model);
        }
    }

    @GetMapping("/dossiers/{id}")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        DossierView view = dossiers.dossier(actor, id);
        model.addAttribute("dossier", view);
        model.addAttribute("virKandidaten", vir.candidates(view));
        return "dossier/show";
    }

    @GetMapping("/dossiers/{id}/signalen")
    String newSignaal(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return signaalPage(actor, id, SignaalForm.empty(), model);
    }

    @PostMapping("/dossiers/{id}/signalen")
    String addSignaal(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute SignaalForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Set<VormVanGeweld> vormen = EnumSet.noneOf(VormVanGeweld.class);
            if (form.vormen() != null) {
                form.vormen().forEach(v -> option(VormVanGeweld.class, v).ifPresent(vormen::add));
            }
            dossiers.addSignaal(
                    actor,
                    id,
                    new NewSignaal(
                            date(form.datum()),
                            text(form.waarneming()),
                            option(SignaalSoort.class, form.soort()).orElse(null),
                            text(form.bron()),
                            vormen,
                            "ja".equals(form.disclosure())));
            redirect.addFlashAttribute("melding", "signaal.toegevoegd");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return signaalPage(actor, id, form, model);
        }
    }

    @GetMapping("/dossiers/{id}/consultaties")
    String newConsultatie(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return consultatiePage(actor, id, ConsultatieForm.empty(), model);
    }

    @PostMapping("/dossiers/{id}/consultaties")
    String addConsultatie(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute ConsultatieForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            dossiers.addConsultatie(
                    actor,
                    id,
                    new NewConsultatie(
                            date(form.datum()),
                            option(ConsultatieMet.class, form.met()).orElse(null),
                            text(form.persoon()),
                            text(form.advies())));
            redirect.addFlashAttribute("melding", "consultatie.toegevoegd");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return consultatiePage(actor, id, form, model);
        }
    }

    private String consultatiePage(Actor actor, UUID id, ConsultatieForm form, Model model) {
        model.addAttribute("dossier", dossiers.dossier(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("vandaag", dossiers.today().toString());
        return "dossier/consultatie";
    }

    private String newDossierPage(BetrokkeneForm form, Model model) {
        model.addAttribute("form", form);
        return "dossier/new";
    }

    private String signaalPage(Actor actor, UUID id, SignaalForm form, Model model) {
        model.addAttribute("dossier", dossiers.dossier(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("vandaag", dossiers.today().toString());
        return "dossier/signaal";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> option(Class<E> type, @Nullable String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst();
    }
}
