package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.date;
import static nl.schakel.shared.FormValues.option;
import static nl.schakel.shared.FormValues.text;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.DossierView;
import nl.schakel.dossier.NewConsultatie;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.TerugkoppelingManagement;
import nl.schakel.dossier.ToewijzingManagement;
import nl.schakel.dossier.VirManagement;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.organisation.Codelijsten;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
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

/** The professional's dossiers: the list, opening one, one dossier with its journal, and adding a
 * signaal or a collegiale consultatie, or correcting one (with {@code ?corrigeer=<entry>}). */
@Controller
class DossierController {

    /** The value of the second submit button of the signaal form: save, then an empty form for the next signaal. */
    static final String NOG_EEN = "nogeen";

    private final DossierManagement dossiers;
    private final DossierStappen stappen;
    private final Corrections corrections;
    private final VirManagement vir;
    private final AfwegingManagement afwegingen;
    private final Codelijsten codelijsten;
    private final TerugkoppelingManagement terugkoppelingen;
    private final ToewijzingManagement toewijzingen;

    DossierController(
            DossierManagement dossiers,
            DossierStappen stappen,
            Corrections corrections,
            VirManagement vir,
            AfwegingManagement afwegingen,
            Codelijsten codelijsten,
            TerugkoppelingManagement terugkoppelingen,
            ToewijzingManagement toewijzingen) {
        this.terugkoppelingen = terugkoppelingen;
        this.toewijzingen = toewijzingen;
        this.dossiers = dossiers;
        this.stappen = stappen;
        this.corrections = corrections;
        this.vir = vir;
        this.afwegingen = afwegingen;
        this.codelijsten = codelijsten;
    }

    @GetMapping("/dossiers")
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(name = "pagina", required = false) @Nullable String pagina,
            Model model) {
        model.addAttribute("dossiers", dossiers.myDossiers(actor, Paginering.van(pagina)));
        model.addAttribute(
                "herinneringen",
                Stream.<Herinneringen>of(afwegingen, terugkoppelingen, toewijzingen)
                        .flatMap(h -> h.open(actor).stream())
                        .toList());
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
                            option(Relatie.class, form.relatie()))));
            redirect.addFlashAttribute("melding", "dossier.geopend");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return newDossierPage(form, model);
        }
    }

    @GetMapping("/dossiers/{id}")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        DossierStappen.Overzicht overzicht = stappen.overzicht(actor, id);
        DossierView view = overzicht.dossier();
        model.addAttribute("dossier", view);
        model.addAttribute("stappen", overzicht);
        model.addAttribute("virKandidaten", vir.candidates(view));
        model.addAttribute("codes", codelijsten.alleCodes());
        model.addAttribute("vtStatus", terugkoppelingen.vtStatus(view));
        model.addAttribute("nietAfgeleverd", terugkoppelingen.nietAfgeleverd(view));
        terugkoppelingen.gelezen(actor, view);
        toewijzingen.geopend(actor, view);
        return "dossier/show";
    }

    @GetMapping("/dossiers/{id}/betrokkenen")
    String newBetrokkene(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return betrokkenePage(dossiers.dossier(actor, id), BetrokkeneForm.empty(), model);
    }

    @PostMapping("/dossiers/{id}/betrokkenen")
    String addBetrokkene(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute BetrokkeneForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            dossiers.addBetrokkene(
                    actor,
                    id,
                    new NewBetrokkene(
                            text(form.naam()),
                            date(form.geboortedatum()),
                            text(form.bsn()),
                            option(Relatie.class, form.relatie())));
            redirect.addFlashAttribute("melding", "betrokkene.toegevoegd");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return betrokkenePage(dossiers.dossier(actor, id), form, model);
        }
    }

    private String betrokkenePage(DossierView dossier, BetrokkeneForm form, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", form);
        return "dossier/betrokkene";
    }

    @GetMapping("/dossiers/{id}/signalen")
    String newSignaal(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID corrigeer,
            Model model) {
        DossierView dossier = dossiers.dossier(actor, id);
        SignaalForm form = Corrections.prefill(dossier, corrigeer, Signaal.class, SignaalForm::of, SignaalForm.empty());
        return signaalPage(dossier, form, Correctie.of(corrigeer), model);
    }

    @PostMapping("/dossiers/{id}/signalen")
    String addSignaal(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") SignaalForm form,
            @ModelAttribute("correctie") Correctie correctie,
            @RequestParam(required = false) @Nullable String daarna,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            NewSignaal signaal = new NewSignaal(
                    date(form.datum()),
                    text(form.waarneming()),
                    option(SignaalSoort.class, form.soort()),
                    text(form.bron()),
                    Set.of(),
                    "ja".equals(form.disclosure()),
                    form.vormen() == null ? Set.of() : new LinkedHashSet<>(form.vormen()));
            corrections.save(
                    actor,
                    id,
                    correctie,
                    () -> dossiers.checked(signaal),
                    s -> dossiers.addSignaal(actor, id, signaal));
            if (NOG_EEN.equals(daarna) && !correctie.isCorrection()) {
                redirect.addFlashAttribute("melding", "signaal.toegevoegd.nogeen");
                return "redirect:/dossiers/" + id + "/signalen";
            }
            redirect.addFlashAttribute(
                    "melding", correctie.isCorrection() ? "correctie.opgeslagen" : "signaal.toegevoegd");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return signaalPage(dossiers.dossier(actor, id), form, correctie, model);
        }
    }

    @GetMapping("/dossiers/{id}/consultaties")
    String newConsultatie(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID corrigeer,
            Model model) {
        DossierView dossier = dossiers.dossier(actor, id);
        CollegialeConsultatie.Voorstel voorstel = dossiers.consultatieVoorstel(actor);
        ConsultatieForm form = Corrections.prefill(
                dossier, corrigeer, CollegialeConsultatie.class, ConsultatieForm::of, ConsultatieForm.of(voorstel));
        return consultatiePage(dossier, form, Correctie.of(corrigeer), voorstel, model);
    }

    @PostMapping("/dossiers/{id}/consultaties")
    String addConsultatie(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") ConsultatieForm form,
            @ModelAttribute("correctie") Correctie correctie,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            NewConsultatie consultatie = new NewConsultatie(
                    date(form.datum()),
                    option(ConsultatieMet.class, form.met()),
                    text(form.persoon()),
                    text(form.advies()));
            corrections.save(
                    actor,
                    id,
                    correctie,
                    () -> CollegialeConsultatie.of(
                            consultatie.datum(),
                            consultatie.met(),
                            consultatie.persoon(),
                            consultatie.advies(),
                            dossiers.today()),
                    c -> dossiers.addConsultatie(actor, id, consultatie));
            redirect.addFlashAttribute(
                    "melding", correctie.isCorrection() ? "correctie.opgeslagen" : "consultatie.toegevoegd");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return consultatiePage(
                    dossiers.dossier(actor, id), form, correctie, dossiers.consultatieVoorstel(actor), model);
        }
    }

    private String consultatiePage(
            DossierView dossier,
            ConsultatieForm form,
            Correctie correctie,
            CollegialeConsultatie.Voorstel voorstel,
            Model model) {
        model.addAttribute("voorstel", voorstel);
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", form);
        model.addAttribute("correctie", correctie);
        model.addAttribute("vandaag", dossiers.today().toString());
        return "dossier/consultatie";
    }

    private String newDossierPage(BetrokkeneForm form, Model model) {
        model.addAttribute("form", form);
        return "dossier/new";
    }

    private String signaalPage(DossierView dossier, SignaalForm form, Correctie correctie, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", form);
        model.addAttribute("correctie", correctie);
        model.addAttribute("vandaag", dossiers.today().toString());
        model.addAttribute("vormen", codelijsten.vormenVanGeweld());
        return "dossier/signaal";
    }
}
