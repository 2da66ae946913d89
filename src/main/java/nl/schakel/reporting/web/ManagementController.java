package nl.schakel.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schakel.reporting.domain.DossierVerloop;
import nl.schakel.reporting.domain.Eenheid;
import nl.schakel.reporting.domain.Kengetal;
import nl.schakel.reporting.domain.Managementcijfers;
import nl.schakel.reporting.domain.Periode;
import nl.schakel.reporting.domain.Tijdcel;
import nl.schakel.reporting.informatie.Managementinformatie;
import nl.schakel.shared.Actor;
import nl.schakel.shared.FormErrors;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Management information of the own organisation: a chosen period (the year, a quarter or a month) and unit (the
 * whole organisation, a team, or the dossiers whose owner had no team), and the year as CSV.
 */
@Controller
class ManagementController {

    /** The figures of the page's main table, in this order. */
    private static final List<Kengetal> HOOFDTABEL = List.of(Kengetal.values());

    /** The figures of the teams side by side. */
    private static final List<Kengetal> TEAMTABEL = List.of(
            Kengetal.GEOPEND,
            Kengetal.GESLOTEN,
            Kengetal.MELDINGEN,
            Kengetal.KINDCHECKS,
            Kengetal.HULP_ACHTERSTALLIG,
            Kengetal.VIR_ACTIEF);

    /** The figures of the months. */
    private static final List<Kengetal> MAANDTABEL =
            List.of(Kengetal.GEOPEND, Kengetal.GESLOTEN, Kengetal.MELDINGEN, Kengetal.KINDCHECKS);

    private final Managementinformatie informatie;
    private final MessageSource messages;

    ManagementController(Managementinformatie informatie, MessageSource messages) {
        this.informatie = informatie;
        this.messages = messages;
    }

    @GetMapping("/management")
    String overzicht(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String periode,
            @RequestParam(required = false) @Nullable String team,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        Integer gevraagd = null;
        try {
            gevraagd = jaar(jaar);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
        }
        Managementinformatie.Overzicht overzicht = informatie.lees(actor, gevraagd == null ? 0 : gevraagd);
        Managementcijfers cijfers = overzicht.cijfers();
        Teksten teksten = new Teksten(messages, locale, overzicht.teamnamen());
        Periode gekozen = Periode.jaar(cijfers.jaar());
        Eenheid eenheid = Eenheid.ORGANISATIE;
        try {
            gekozen = kies(Periode.vanJaar(cijfers.jaar()), Periode::code, periode, "periode", gekozen);
            eenheid = kies(cijfers.eenheden(), Eenheid::code, team, "team", eenheid);
        } catch (InvalidInputException e) {
            FormErrors.put(request, e);
        }
        model.addAttribute("jaren", overzicht.jaren());
        model.addAttribute("jaar", cijfers.jaar());
        model.addAttribute("perioden", opties(Periode.vanJaar(cijfers.jaar()), Periode::code, teksten::periode));
        model.addAttribute("periode", gekozen.code());
        model.addAttribute("periodeNaam", teksten.periode(gekozen));
        model.addAttribute("teams", opties(cijfers.eenheden(), Eenheid::code, teksten::eenheid));
        model.addAttribute("team", eenheid.code());
        model.addAttribute("teamNaam", teksten.eenheid(eenheid));
        model.addAttribute("teamEigenNaam", eenheid.soort() == Eenheid.Soort.TEAM);
        model.addAttribute(
                "teamEigenNamen",
                cijfers.eenheden().stream()
                        .filter(e -> e.soort() == Eenheid.Soort.TEAM)
                        .map(Eenheid::code)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("kengetallen", regels(cijfers, eenheid, gekozen, teksten));
        model.addAttribute("tijden", tijden(cijfers, eenheid, gekozen, teksten));
        model.addAttribute("teamRijen", teamRijen(cijfers, gekozen, teksten));
        model.addAttribute(
                "teamKoppen", TEAMTABEL.stream().map(teksten::kengetal).toList());
        List<Periode> maanden = maanden(cijfers.jaar());
        model.addAttribute(
                "maandKoppen", MAANDTABEL.stream().map(teksten::kengetal).toList());
        model.addAttribute("maandRijen", maandRijen(cijfers, eenheid, maanden, teksten));
        model.addAttribute("diagrammen", diagrammen(cijfers, eenheid, maanden, teksten));
        return "reporting/management";
    }

    /** The whole year as CSV: every period, unit and figure, protected as on the pages. */
    @GetMapping("/management/export.csv")
    ResponseEntity<byte[]> csv(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Nullable String jaar,
            Locale locale) {
        Integer gevraagd = jaar(jaar);
        Managementinformatie.Overzicht overzicht = informatie.exporteer(actor, gevraagd == null ? 0 : gevraagd);
        Teksten teksten = new Teksten(messages, locale, overzicht.teamnamen());
        byte[] csv = ManagementCsv.van(overzicht.cijfers(), teksten).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("managementinformatie-"
                                        + overzicht.cijfers().jaar() + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    private static @Nullable Integer jaar(@Nullable String jaar) {
        if (jaar == null || jaar.isBlank()) {
            return null;
        }
        if (!jaar.strip().matches("\\d{4}")) {
            throw new InvalidInputException("jaar", "management.fout.jaar");
        }
        return Integer.valueOf(jaar.strip());
    }

    private static <T> T kies(
            List<T> keuzes,
            java.util.function.Function<T, String> code,
            @Nullable String gevraagd,
            String veld,
            T standaard) {
        if (gevraagd == null || gevraagd.isBlank()) {
            return standaard;
        }
        return keuzes.stream()
                .filter(k -> code.apply(k).equals(gevraagd.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(veld, "management.fout." + veld));
    }

    private static <T> Map<String, String> opties(
            List<T> keuzes, java.util.function.Function<T, String> code, java.util.function.Function<T, String> naam) {
        Map<String, String> opties = new LinkedHashMap<>();
        keuzes.forEach(k -> opties.put(code.apply(k), naam.apply(k)));
        return opties;
    }

    private static List<Tabelregel> regels(Managementcijfers c, Eenheid e, Periode p, Teksten teksten) {
        return HOOFDTABEL.stream()
                .map(k -> new Tabelregel(k.name(), teksten.kengetal(k), List.of(teksten.cel(c.cel(e, p, k)))))
                .toList();
    }

    private static List<Tabelregel> tijden(Managementcijfers c, Eenheid e, Periode p, Teksten teksten) {
        List<Tabelregel> regels = new ArrayList<>();
        for (int stap = 1; stap <= DossierVerloop.STAPPEN; stap++) {
            Tijdcel t = c.tijd(e, p, stap);
            regels.add(new Tabelregel(
                    "stap" + stap,
                    teksten.t("management.tijd.stap" + stap),
                    List.of(teksten.dagen(t.mediaan()), teksten.dagen(t.langste()))));
        }
        return regels;
    }

    private static List<Tabelregel> teamRijen(Managementcijfers c, Periode p, Teksten teksten) {
        return c.eenheden().stream()
                .map(e -> new Tabelregel(
                        e.code(),
                        teksten.eenheid(e),
                        e.soort() == Eenheid.Soort.TEAM,
                        TEAMTABEL.stream().map(k -> teksten.cel(c.cel(e, p, k))).toList()))
                .toList();
    }

    private static List<Tabelregel> maandRijen(Managementcijfers c, Eenheid e, List<Periode> maanden, Teksten teksten) {
        return maanden.stream()
                .map(m -> new Tabelregel(
                        m.code(),
                        teksten.maand(m),
                        MAANDTABEL.stream()
                                .map(k -> teksten.cel(c.cel(e, m, k)))
                                .toList()))
                .toList();
    }

    private static List<Grafiek> diagrammen(Managementcijfers c, Eenheid e, List<Periode> maanden, Teksten teksten) {
        List<String> categorieen = maanden.stream().map(teksten::maandKort).toList();
        return List.of(
                diagram(
                        "geopend-gesloten",
                        List.of(Kengetal.GEOPEND, Kengetal.GESLOTEN),
                        c,
                        e,
                        maanden,
                        categorieen,
                        teksten),
                diagram("meldingen", List.of(Kengetal.MELDINGEN), c, e, maanden, categorieen, teksten));
    }

    private static Grafiek diagram(
            String id,
            List<Kengetal> kengetallen,
            Managementcijfers c,
            Eenheid e,
            List<Periode> maanden,
            List<String> categorieen,
            Teksten teksten) {
        List<Staafdiagram.Reeks> reeksen = kengetallen.stream()
                .map(k -> new Staafdiagram.Reeks(
                        teksten.kengetal(k),
                        maanden.stream().map(m -> c.cel(e, m, k)).toList()))
                .toList();
        return new Grafiek(
                teksten.t("management.grafiek." + id, String.valueOf(c.jaar())),
                teksten.t("management.grafiek." + id + ".uitleg"),
                Staafdiagram.van("grafiek-" + id, categorieen, reeksen, teksten::kortLabel));
    }

    private static List<Periode> maanden(int jaar) {
        return Periode.vanJaar(jaar).stream()
                .filter(p -> p.soort() == Periode.Soort.MAAND)
                .toList();
    }
}
