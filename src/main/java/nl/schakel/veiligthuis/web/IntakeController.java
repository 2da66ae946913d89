package nl.schakel.veiligthuis.web;

import static nl.schakel.shared.FormValues.date;
import static nl.schakel.shared.FormValues.option;
import static nl.schakel.shared.FormValues.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.organisation.Codelijsten;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.FormValues;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.AdviesManagement;
import nl.schakel.veiligthuis.GezinsoverzichtManagement;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.ZaakView;
import nl.schakel.veiligthuis.domain.AdviesAfgerond;
import nl.schakel.veiligthuis.domain.AdviesUitkomst;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.EersteContact;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
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
 * Intake at Veilig Thuis: registering an advies or melding, ending an advies, the first contact with the professional
 * melder, looking at the shielded melder with a reason, and the overview for the family.
 */
@Controller
class IntakeController {

    private final VeiligThuisManagement veiligThuis;
    private final AdviesManagement advies;
    private final GezinsoverzichtManagement gezinsoverzicht;
    private final Codelijsten codelijsten;
    private final Clock clock;

    IntakeController(
            VeiligThuisManagement veiligThuis,
            AdviesManagement advies,
            GezinsoverzichtManagement gezinsoverzicht,
            Codelijsten codelijsten,
            Clock clock) {
        this.veiligThuis = veiligThuis;
        this.advies = advies;
        this.gezinsoverzicht = gezinsoverzicht;
        this.codelijsten = codelijsten;
        this.clock = clock;
    }

    @GetMapping("/veilig-thuis/nieuw")
    String nieuw(Model model) {
        return nieuwPage(IntakeForm.empty(LocalDateTime.ofInstant(clock.instant(), Intake.NL)), model);
    }

    @PostMapping("/veilig-thuis/nieuw")
    String registreer(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(name = "actie", required = false) @Nullable String actie,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        IntakeForm form = IntakeForm.from(request);
        if ("meer".equals(actie)) {
            return nieuwPage(form.metRijen(form.betrokkenen().size() + 1), model);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Intake intake = null;
        try {
            intake = intake(form);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        Set<VormVanGeweld> vormen = Set.of();
        try {
            vormen = codelijsten.categorieen(new LinkedHashSet<>(form.vormen()));
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        try {
            if (!errors.isEmpty() || intake == null) {
                throw new InvalidInputException(errors);
            }
            UUID id = veiligThuis.registreer(actor, withVormen(intake, vormen));
            return NaarZaak.met(
                    id,
                    intake.soort() == ZaakSoort.MELDING
                            ? "vtintake.nieuw.meldingopgeslagen"
                            : "vtintake.nieuw.adviesopgeslagen",
                    redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return nieuwPage(form.metRijen(form.betrokkenen().size()), model);
        }
    }

    private Intake intake(IntakeForm form) {
        List<Intake.PersoonInvoer> personen = form.ingevuld().stream()
                .map(p -> new Intake.PersoonInvoer(
                        text(p.naam()),
                        date(p.geboortedatum()),
                        option(Geslacht.class, p.geslacht()),
                        text(p.bsn()),
                        option(BetrokkeneRol.class, p.rol())))
                .toList();
        return Intake.of(
                option(ZaakSoort.class, form.soort()),
                ontvangenOp(form),
                option(Beller.class, form.beller()),
                form.anoniem(),
                new Intake.MelderInvoer(
                        text(form.melderNaam()),
                        text(form.melderOrganisatie()),
                        text(form.melderContact()),
                        form.afschermen()),
                option(MelderCategorie.class, form.categorie()),
                personen,
                List.copyOf(new LinkedHashSet<>(form.vormen())),
                Set.of(),
                form.acuut(),
                text(form.omschrijving()),
                clock.instant());
    }

    /** The chosen codes' categories, known only after the code list checked the codes. */
    private static Intake withVormen(Intake i, Set<VormVanGeweld> vormen) {
        return new Intake(
                i.soort(),
                i.ontvangenOp(),
                i.beller(),
                i.anoniem(),
                i.melder(),
                i.categorie(),
                i.betrokkenen(),
                i.vormCodes(),
                vormen,
                i.acuut(),
                i.omschrijving());
    }

    /** Date and time as typed, in Dutch time; nothing when either is missing or unreadable. */
    static @Nullable Instant ontvangenOp(IntakeForm form) {
        LocalDate dag = date(form.ontvangenDatum());
        if (dag == null || form.ontvangenTijd() == null || form.ontvangenTijd().isBlank()) {
            return null;
        }
        try {
            LocalTime tijd = LocalTime.parse(form.ontvangenTijd().strip());
            return dag.atTime(tijd).atZone(Intake.NL).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String nieuwPage(IntakeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("vormen", codelijsten.vormenVanGeweld());
        return "veiligthuis/nieuw";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/advies")
    String adviesPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return adviesPage(veiligThuis.zaak(actor, id), AdviesForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/advies")
    String adviesAfronden(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") AdviesForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        ZaakView zaak = veiligThuis.zaak(actor, id);
        try {
            AdviesAfgerond afgerond = AdviesAfgerond.of(
                    option(AdviesUitkomst.class, form.uitkomst()),
                    text(form.toelichting()),
                    zaak.intake().anoniem(),
                    !zaak.betrokkenen().isEmpty());
            advies.afronden(actor, id, afgerond);
            return NaarZaak.met(
                    id,
                    afgerond.uitkomst().wordtMelding() ? "vtintake.advies.omgezet" : "vtintake.advies.opgeslagen",
                    redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return adviesPage(zaak, form, model);
        }
    }

    private String adviesPage(ZaakView zaak, AdviesForm form, Model model) {
        model.addAttribute("zaak", zaak);
        model.addAttribute("form", form);
        return "veiligthuis/advies";
    }

    @GetMapping("/veilig-thuis/zaken/{id}/eerste-contact")
    String eersteContactPage(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return eersteContactPage(veiligThuis.zaak(actor, id), EersteContactForm.empty(), model);
    }

    @PostMapping("/veilig-thuis/zaken/{id}/eerste-contact")
    String eersteContact(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute("form") EersteContactForm form,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            Boolean blijft = FormValues.yesNo(form.blijftHulpBieden());
            if (blijft == null) {
                errors.put("blijftHulpBieden", "vtintake.fout.blijfthulpbieden");
            }
            EersteContact contact = null;
            try {
                contact = EersteContact.of(
                        text(form.situatie()),
                        text(form.inschattingGevaar()),
                        Boolean.TRUE.equals(blijft),
                        text(form.verwachtingen()),
                        text(form.afspraken()));
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            if (!errors.isEmpty() || contact == null) {
                throw new InvalidInputException(errors);
            }
            veiligThuis.eersteContact(actor, id, contact);
            return NaarZaak.met(id, "vtintake.eerstecontact.opgeslagen", redirect);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            return eersteContactPage(veiligThuis.zaak(actor, id), form, model);
        }
    }

    private String eersteContactPage(ZaakView zaak, EersteContactForm form, Model model) {
        model.addAttribute("zaak", zaak);
        model.addAttribute("form", form);
        return "veiligthuis/eerstecontact";
    }

    /**
     * The melder's identity, shown at once on the answer to the form with the reason (never through a redirect,
     * flash or URL), and not kept by the browser.
     */
    @PostMapping("/veilig-thuis/zaken/{id}/melder")
    String melderInzien(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(name = "reden", required = false) @Nullable String reden,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        try {
            model.addAttribute("melder", veiligThuis.melder(actor, id, text(reden)));
            model.addAttribute("zaak", veiligThuis.zaak(actor, id));
            return "veiligthuis/melderinzien";
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
            model.addAttribute("zaak", veiligThuis.zaak(actor, id));
            model.addAttribute("reden", text(reden));
            return "veiligthuis/zaak";
        }
    }

    @GetMapping("/veilig-thuis/zaken/{id}/overzicht")
    String overzicht(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("overzicht", gezinsoverzicht.overzicht(actor, id));
        model.addAttribute("id", id.toString());
        return "veiligthuis/overzicht";
    }
}
