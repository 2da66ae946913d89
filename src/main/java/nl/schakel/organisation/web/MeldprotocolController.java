package nl.schakel.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.schakel.organisation.Codelijsten;
import nl.schakel.organisation.Meldprotocol;
import nl.schakel.organisation.MeldprotocolVersie;
import nl.schakel.organisation.Meldprotocollen;
import nl.schakel.organisation.Scholingsregister;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.PdfRenderer;
import nl.schakel.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meldprotocol pages: the version in force and the list of versions, an older version, the form for a new
 * version (starting from the newest), and the generated PDF. The facade decides who may do what and logs it.
 */
@Controller
class MeldprotocolController {

    private static final String OVERZICHT = "/beheer/meldprotocol";

    private final Meldprotocollen meldprotocollen;
    private final Codelijsten codelijsten;
    private final PdfRenderer pdf;
    private final Scholingsregister scholingsregister;

    MeldprotocolController(
            Meldprotocollen meldprotocollen,
            Codelijsten codelijsten,
            PdfRenderer pdf,
            Scholingsregister scholingsregister) {
        this.meldprotocollen = meldprotocollen;
        this.codelijsten = codelijsten;
        this.pdf = pdf;
        this.scholingsregister = scholingsregister;
    }

    @GetMapping(OVERZICHT)
    String overzicht(@AuthenticationPrincipal Actor actor, Model model) {
        Optional<MeldprotocolVersie> vanKracht = meldprotocollen.vanKracht(actor);
        boolean beheert = beheert(actor);
        model.addAttribute("vanKracht", vanKracht.orElse(null));
        model.addAttribute("versies", beheert ? meldprotocollen.versies(actor) : List.of());
        model.addAttribute("beheert", beheert);
        model.addAttribute("w", weergave(actor));
        return "organisation/meldprotocol";
    }

    @GetMapping(OVERZICHT + "/versies/{versie}")
    String versie(@AuthenticationPrincipal Actor actor, @PathVariable int versie, Model model) {
        MeldprotocolVersie v = meldprotocollen.versie(actor, versie);
        model.addAttribute("versie", v);
        model.addAttribute(
                "vanKracht",
                meldprotocollen
                        .vanKracht(Objects.requireNonNull(actor.tenantId()))
                        .orElse(null));
        model.addAttribute("w", weergave(actor));
        return "organisation/meldprotocolversie";
    }

    @GetMapping(OVERZICHT + "/versies/{versie}/meldprotocol.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Actor actor, @PathVariable int versie, Model model) {
        Object ui = Objects.requireNonNull(model.getAttribute("ui"));
        MeldprotocolVersie v = meldprotocollen.voorDocument(actor, versie);
        byte[] document =
                pdf.render("organisation/meldprotocolpdf.jte", Map.of("ui", ui, "versie", v, "w", weergave(actor)));
        return PdfRenderer.download(document, "meldprotocol-versie-" + v.versie() + ".pdf");
    }

    @GetMapping(OVERZICHT + "/nieuw")
    String nieuw(@AuthenticationPrincipal Actor actor, Model model) {
        return formulier(actor, meldprotocollen.concept(actor), model);
    }

    @PostMapping(OVERZICHT + "/nieuw")
    String legVast(
            @AuthenticationPrincipal Actor actor,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        meldprotocollen.concept(actor);
        MeldprotocolWeergave w = weergave(actor);
        MeldprotocolFormulier formulier = new MeldprotocolFormulier(form);
        Meldprotocol inhoud;
        try {
            inhoud = formulier.lees(w, codelijsten.vormenVanGeweld());
        } catch (MeldprotocolFormulier.Onleesbaar e) {
            FormErrors.put(request, e.fouten);
            return formulier(actor, e.inhoud, model);
        }
        try {
            MeldprotocolVersie v = meldprotocollen.legVast(actor, inhoud);
            redirect.addFlashAttribute("melding", "meldprotocol.opgeslagen");
            return "redirect:" + OVERZICHT + "/versies/" + v.versie();
        } catch (InvalidInputException e) {
            FormErrors.put(request, formulier.opFormulierRijen(e));
            return formulier(actor, inhoud, model);
        }
    }

    private String formulier(Actor actor, Meldprotocol inhoud, Model model) {
        model.addAttribute("p", inhoud);
        model.addAttribute("w", weergave(actor));
        model.addAttribute("vormen", codelijsten.vormenVanGeweld());
        return "organisation/meldprotocolformulier";
    }

    private MeldprotocolWeergave weergave(Actor actor) {
        return new MeldprotocolWeergave(meldprotocollen.deelnemers(actor), codelijsten.alleCodes(), scholingsregister);
    }

    private static boolean beheert(Actor actor) {
        return actor.hasRole(Role.BEHEERDER) || actor.hasRole(Role.AANDACHTSFUNCTIONARIS);
    }
}
