package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.VoorwaardenEnVervolg;
import nl.schakel.veiligthuis.ZaakView;
import nl.schakel.veiligthuis.domain.Afspraak;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.domain.VoorwaardeWijziging;
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
 * The pages of voorwaarden en vervolg: the veiligheidsvoorwaarden with their history and a form for a new one, a
 * proposed change (never an edit in place), the gedragswetenschapper's review of the changes, the afspraken, and the
 * move to the overdracht. After each step the worker lands on the case with a notice.
 */
@Controller
class VoorwaardenController {

    private final VeiligThuisManagement veiligThuis;
    private final VoorwaardenEnVervolg vv;

    VoorwaardenController(VeiligThuisManagement veiligThuis, VoorwaardenEnVervolg vv) {
        this.veiligThuis = veiligThuis;
        this.vv = vv;
    }

    @GetMapping("/veilig-thuis/zaken/{id}/voorwaarden")
    String voorwaardenPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return voorwaardenPage(veiligThuis.zaak(actor, id), VoorwaardeForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/voorwaarden")
    String stelVast(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") VoorwaardeForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vv.stelVast(
                    actor,
                    id,
                    Veiligheidsvoorwaarde.of(
                            FormValues.text(form.tekst()),
                            FormValues.text(form.betreft()),
                            FormValues.text(form.controle())));
            return NaarZaak.met(id, "vv.vastgesteld", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return voorwaardenPage(vv.vastleggen(actor, id), form, model);
        }
    }

    @PostMapping("/veilig-thuis/zaken/{id}/naar-overdracht")
    String naarOverdracht(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vv.naarOverdracht(actor, id);
            return NaarZaak.met(id, "vv.naaroverdracht.gedaan", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return voorwaardenPage(vv.vastleggen(actor, id), VoorwaardeForm.empty(), model);
        }
    }

    private String voorwaardenPage(ZaakView zaak, VoorwaardeForm form, Model model) {
        model.addAttribute("zaak", zaak);
        model.addAttribute("voorwaarden", Veiligheidsvoorwaarden.van(zaak.journal()));
        model.addAttribute("form", form);
        return "veiligthuis/voorwaarden";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/voorwaarden/{voorwaarde}/wijziging")
    String wijzigingPage(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID voorwaarde, Model model) {
        ZaakView zaak = vv.vastleggen(actor, id);
        var geldend = geldend(zaak, voorwaarde);
        return wijzigingPage(
                zaak,
                voorwaarde,
                new VoorwaardeForm(geldend.tekst(), geldend.betreft(), geldend.controle(), null),
                model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/voorwaarden/{voorwaarde}/wijziging")
    String stelWijzigingVoor(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID voorwaarde,
            @ModelAttribute("form") VoorwaardeForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vv.stelWijzigingVoor(
                    actor,
                    id,
                    VoorwaardeWijziging.of(
                            voorwaarde,
                            FormValues.text(form.tekst()),
                            FormValues.text(form.betreft()),
                            FormValues.text(form.controle()),
                            FormValues.text(form.reden())));
            return NaarZaak.met(id, "vv.wijziging.voorgesteld", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            ZaakView zaak = vv.vastleggen(actor, id);
            geldend(zaak, voorwaarde);
            return wijzigingPage(zaak, voorwaarde, form, model);
        }
    }

    private String wijzigingPage(ZaakView zaak, UUID voorwaarde, VoorwaardeForm form, Model model) {
        Veiligheidsvoorwaarden voorwaarden = Veiligheidsvoorwaarden.van(zaak.journal());
        model.addAttribute("zaak", zaak);
        model.addAttribute("voorwaarden", voorwaarden);
        model.addAttribute("voorwaarde", voorwaarden.voorwaarde(voorwaarde).orElseThrow());
        model.addAttribute("form", form);
        return "veiligthuis/voorwaardewijziging";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/voorwaarden/beoordeling")
    String beoordelingPage(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(name = "wijziging", required = false) @Nullable String wijziging,
            Model model) {
        return beoordelingPage(vv.beoordelen(actor, id), new WijzigingBeoordelingForm(wijziging, null, null), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/voorwaarden/beoordeling")
    String beoordeel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") WijzigingBeoordelingForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Boolean goedgekeurd = FormValues.yesNo(form.goedgekeurd());
            vv.beoordeelWijziging(
                    actor, id, wijziging(form.wijziging()), goedgekeurd, FormValues.text(form.toelichting()));
            return NaarZaak.met(
                    id,
                    Boolean.TRUE.equals(goedgekeurd) ? "vv.beoordeling.goedgekeurd" : "vv.beoordeling.afgewezen",
                    redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return beoordelingPage(vv.beoordelen(actor, id), form, model);
        }
    }

    private String beoordelingPage(ZaakView zaak, WijzigingBeoordelingForm form, Model model) {
        model.addAttribute("zaak", zaak);
        model.addAttribute("voorwaarden", Veiligheidsvoorwaarden.van(zaak.journal()));
        model.addAttribute("form", form);
        return "veiligthuis/voorwaardenbeoordeling";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/afspraken")
    String afsprakenPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return afsprakenPage(vv.vastleggen(actor, id), AfspraakForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/afspraken")
    String legAfspraakVast(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") AfspraakForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            vv.legAfspraakVast(
                    actor,
                    id,
                    Afspraak.of(
                            FormValues.text(form.wie()),
                            FormValues.text(form.wat()),
                            FormValues.text(form.totWanneer()),
                            vv.vandaag()));
            return NaarZaak.met(id, "vv.afspraak.vastgelegd.melding", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return afsprakenPage(vv.vastleggen(actor, id), form, model);
        }
    }

    private String afsprakenPage(ZaakView zaak, AfspraakForm form, Model model) {
        model.addAttribute("zaak", zaak);
        model.addAttribute("form", form);
        return "veiligthuis/afspraken";
    }

    private static String naarZaak(UUID id, String melding, RedirectAttributes redirect) {
        return NaarZaak.met(id, melding, redirect);
    }

    /** The wording in force of a voorwaarde of this case; another id is "not found". */
    private static Veiligheidsvoorwaarden.Versie geldend(ZaakView zaak, UUID voorwaarde) {
        return Veiligheidsvoorwaarden.van(zaak.journal())
                .voorwaarde(voorwaarde)
                .orElseThrow(() -> new NotFoundException("veiligheidsvoorwaarde"))
                .geldend();
    }

    private static UUID wijziging(@Nullable String id) {
        try {
            return UUID.fromString(FormValues.text(id).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("", "voorwaarde.fout.geenwijziging");
        }
    }
}
