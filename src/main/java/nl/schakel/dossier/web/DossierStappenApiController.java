package nl.schakel.dossier.web;

import static nl.schakel.dossier.web.DossierApiController.BASE;
import static nl.schakel.dossier.web.DossierApiController.added;
import static nl.schakel.dossier.web.DossierApiController.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.Meldnorm;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.afwegingskader.Outcome;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.AfwegingenView;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.NewAfweging;
import nl.schakel.dossier.NewBeslissing;
import nl.schakel.dossier.NewHulpplan;
import nl.schakel.dossier.domain.Beslissing;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Kindcheck;
import nl.schakel.dossier.domain.Kindcheck.Aanleiding;
import nl.schakel.dossier.domain.Kindcheck.Minderjarigen;
import nl.schakel.dossier.domain.Kindcheck.Zorg;
import nl.schakel.dossier.domain.Kindcheck.Zwangerschap;
import nl.schakel.dossier.domain.Mantelzorgcheck;
import nl.schakel.dossier.domain.Mantelzorgcheck.Uitkomst;
import nl.schakel.dossier.domain.Mantelzorgcheck.Zorgrelatie;
import nl.schakel.dossier.domain.RedenGeenGesprek;
import nl.schakel.dossier.domain.Voortgang;
import nl.schakel.dossier.web.DossierApiController.Aangemaakt;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Namens;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Steps 1 (kindcheck, mantelzorgcheck), 3 (gesprek), 4 and 5 (afwegingen, beslissingen, hulpplan, afsluiting) of a
 * dossier for a record system, as {@link DossierApiController} does for the signalen and consultaties (ADR-0014): the
 * {@code Namens} header names the member, and the same facade calls as on the pages run as that member. The kader of
 * the afwegingen is the member's beroepscluster's, as on the pages; the order of the afwegingen and what the branch
 * allows are {@link Voortgang}'s, so an answer out of turn is a 400 problem, never a 500.
 */
@RestController
@RequestMapping(path = BASE, produces = "application/json")
@Tag(name = DossierApiController.TAG, description = DossierApiController.TAG_DESCRIPTION)
class DossierStappenApiController {

    private static final String JSON = "application/json";

    private final DossierStappen stappen;
    private final AfwegingManagement afwegingen;
    private final MessageSource messages;

    DossierStappenApiController(DossierStappen stappen, AfwegingManagement afwegingen, MessageSource messages) {
        this.stappen = stappen;
        this.afwegingen = afwegingen;
        this.messages = messages;
    }

    @PostMapping(path = "/{id}/gesprekken", consumes = JSON)
    @Operation(
            summary = "Het gesprek met de cliënt vastleggen (stap 3)",
            description = "Gevoerd (datum, met wie, wat besproken, reactie) of niet gevoerd (een reden uit de lijst,"
                    + " een toelichting en of het gesprek later alsnog komt).")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> gesprek(@PathVariable UUID id, @RequestBody NieuwGesprek body, @Namens Actor by) {
        return added(id, stappen.addGesprek(by, id, body.toNew(stappen.today())));
    }

    @PostMapping(path = "/{id}/kindchecks", consumes = JSON)
    @Operation(
            summary = "Een kindcheck vastleggen (stap 1)",
            description = "De uitkomst volgt uit de antwoorden en staat in de inhoud van de vastlegging.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> kindcheck(@PathVariable UUID id, @RequestBody NieuweKindcheck body, @Namens Actor by) {
        return added(id, stappen.addKindcheck(by, id, body.toNew()));
    }

    @PostMapping(path = "/{id}/mantelzorgchecks", consumes = JSON)
    @Operation(
            summary = "Een mantelzorgcheck (ouderencheck) vastleggen (stap 1)",
            description = "Of de cliënt zorgt voor of zorg krijgt van een naaste, wie dat is en welke signalen van"
                    + " ontspoorde mantelzorg er zijn. Location wijst naar de vastlegging.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> mantelzorgcheck(
            @PathVariable UUID id, @RequestBody NieuweMantelzorgcheck body, @Namens Actor by) {
        return added(id, stappen.addMantelzorgcheck(by, id, body.toNew()));
    }

    @GetMapping("/{id}/afwegingen")
    @Operation(
            summary = "Waar het dossier staat in stap 4 en 5",
            description = "Het afwegingskader (code en versie) van de beroepsgroep van de medewerker, de antwoorden"
                    + " die gelden, de volgende afweging, de uitkomst, de meldnorm, de beslissingen en of melden"
                    + " nodig is: wat de pagina van de afwegingen laat zien.")
    @ApiResponse(responseCode = "200", description = "De stand van de afwegingen")
    @ApiResponse(responseCode = "400", description = "Geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    AfwegingenStand afwegingen(@PathVariable UUID id, Locale locale, @Namens Actor by) {
        AfwegingenView view = afwegingen.afwegingen(by, id);
        return AfwegingenStand.of(view, key -> messages.getMessage(key, null, key, locale));
    }

    @PostMapping(path = "/{id}/beroepscluster", consumes = JSON)
    @Operation(
            summary = "De beroepsgroep kiezen waarvan het afwegingskader geldt",
            description = "Alleen voor een medewerker zonder beroepsgroep: die kiest per dossier welk"
                    + " afwegingskader zij gebruikt. Een medewerker met een beroepsgroep werkt met het kader daarvan.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> beroepscluster(
            @PathVariable UUID id, @RequestBody NieuweKaderkeuze body, @Namens Actor by) {
        return added(id, afwegingen.kiesBeroepscluster(by, id, body.beroepscluster()));
    }

    @PostMapping(path = "/{id}/afwegingen", consumes = JSON)
    @Operation(
            summary = "De afweging beantwoorden die nu aan de beurt is (stap 4, bij artsen stap 5)",
            description = "Eén afweging tegelijk, in de volgorde van het afwegingskader; welke aan de beurt is"
                    + " staat in volgendeAfweging van GET /afwegingen. Het kader (code en versie) is dat van de"
                    + " beroepsgroep van de medewerker en wordt bij het antwoord vastgelegd.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(
            responseCode = "400",
            description = "Ongeldige invoer, een afweging die niet aan de beurt is, een antwoord dat niet past bij de"
                    + " route, of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> afweging(@PathVariable UUID id, @RequestBody NieuweAfweging body, @Namens Actor by) {
        try {
            return added(id, afwegingen.beantwoord(by, id, body.toNew()));
        } catch (InvalidInputException e) {
            throw onNummer(e);
        }
    }

    @PostMapping(path = "/{id}/beslissingen", consumes = JSON)
    @Operation(
            summary = "Beslissing 1 of 2 vastleggen (stap 5)",
            description = "Beslissing 1: is melden noodzakelijk? Beslissing 2: is hulp bieden of organiseren (ook)"
                    + " mogelijk? Bij beslissing 2 de vijf eisen aan passende hulp waaraan de hulp voldoet; mist er"
                    + " één, dan telt ja als nee. Een beslissing die er al is, wordt vervangen door een correctie.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(
            responseCode = "400",
            description = "Ongeldige invoer, een beslissing die (nog) niet kan of niet past bij de afwegingen, of"
                    + " geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> beslissing(@PathVariable UUID id, @RequestBody NieuweBeslissing body, @Namens Actor by) {
        try {
            return added(id, afwegingen.beslis(by, id, body.toNew()));
        } catch (InvalidInputException e) {
            throw onNummer(e);
        }
    }

    @PostMapping(path = "/{id}/hulpplannen", consumes = JSON)
    @Operation(
            summary = "De hulp vastleggen die wordt geboden of georganiseerd (uitkomst hulp bieden)",
            description = "Welke hulp, door wie, en de datum waarop afweging 5 opnieuw wordt beoordeeld. Alleen"
                    + " als de afwegingen tot hulp leiden.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> hulpplan(@PathVariable UUID id, @RequestBody NieuwHulpplan body, @Namens Actor by) {
        return added(id, afwegingen.hulpplan(by, id, body.toNew()));
    }

    @PostMapping(path = "/{id}/afsluiting", consumes = JSON)
    @Operation(
            summary = "Het dossier afsluiten met een notitie",
            description = "Kan bij elke stap. Daarna is de status GESLOTEN en neemt het dossier geen nieuwe"
                    + " vastleggingen meer aan.")
    @ApiResponse(responseCode = "201", description = "Gesloten; Location wijst naar de vastlegging met de notitie")
    @ApiResponse(
            responseCode = "400",
            description = "Geen notitie, een dossier dat al gesloten is, of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> afsluiting(@PathVariable UUID id, @RequestBody NieuweAfsluiting body, @Namens Actor by) {
        return added(id, afwegingen.sluitAf(by, id, text(body.notitie())));
    }

    /**
     * The problems of an afweging or beslissing that concern its number (it does not exist, it is not its turn) under
     * the field {@code nummer}, with a message that points at {@code volgendeAfweging} instead of at a page.
     */
    static InvalidInputException onNummer(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, key) -> {
            switch (key) {
                case "afweging.fout.nummer", "beslissing.fout.nummer", "beslissing.fout.eerst1" ->
                    errors.put(field.isEmpty() ? "nummer" : field, key);
                case "afweging.fout.nietaandebeurt" ->
                    errors.put(field.isEmpty() ? "nummer" : field, "api.fout.afweging.nietaandebeurt");
                default -> errors.put(field, key);
            }
        });
        return new InvalidInputException(errors);
    }

    // ------------------------------------------------------------------ requests

    @Schema(
            name = "NieuwGesprek",
            description = "Gevoerd: datum, metWie, besproken en reactie zijn verplicht. Niet gevoerd: reden en alsnog"
                    + " zijn verplicht.")
    record NieuwGesprek(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Is het gesprek gevoerd?") @Nullable
            Boolean gevoerd,

            @Schema(format = "date", description = "Verplicht als gevoerd; niet in de toekomst") @Nullable
            LocalDate datum,

            @Schema(description = "Met wie (verplicht als gevoerd)", maxLength = 200) @Nullable
            String metWie,

            @Schema(description = "Wat is besproken (verplicht als gevoerd)", maxLength = 4000) @Nullable
            String besproken,

            @Schema(description = "Hoe reageerde de cliënt (verplicht als gevoerd)", maxLength = 4000) @Nullable
            String reactie,

            @Schema(description = "Waarom niet gevoerd (verplicht als niet gevoerd)") @Nullable
            RedenGeenGesprek reden,

            @Schema(description = "Toelichting als niet gevoerd", maxLength = 4000) @Nullable
            String toelichting,

            @Schema(description = "Wordt het gesprek later alsnog gevoerd? (verplicht als niet gevoerd)") @Nullable
            Boolean alsnog) {

        Gesprek toNew(LocalDate today) {
            return Gesprek.of(
                    gevoerd,
                    datum,
                    text(metWie),
                    text(besproken),
                    text(reactie),
                    reden,
                    text(toelichting),
                    alsnog,
                    today);
        }

        @Override
        public String toString() {
            return "NieuwGesprek[***]";
        }
    }

    @Schema(name = "NieuweKindcheck")
    record NieuweKindcheck(
            @ArraySchema(
                    schema = @Schema(implementation = Aanleiding.class),
                    arraySchema = @Schema(description = "Wat aanleiding gaf tot de kindcheck"))
            @Nullable
            Set<Aanleiding> aanleidingen,

            @Schema(description = "De andere aanleiding; verplicht bij ANDERS", maxLength = 200) @Nullable
            String anders,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Wonen er minderjarige kinderen in het huishouden?")
            @Nullable
            Minderjarigen minderjarigen,

            @Schema(description = "Aantal kinderen; verplicht bij minderjarigen JA", minimum = "1", maximum = "20")
            @Nullable
            Integer aantal,

            @ArraySchema(
                    schema = @Schema(minimum = "0", maximum = "17"),
                    arraySchema = @Schema(description = "De leeftijd van elk kind; verplicht bij minderjarigen JA"))
            @Nullable
            List<Integer> leeftijden,

            @Schema(description = "Zorgt de cliënt alleen voor de kinderen? Verplicht bij minderjarigen JA") @Nullable
            Zorg zorg,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Is de cliënt zwanger?") @Nullable
            Zwangerschap zwangerschap,

            @Schema(
                    description = "Wie de zorg over de kinderen overnam als het antwoord onduidelijk bleef; geen BSN",
                    maxLength = 200)
            @Nullable
            String overgenomenDoor) {

        Kindcheck toNew() {
            return Kindcheck.of(
                    aanleidingen == null
                            ? Set.of()
                            : aanleidingen.stream().filter(Objects::nonNull).collect(Collectors.toSet()),
                    text(anders),
                    minderjarigen,
                    aantal,
                    leeftijden == null
                            ? ""
                            : leeftijden.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    zorg,
                    zwangerschap,
                    text(overgenomenDoor));
        }

        @Override
        public String toString() {
            return "NieuweKindcheck[***]";
        }
    }

    @Schema(name = "NieuweMantelzorgcheck")
    record NieuweMantelzorgcheck(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Zorgrelatie zorgrelatie,

            @Schema(description = "Wie (de relatie); verplicht tenzij GEEN; geen BSN", maxLength = 200) @Nullable
            String wie,

            @Schema(description = "Signalen van ontspoorde mantelzorg; geen BSN", maxLength = 4000) @Nullable
            String signalen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Uitkomst uitkomst) {

        Mantelzorgcheck toNew() {
            return Mantelzorgcheck.of(zorgrelatie, text(wie), text(signalen), uitkomst);
        }

        @Override
        public String toString() {
            return "NieuweMantelzorgcheck[***]";
        }
    }

    @Schema(name = "NieuweKaderkeuze")
    record NieuweKaderkeuze(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Beroepscluster beroepscluster) {}

    @Schema(name = "NieuweAfweging")
    record NieuweAfweging(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "1",
                    maximum = "5",
                    description = "De afweging die aan de beurt is (volgendeAfweging)")
            @Nullable
            Integer nummer,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Ja (true) of nee (false)") @Nullable
            Boolean antwoord,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000, description = "Waarom dit antwoord")
            @Nullable
            String reden,

            @ArraySchema(
                    schema = @Schema(implementation = HulpVereiste.class),
                    arraySchema =
                            @Schema(
                                    description = "Bij afweging 3 = ja: de eisen aan passende hulp waaraan de hulp"
                                            + " voldoet"))
            @Nullable
            Set<HulpVereiste> vereisten,

            @Schema(
                    description = "Bij afweging 5 = ja verplicht: de afspraken over het volgen van de veiligheid",
                    maxLength = 4000)
            @Nullable
            String afspraken,

            @Schema(
                    description = "Bij afweging 2 = ja verplicht, anders weglaten: acute, structurele of acute en"
                            + " structurele onveiligheid. Alleen acute onveiligheid geeft het versnelde pad"
                            + " (acuteOnveiligheid) en laat de melding acuut aankomen bij Veilig Thuis.")
            @Nullable
            Onveiligheid onveiligheid) {

        NewAfweging toNew() {
            return new NewAfweging(
                    nummer == null ? 0 : nummer,
                    antwoord,
                    text(reden),
                    chosen(vereisten),
                    text(afspraken),
                    onveiligheid);
        }

        @Override
        public String toString() {
            return "NieuweAfweging[" + nummer + "]";
        }
    }

    @Schema(name = "NieuweBeslissing")
    record NieuweBeslissing(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"1", "2"},
                    description = "1: is melden noodzakelijk? 2: is hulp bieden of organiseren (ook) mogelijk?")
            @Nullable
            Integer nummer,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Ja (true) of nee (false)") @Nullable
            Boolean antwoord,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000, description = "Waarom") @Nullable
            String reden,

            @ArraySchema(
                    schema = @Schema(implementation = HulpVereiste.class),
                    arraySchema =
                            @Schema(
                                    description = "Bij beslissing 2: de vijf eisen aan passende hulp waaraan de hulp"
                                            + " voldoet; mist er één, dan telt ja als nee"))
            @Nullable
            Set<HulpVereiste> vereisten) {

        NewBeslissing toNew() {
            return new NewBeslissing(nummer == null ? 0 : nummer, antwoord, text(reden), chosen(vereisten));
        }

        @Override
        public String toString() {
            return "NieuweBeslissing[" + nummer + "]";
        }
    }

    @Schema(name = "NieuwHulpplan")
    record NieuwHulpplan(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000, description = "Welke hulp") @Nullable
            String plan,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 200,
                    description = "Wie biedt of" + " organiseert de hulp")
            @Nullable
            String wie,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    format = "date",
                    description = "Wanneer afweging 5 opnieuw wordt beoordeeld; na vandaag")
            @Nullable
            LocalDate herbeoordeling) {

        NewHulpplan toNew() {
            return new NewHulpplan(text(plan), text(wie), herbeoordeling);
        }

        @Override
        public String toString() {
            return "NieuwHulpplan[***]";
        }
    }

    @Schema(name = "NieuweAfsluiting")
    record NieuweAfsluiting(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4000,
                    description = "Waarom het dossier" + " wordt afgesloten")
            @Nullable
            String notitie) {

        @Override
        public String toString() {
            return "NieuweAfsluiting[***]";
        }
    }

    private static Set<HulpVereiste> chosen(@Nullable Set<HulpVereiste> vereisten) {
        return vereisten == null
                ? Set.of()
                : vereisten.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    // ------------------------------------------------------------------ responses

    /** Steps 4 and 5 as the page of the afwegingen shows them; the same facts as the melding takes from them. */
    @Schema(name = "AfwegingenStand")
    record AfwegingenStand(
            @Schema(
                    nullable = true,
                    description = "Code van het afwegingskader; null zolang de medewerker geen beroepsgroep heeft en"
                            + " er voor dit dossier geen koos")
            @Nullable
            String kaderCode,

            @Schema(nullable = true, description = "Versie van het afwegingskader") @Nullable
            String kaderVersie,

            @Schema(
                    nullable = true,
                    allowableValues = {"4", "5"},
                    description = "De stap waarin dit kader de afwegingen stelt (artsen: 5)")
            @Nullable
            Integer stap,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De medewerker heeft geen beroepsgroep en kiest er een (POST /beroepscluster)")
            boolean beroepsclusterKiezen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Het dossier is gesloten")
            boolean gesloten,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De antwoorden die gelden, 1 tot 5")
            List<GeldendeAfweging> antwoorden,

            @Schema(
                    nullable = true,
                    minimum = "1",
                    maximum = "5",
                    description = "De afweging die nu aan de beurt is; null als er geen is (de route is klaar, of"
                            + " eerst moet het hulpplan worden vastgelegd)")
            @Nullable
            Integer volgendeAfweging,

            @Schema(nullable = true, description = "De vraag van die afweging") @Nullable
            String vraag,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De antwoorden die de route bij die afweging toestaat (na een disclosure bij"
                            + " afweging 1 en 2 alleen true)")
            List<Boolean> toegestaneAntwoorden,

            @Schema(nullable = true, description = "Waar de afwegingen tot nu toe naartoe leiden") @Nullable
            Outcome uitkomst,

            @Schema(
                    nullable = true,
                    allowableValues = {"1", "2", "3"},
                    description = "De meldnorm die melden noodzakelijk maakt")
            @Nullable
            Integer meldnorm,

            @Schema(nullable = true, description = "De meldnorm in gewone taal") @Nullable
            String meldnormTekst,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Melden bij Veilig Thuis is nodig")
            boolean meldenNodig,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De melding kan nu worden gedaan (ook versneld bij acute onveiligheid)")
            boolean meldenMogelijk,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Beslissing 1 was nee, maar er is geen passende hulp: melden moet toch")
            boolean meldenAfgedwongen,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Afwegingen 3 tot 5 worden samen met Veilig Thuis beantwoord")
            boolean samenMetVeiligThuis,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Een signaal is een disclosure")
            boolean disclosure,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Acute onveiligheid (afweging 2 = ja acuut, of een disclosure): het versnelde pad,"
                            + " zonder te wachten op de beslissingen of de deskundige (eergerelateerd geweld, vgv)")
            boolean acuteOnveiligheid,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Structurele onveiligheid (afweging 2 = ja structureel): melden is nodig, maar niet"
                            + " via het versnelde pad")
            boolean structureleOnveiligheid,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De hulp moet nog worden vastgelegd (POST /hulpplannen)")
            boolean hulpplanNodig,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De datum om afweging 5 opnieuw te beoordelen is gekomen")
            boolean herbeoordelingNodig,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De beslissingen kunnen nu")
            boolean beslissingenMogelijk,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Waarom de beslissingen nog niet kunnen")
            List<String> blokkades,

            @Schema(nullable = true) @Nullable GeldendeBeslissing beslissing1,

            @Schema(nullable = true) @Nullable GeldendeBeslissing beslissing2,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De antwoorden op beslissing 1 die de afwegingen toestaan")
            List<Boolean> toegestaanBeslissing1,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Beslissing 2 wordt gevraagd (na beslissing 1)")
            boolean beslissing2Gevraagd,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De antwoorden op beslissing 2 die de afwegingen toestaan")
            List<Boolean> toegestaanBeslissing2,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De afwegingen leiden tot afsluiten van het dossier")
            boolean afsluitenAdvies) {

        static AfwegingenStand of(AfwegingenView view, java.util.function.Function<String, String> text) {
            Voortgang v = view.voortgang();
            if (v == null) {
                return new AfwegingenStand(
                        null,
                        null,
                        null,
                        view.kiesCluster(),
                        view.gesloten(),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        view.herbeoordelingNodig(),
                        false,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        false,
                        List.of(),
                        false);
            }
            var vraag = v.vraag();
            Meldnorm meldnorm = v.evaluatie().meldnorm();
            return new AfwegingenStand(
                    v.kader().code(),
                    v.kader().version(),
                    v.stapVanAfwegingen(),
                    view.kiesCluster(),
                    view.gesloten(),
                    v.antwoorden().stream()
                            .filter(Voortgang.Antwoord::vanKracht)
                            .sorted(Comparator.comparingInt(a -> a.afweging().nummer()))
                            .map(GeldendeAfweging::of)
                            .toList(),
                    vraag == null ? null : vraag.number(),
                    vraag == null ? null : text.apply("afweging.vraag." + vraag.number()),
                    vraag == null ? List.of() : sorted(v.toegestaneAntwoorden(vraag)),
                    v.evaluatie().outcome(),
                    meldnorm == null ? null : meldnorm.number(),
                    meldnorm == null ? null : text.apply(meldnorm.text().key()),
                    v.meldenNodig(),
                    v.meldenMogelijk(),
                    v.meldenAfgedwongen(),
                    v.evaluatie().jointlyWithVeiligThuis(),
                    v.disclosure(),
                    v.acuteOnveiligheid(),
                    v.structureleOnveiligheid(),
                    v.hulpplanNodig(),
                    view.herbeoordelingNodig(),
                    v.beslissingenMogelijk(),
                    v.blokkades().stream().map(text).toList(),
                    v.beslissingEntry(1).map(GeldendeBeslissing::of).orElse(null),
                    v.beslissingEntry(2).map(GeldendeBeslissing::of).orElse(null),
                    sorted(v.toegestaanBeslissing1()),
                    v.beslissing2Gevraagd(),
                    sorted(v.toegestaanBeslissing2()),
                    v.afsluitenAdvies());
        }

        private static List<Boolean> sorted(Set<Boolean> answers) {
            return answers.stream().sorted(Comparator.reverseOrder()).toList();
        }

        @Override
        public String toString() {
            return "AfwegingenStand[" + kaderCode + ", " + volgendeAfweging + "]";
        }
    }

    @Schema(name = "GeldendeAfweging")
    record GeldendeAfweging(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "De vastlegging")
            UUID vastlegging,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5")
            int nummer,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean antwoord,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String reden,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Het kader waaronder beantwoord")
            String kaderCode,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String kaderVersie,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Alleen bij afweging 3 = ja")
            Set<HulpVereiste> vereisten,

            @Schema(nullable = true, description = "Alleen bij afweging 5 = ja") @Nullable
            String afspraken,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Samen met Veilig Thuis beantwoord")
            boolean samenMetVeiligThuis,

            @Schema(
                    nullable = true,
                    description = "Alleen bij afweging 2 = ja: de soort onveiligheid; null bij een antwoord van voor"
                            + " deze keuze (telt als mogelijk acuut)")
            @Nullable
            Onveiligheid onveiligheid) {

        static GeldendeAfweging of(Voortgang.Antwoord a) {
            var af = a.afweging();
            return new GeldendeAfweging(
                    a.entry().id(),
                    af.nummer(),
                    af.antwoord(),
                    af.reden(),
                    af.kaderCode(),
                    af.kaderVersie(),
                    af.vereisten(),
                    af.afspraken(),
                    a.samenMetVeiligThuis(),
                    af.onveiligheid());
        }

        @Override
        public String toString() {
            return "GeldendeAfweging[" + nummer + "]";
        }
    }

    @Schema(name = "GeldendeBeslissing")
    record GeldendeBeslissing(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "De vastlegging")
            UUID vastlegging,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean antwoord,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String reden,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Alleen bij beslissing 2")
            Set<HulpVereiste> vereisten,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Hoe de beslissing telt: bij beslissing 2 telt ja zonder alle vijf eisen als nee")
            boolean geldt) {

        static GeldendeBeslissing of(JournalEntry<EntryPayload> entry) {
            Beslissing b = (Beslissing) entry.payload();
            return new GeldendeBeslissing(entry.id(), b.antwoord(), b.reden(), b.vereisten(), b.geldt());
        }

        @Override
        public String toString() {
            return "GeldendeBeslissing[" + vastlegging + "]";
        }
    }
}
