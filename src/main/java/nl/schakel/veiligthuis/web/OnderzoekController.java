package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.Onderzoek;
import nl.schakel.veiligthuis.OnderzoekInvoer;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.domain.OnderzoekRapport;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The onderzoek of a case (its report, and its end with a follow-up or the end of involvement) and the verzoek aan de
 * Raad voor de Kinderbescherming with the Raad's answer. After each step the worker lands on the case with a notice;
 * a teamleider is refused the pages (403, logged).
 */
@Controller
class OnderzoekController {

    private static final String NIET_ONDERZOCHT = "NIET_ONDERZOCHT";

    private final VeiligThuisManagement veiligThuis;
    private final Onderzoek onderzoek;

    OnderzoekController(VeiligThuisManagement veiligThuis, Onderzoek onderzoek) {
        this.veiligThuis = veiligThuis;
        this.onderzoek = onderzoek;
    }

    @GetMapping("/veilig-thuis/zaken/{id}/onderzoek")
    String onderzoekPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return page(actor, id, "veiligthuis/onderzoek", Map.of(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/onderzoek")
    String rapporteer(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        return stap(
                actor,
                id,
                "veiligthuis/onderzoek",
                form,
                request,
                redirect,
                model,
                "onderzoek.rapport.opgeslagen",
                () -> onderzoek.rapporteer(actor, id, invoer(form)));
    }

    @PostMapping("/veilig-thuis/zaken/{id}/onderzoek/afronding")
    String rondAf(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        String vervolg = form.get("vervolg");
        return stap(
                actor,
                id,
                "veiligthuis/onderzoek",
                form,
                request,
                redirect,
                model,
                "onderzoek.afronding.opgeslagen",
                () -> onderzoek.rondAf(
                        actor,
                        id,
                        "VERVOLG".equals(vervolg) ? Boolean.TRUE : "EINDE".equals(vervolg) ? Boolean.FALSE : null,
                        FormValues.text(form.get("toelichting"))));
    }

    @GetMapping("/veilig-thuis/zaken/{id}/raad")
    String raadPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return page(actor, id, "veiligthuis/raad", Map.of(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/raad")
    String vraagRaad(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        return stap(
                actor,
                id,
                "veiligthuis/raad",
                form,
                request,
                redirect,
                model,
                "raad.verzoek.opgeslagen",
                () -> onderzoek.vraagRaad(
                        actor, id, FormValues.text(form.get("reden")), FormValues.date(form.get("datum"))));
    }

    @PostMapping("/veilig-thuis/zaken/{id}/raad/antwoord")
    String antwoordRaad(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        return stap(
                actor,
                id,
                "veiligthuis/raad",
                form,
                request,
                redirect,
                model,
                "raad.antwoord.opgeslagen",
                () -> onderzoek.antwoordRaad(
                        actor,
                        id,
                        FormValues.date(form.get("antwoordDatum")),
                        FormValues.yesNo(form.get("onderzoekt")),
                        FormValues.text(form.get("toelichting"))));
    }

    /** The report as filled in: per form of violence its outcome ("niet onderzocht" is none) and reasoning. */
    private static OnderzoekInvoer invoer(Map<String, String> form) {
        List<OnderzoekRapport.BevindingInvoer> bevindingen = new ArrayList<>();
        for (VormVanGeweld vorm : VormVanGeweld.values()) {
            String uitkomst = form.get(OnderzoekRapport.uitkomstVeld(vorm));
            bevindingen.add(new OnderzoekRapport.BevindingInvoer(
                    vorm,
                    NIET_ONDERZOCHT.equals(uitkomst)
                            ? null
                            : FormValues.option(OnderzoekRapport.Uitkomst.class, uitkomst),
                    FormValues.text(form.get(OnderzoekRapport.onderbouwingVeld(vorm)))));
        }
        return new OnderzoekInvoer(
                bevindingen,
                Arrays.asList(FormValues.text(form.get("informatieOpgevraagd")).split("\\R")),
                FormValues.yesNo(form.get("geinformeerd")),
                FormValues.date(form.get("geinformeerdOp")),
                FormValues.text(form.get("nietGeinformeerdReden")),
                FormValues.yesNo(form.get("voortijdig")),
                FormValues.text(form.get("voortijdigReden")),
                FormValues.text(form.get("conclusie")));
    }

    private String stap(
            Actor actor,
            UUID id,
            String view,
            Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model,
            String melding,
            Runnable actie) {
        try {
            actie.run();
            return NaarZaak.met(id, melding, redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, id, view, form, model);
        }
    }

    private String page(Actor actor, UUID id, String view, Map<String, String> form, Model model) {
        onderzoek.magVastleggen(actor, id);
        Map<String, String> waarden = new LinkedHashMap<>(form);
        waarden.remove("_csrf");
        model.addAttribute("zaak", veiligThuis.zaak(actor, id));
        model.addAttribute("waarden", waarden);
        return view;
    }
}
