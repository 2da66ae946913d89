package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.veiligthuis.MonitoringManagement;
import nl.schakel.veiligthuis.domain.Monitoringsmoment;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.AntwoordInvoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate;
import nl.schakel.veiligthuis.domain.VoorwaardeStatus;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Monitoring's pages: the planned moments with the form of a monitoring moment, an extra moment, the new
 * veiligheidsbeoordeling after a vervolgmelding, the proposed conclusion that safety is stable and its judgement by a
 * second person. After each step the worker lands on the case with the result shown.
 */
@Controller
class MonitoringController {

    private final MonitoringManagement monitoring;

    MonitoringController(MonitoringManagement monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/veilig-thuis/zaken/{id}/monitoring")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return page(actor, id, Map.of(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/monitoring")
    String moment(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        var view = monitoring.bekijk(actor, id);
        try {
            monitoring.legVast(actor, id, invoer(form, view));
            return NaarZaak.met(id, "monitoring.moment.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return page(actor, id, form, model);
        }
    }

    @PostMapping("/veilig-thuis/zaken/{id}/monitoring/plan")
    String plan(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            monitoring.planMoment(
                    actor, id, FormValues.date(form.get("planDatum")), FormValues.text(form.get("planReden")));
            return NaarZaak.met(id, "monitoring.plan.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, hernoem(e, Map.of("datum", "planDatum", "reden", "planReden")));
            return page(actor, id, form, model);
        }
    }

    @PostMapping("/veilig-thuis/zaken/{id}/monitoring/nieuwe-veiligheidsbeoordeling")
    String nieuweVeiligheidsbeoordeling(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            monitoring.nieuweVeiligheidsbeoordeling(actor, id, FormValues.text(form.get("vbReden")));
            return NaarZaak.met(id, "monitoring.nieuwevb.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, hernoem(e, Map.of("reden", "vbReden")));
            return page(actor, id, form, model);
        }
    }

    @GetMapping("/veilig-thuis/zaken/{id}/monitoring/conclusie")
    String conclusiePage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return conclusiePage(actor, id, "", model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/monitoring/conclusie")
    String conclusie(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(name = "motivering", required = false) String motivering,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            monitoring.stelConclusieVoor(actor, id, FormValues.text(motivering));
            return NaarZaak.met(id, "monitoring.conclusie.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return conclusiePage(actor, id, FormValues.text(motivering), model);
        }
    }

    private String conclusiePage(Actor actor, UUID id, String motivering, Model model) {
        model.addAttribute("view", monitoring.bekijk(actor, id));
        model.addAttribute("motivering", motivering);
        return "veiligthuis/monitoring/conclusie";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/monitoring/beoordeling")
    String beoordelingPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return beoordelingPage(actor, id, BeoordelingForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/monitoring/beoordeling")
    String beoordeling(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.ModelAttribute("form") BeoordelingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            ZaakStatus na = monitoring.beoordeelConclusie(
                    actor, id, FormValues.yesNo(form.goedgekeurd()), FormValues.text(form.toelichting()));
            return NaarZaak.met(
                    id,
                    na == ZaakStatus.AFGESLOTEN
                            ? "monitoring.beoordeling.afgesloten"
                            : "monitoring.beoordeling.afgewezen",
                    redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return beoordelingPage(actor, id, form, model);
        }
    }

    private String beoordelingPage(Actor actor, UUID id, BeoordelingForm form, Model model) {
        model.addAttribute("view", monitoring.bekijk(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/monitoring/beoordeling";
    }

    private String page(Actor actor, UUID id, Map<String, String> form, Model model) {
        model.addAttribute("view", monitoring.bekijk(actor, id));
        model.addAttribute("form", form);
        return "veiligthuis/monitoring/pagina";
    }

    /** The monitoring moment as the form has it, one answer per directbetrokkene and per voorwaarde in force. */
    private static Monitoringsmoment.Invoer invoer(Map<String, String> form, MonitoringManagement.MonitoringView view) {
        List<Monitoringsmoment.GesprekInvoer> gesprekken = view.zaak().betrokkenen().stream()
                .map(b -> new Monitoringsmoment.GesprekInvoer(
                        b.id(),
                        FormValues.yesNo(form.get(Monitoringsmoment.gesprokenVeld(b.id()))),
                        FormValues.text(form.get(Monitoringsmoment.afspraakVeld(b.id())))))
                .toList();
        List<Monitoringsmoment.BevindingInvoer> bevindingen = view.voorwaarden().alle().stream()
                .map(v -> new Monitoringsmoment.BevindingInvoer(
                        v.id(),
                        FormValues.option(VoorwaardeStatus.class, form.get(Monitoringsmoment.statusVeld(v.id()))),
                        FormValues.text(form.get(Monitoringsmoment.onderbouwingVeld(v.id())))))
                .toList();
        return new Monitoringsmoment.Invoer(
                FormValues.date(form.get("datum")),
                FormValues.date(form.get("gepland")),
                gesprekken,
                FormValues.text(form.get("kindVertelt")),
                bevindingen,
                antwoord(form, "directeVeiligheid"),
                antwoord(form, "stabieleVeiligheid"),
                antwoord(form, "herstelgerichteZorg"));
    }

    private static AntwoordInvoer antwoord(Map<String, String> form, String vraag) {
        return new AntwoordInvoer(
                FormValues.option(Mate.class, form.get(vraag)), FormValues.text(form.get(vraag + "Toelichting")));
    }

    /** The same problems under the form's own field names, where one page has several forms. */
    private static InvalidInputException hernoem(InvalidInputException e, Map<String, String> namen) {
        Map<String, String> fouten = new java.util.LinkedHashMap<>();
        e.fieldErrors().forEach((veld, key) -> fouten.put(namen.getOrDefault(veld, veld), key));
        return new InvalidInputException(fouten);
    }
}
