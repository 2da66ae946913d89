package nl.schakel.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.BetrokkeneView;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.DossierStatus;
import nl.schakel.dossier.DossierSummary;
import nl.schakel.dossier.DossierView;
import nl.schakel.dossier.EntryView;
import nl.schakel.dossier.NewConsultatie;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.web.DossierStappenApiController.NieuwGesprek;
import nl.schakel.dossier.web.DossierStappenApiController.NieuweAfweging;
import nl.schakel.dossier.web.DossierStappenApiController.NieuweKindcheck;
import nl.schakel.dossier.web.DossierStappenApiController.NieuweMantelzorgcheck;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Namens;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Pagina;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The professional's dossiers for a record system (ADR-0014). Every call names in the {@code Namens} header the
 * member it acts for; the same facade calls as on the pages then run as that member, so the same access rules apply,
 * and the access log names the client and on whose behalf it acted.
 *
 * <p>Reading is generic: every journal entry is a {@link Vastlegging} whose {@code inhoud} is the API's own record of
 * its payload ({@link VastleggingInhoud}), and {@link DossierApiDocumentation} documents one schema per
 * {@link EntryKind}. A new kind of entry is read with its record in {@code VastleggingInhoud}; writing it is one
 * request record and one method like {@link #signaal}.
 */
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = "application/json")
@Tag(name = DossierApiController.TAG, description = DossierApiController.TAG_DESCRIPTION)
class DossierApiController {

    static final String TAG = "dossiers";
    static final String TAG_DESCRIPTION = "De meldcodedossiers van een beroepskracht. Elke aanroep noemt in de"
            + " header Namens de medewerker voor wie de koppeling werkt; Schakel geeft de koppeling dezelfde toegang"
            + " als die medewerker.";
    static final String BASE = "/api/v1/dossiers";
    private static final String JSON = "application/json";

    private final DossierManagement dossiers;
    private final AfwegingManagement afwegingen;

    private final nl.schakel.dossier.TerugkoppelingManagement terugkoppelingen;

    DossierApiController(
            DossierManagement dossiers,
            AfwegingManagement afwegingen,
            nl.schakel.dossier.TerugkoppelingManagement terugkoppelingen) {
        this.terugkoppelingen = terugkoppelingen;
        this.dossiers = dossiers;
        this.afwegingen = afwegingen;
    }

    @PostMapping(consumes = JSON)
    @Operation(
            summary = "Een dossier openen met één of meer betrokkenen",
            description = "Opent een meldcodedossier van de medewerker uit Namens, met de eerste betrokkenen (naam,"
                    + " geboortedatum en relatie; een BSN mag en moet de elfproef doorstaan). Het antwoord geeft het"
                    + " id; Location wijst naar het dossier.")
    @ApiResponse(responseCode = "201", description = "Geopend; Location wijst naar het dossier")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "403", description = "Deze medewerker werkt niet met cliëntdossiers (problem+json)")
    ResponseEntity<Aangemaakt> open(@RequestBody NieuwDossier body, @Namens Actor by) {
        UUID id = dossiers.open(by, body.toNew(dossiers.today()));
        return ResponseEntity.created(URI.create(BASE + "/" + id)).body(new Aangemaakt(id));
    }

    @GetMapping
    @Operation(
            summary = "De dossiers van de medewerker",
            description = "Een aandachtsfunctionaris ziet alle dossiers van de organisatie, een beroepskracht de"
                    + " eigen dossiers. Nieuwste eerst, per pagina: ?pagina=1 (de eerste) en ?aantal=50 (ten hoogste"
                    + " 100). De kop Link wijst naar de vorige (rel=\"prev\") en volgende pagina (rel=\"next\").")
    @ApiResponse(responseCode = "200", description = "De dossiers van deze pagina")
    @ApiResponse(
            responseCode = "400",
            description = "Geen geldige Namens, of een paginanummer of aantal buiten de grenzen (problem+json)")
    @ApiResponse(responseCode = "403", description = "Deze medewerker werkt niet met cliëntdossiers (problem+json)")
    ResponseEntity<List<DossierSamenvatting>> list(
            @Namens Actor by,
            @RequestParam(name = "pagina", required = false) @Nullable String pagina,
            @RequestParam(name = "aantal", required = false) @Nullable String aantal) {
        Pagina<DossierSummary> page = dossiers.myDossiers(by, Paginering.van(pagina, aantal));
        List<DossierSamenvatting> body =
                page.regels().stream().map(DossierSamenvatting::of).toList();
        String links = page.links(BASE);
        return links.isEmpty()
                ? ResponseEntity.ok(body)
                : ResponseEntity.ok().header("Link", links).body(body);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Eén dossier met de betrokkenen, het journaal (nieuwste vastlegging eerst) en de status van elke"
                    + " melding bij Veilig Thuis",
            description = "Alleen de eigenaar en de aandachtsfunctionarissen van de organisatie zien het dossier."
                    + " Elke inzage komt in de toegangslog, met de koppeling en de medewerker namens wie zij werkte.")
    @ApiResponse(responseCode = "200", description = "Het dossier")
    @ApiResponse(responseCode = "400", description = "Geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    DossierResponse dossier(@PathVariable UUID id, @Namens Actor by) {
        DossierView view = dossiers.dossier(by, id);
        return DossierResponse.of(view, terugkoppelingen.vtStatus(view));
    }

    @GetMapping("/{id}/vastleggingen/{vastlegging}")
    @Operation(
            summary = "Eén vastlegging uit het journaal van een dossier",
            description = "De vastlegging met haar soort en inhoud (het schema dat bij de soort hoort). Een correctie"
                    + " is een nieuwe vastlegging die naar de verbeterde verwijst; niets wordt overschreven.")
    @ApiResponse(responseCode = "200", description = "De vastlegging")
    @ApiResponse(responseCode = "400", description = "Geen geldige Namens (problem+json)")
    @ApiResponse(
            responseCode = "404",
            description = "Geen dossier dat deze medewerker mag zien, of geen vastlegging ervan (problem+json)")
    Vastlegging vastlegging(@PathVariable UUID id, @PathVariable UUID vastlegging, @Namens Actor by) {
        return dossiers.dossier(by, id)
                .entry(vastlegging)
                .map(Vastlegging::of)
                .orElseThrow(() -> new NotFoundException("vastlegging"));
    }

    @PostMapping(path = "/{id}/signalen", consumes = JSON)
    @Operation(
            summary = "Een signaal vastleggen (stap 1)",
            description = "Wat is gezien of gehoord en wanneer: een feit, een interpretatie of iets van anderen (met"
                    + " de bron), de vormen van geweld en of het kind of de volwassene zelf iets vertelde"
                    + " (disclosure). Location wijst naar de vastlegging.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> signaal(@PathVariable UUID id, @RequestBody NieuwSignaal body, @Namens Actor by) {
        return added(id, dossiers.addSignaal(by, id, body.toNew()));
    }

    @PostMapping(path = "/{id}/consultaties", consumes = JSON)
    @Operation(
            summary = "Een collegiale consultatie vastleggen (stap 2)",
            description =
                    "Wanneer en met wie de beroepskracht overlegde (een collega, de aandachtsfunctionaris,"
                            + " Veilig Thuis om advies, letselduiding of een andere deskundige) en wat dat opleverde. Location wijst naar de vastlegging.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de vastlegging")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> consultatie(
            @PathVariable UUID id, @RequestBody NieuweConsultatie body, @Namens Actor by) {
        return added(id, dossiers.addConsultatie(by, id, body.toNew()));
    }

    @PostMapping(path = "/{id}/correcties", consumes = JSON)
    @Operation(
            summary = "Een vastlegging corrigeren",
            description = "De correctie is een nieuwe vastlegging van dezelfde soort, met de volledige verbeterde"
                    + " inhoud en de reden; de oorspronkelijke vastlegging blijft zoals ze was. Een signaal,"
                    + " consultatie, gesprek, kindcheck, mantelzorgcheck of een afweging die geldt kan worden"
                    + " gecorrigeerd; latere afwegingen die dan niet meer bij de route passen, gelden daarna niet"
                    + " meer. Een beslissing of hulpplan vervangt u door een nieuwe te sturen.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de correctie")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> correctie(@PathVariable UUID id, @RequestBody NieuweCorrectie body, @Namens Actor by) {
        UUID corrects = body.checkedCorrigeert();
        if (body.afweging() != null && body.contents() == 1) {
            try {
                return added(
                        id, afwegingen.wijzig(by, id, corrects, body.afweging().toNew(), text(body.reden())));
            } catch (InvalidInputException e) {
                throw NieuweCorrectie.ofAfweging(DossierStappenApiController.onNummer(e));
            }
        }
        EntryPayload payload = body.payload(dossiers.today());
        return added(id, dossiers.correct(by, id, corrects, payload, body.reden() == null ? "" : body.reden()));
    }

    /** 201 with the new entry's address. */
    static ResponseEntity<Aangemaakt> added(UUID dossier, UUID entry) {
        return ResponseEntity.created(URI.create(BASE + "/" + dossier + "/vastleggingen/" + entry))
                .body(new Aangemaakt(entry));
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Adds the problems of a nested object under its JSON path ({@code signaal.datum}). */
    private static void prefixed(InvalidInputException e, String path, Map<String, String> errors) {
        e.fieldErrors().forEach((field, key) -> errors.put(field.isEmpty() ? path : path + "." + field, key));
    }

    /** Builds a nested payload, or collects its problems under its JSON path. */
    private static void checked(
            String path, Supplier<EntryPayload> build, List<EntryPayload> built, Map<String, String> errors) {
        try {
            built.add(build.get());
        } catch (InvalidInputException e) {
            prefixed(e, path, errors);
        }
    }

    // ------------------------------------------------------------------ requests

    @Schema(name = "NieuwDossier")
    record NieuwDossier(
            @ArraySchema(
                    schema = @Schema(implementation = NieuweBetrokkene.class),
                    minItems = 1,
                    arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
            @Nullable
            List<NieuweBetrokkene> betrokkenen) {

        /**
         * The betrokkenen, each checked by the same domain rule as the facade applies, so that every problem of every
         * betrokkene is answered at once under its JSON path ({@code betrokkenen[1].bsn}).
         */
        List<NewBetrokkene> toNew(LocalDate today) {
            if (betrokkenen == null || betrokkenen.isEmpty() || betrokkenen.contains(null)) {
                throw new InvalidInputException("betrokkenen", "dossier.fout.betrokkene");
            }
            List<NewBetrokkene> all =
                    betrokkenen.stream().map(NieuweBetrokkene::toNew).toList();
            Map<String, String> errors = new LinkedHashMap<>();
            for (int i = 0; i < all.size(); i++) {
                NewBetrokkene b = all.get(i);
                try {
                    Betrokkene.of(b.naam(), b.geboortedatum(), b.bsn(), b.relatie(), today);
                } catch (InvalidInputException e) {
                    prefixed(e, "betrokkenen[" + i + "]", errors);
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return all;
        }

        @Override
        public String toString() {
            return "NieuwDossier[***]";
        }
    }

    @Schema(name = "NieuweBetrokkene")
    record NieuweBetrokkene(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @Nullable
            String naam,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = "Niet in de toekomst")
            @Nullable
            LocalDate geboortedatum,

            @Schema(description = "Burgerservicenummer (elfproef); mag ontbreken", pattern = "^[0-9]{9}$") @Nullable
            String bsn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Relatie relatie) {

        NewBetrokkene toNew() {
            return new NewBetrokkene(text(naam), geboortedatum, text(bsn), relatie);
        }

        @Override
        public String toString() {
            return "NieuweBetrokkene[***]";
        }
    }

    @Schema(name = "NieuwSignaal")
    record NieuwSignaal(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = "Niet in de toekomst")
            @Nullable
            LocalDate datum,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4000,
                    description = "Wat is gezien of gehoord")
            @Nullable
            String waarneming,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            SignaalSoort soort,

            @Schema(description = "Van wie het signaal komt; verplicht bij soort DERDEN", maxLength = 200) @Nullable
            String bron,

            @Schema(description = "De vormen van geweld waar het signaal op kan wijzen") @Nullable
            Set<VormVanGeweld> vormen,

            @Schema(description = "Vertelde het kind of de cliënt het zelf? Standaard false") @Nullable
            Boolean disclosure) {

        NewSignaal toNew() {
            return new NewSignaal(
                    datum,
                    text(waarneming),
                    soort,
                    text(bron),
                    vormen == null ? Set.of() : vormen,
                    Boolean.TRUE.equals(disclosure));
        }

        @Override
        public String toString() {
            return "NieuwSignaal[***]";
        }
    }

    @Schema(name = "NieuweConsultatie")
    record NieuweConsultatie(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = "Niet in de toekomst")
            @Nullable
            LocalDate datum,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            ConsultatieMet met,

            @Schema(
                    description = "Naam of functie van wie is geraadpleegd; niet nodig bij VEILIG_THUIS_ADVIES",
                    maxLength = 200)
            @Nullable
            String persoon,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) @Nullable
            String advies) {

        NewConsultatie toNew() {
            return new NewConsultatie(datum, met, text(persoon), text(advies));
        }

        @Override
        public String toString() {
            return "NieuweConsultatie[***]";
        }
    }

    /**
     * A correction: which entry, why, and the corrected content in full under the name of its kind. A new kind that
     * can be corrected adds one field here, to {@link #contents} and one line to {@link #payload}. A changed afweging
     * goes through {@link AfwegingManagement#wijzig}, which checks it against the route.
     */
    @Schema(
            name = "NieuweCorrectie",
            description = "Geef precies één verbeterde inhoud mee, van dezelfde soort als de vastlegging die wordt"
                    + " gecorrigeerd.")
    record NieuweCorrectie(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "De vastlegging")
            @Nullable
            UUID corrigeert,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) @Nullable
            String reden,

            @Schema(description = "De verbeterde inhoud van een SIGNAAL") @Nullable
            NieuwSignaal signaal,

            @Schema(description = "De verbeterde inhoud van een CONSULTATIE") @Nullable
            NieuweConsultatie consultatie,

            @Schema(description = "De verbeterde inhoud van een GESPREK") @Nullable
            NieuwGesprek gesprek,

            @Schema(description = "De verbeterde inhoud van een KINDCHECK") @Nullable
            NieuweKindcheck kindcheck,

            @Schema(description = "De verbeterde inhoud van een MANTELZORGCHECK") @Nullable
            NieuweMantelzorgcheck mantelzorgcheck,

            @Schema(
                    description = "Het gewijzigde antwoord op een AFWEGING die geldt (hetzelfde nummer); het kader is"
                            + " dat van de medewerker")
            @Nullable
            NieuweAfweging afweging) {

        /** How many corrected contents were given; exactly one is right. */
        int contents() {
            return (int) java.util.stream.Stream.of(signaal, consultatie, gesprek, kindcheck, mantelzorgcheck, afweging)
                    .filter(java.util.Objects::nonNull)
                    .count();
        }

        /** The problems of a changed afweging under its JSON path; the reason of the change is {@code reden}. */
        static InvalidInputException ofAfweging(InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, key) -> {
                if (field.equals("wijzigreden")) {
                    errors.put("reden", key);
                } else if (field.isEmpty()) {
                    errors.put("corrigeert", key);
                } else {
                    errors.put("afweging." + field, key);
                }
            });
            return new InvalidInputException(errors);
        }

        UUID checkedCorrigeert() {
            if (corrigeert == null) {
                throw new InvalidInputException("corrigeert", "correctie.fout.entry");
            }
            return corrigeert;
        }

        /** The one corrected content, checked as the facade checks a new one. */
        EntryPayload payload(LocalDate today) {
            List<EntryPayload> given = new ArrayList<>();
            Map<String, String> errors = new LinkedHashMap<>();
            if (signaal != null) {
                NewSignaal n = signaal.toNew();
                checked(
                        "signaal",
                        () -> Signaal.of(
                                n.datum(), n.waarneming(), n.soort(), n.bron(), n.vormen(), n.disclosure(), today),
                        given,
                        errors);
            }
            if (consultatie != null) {
                NewConsultatie n = consultatie.toNew();
                checked(
                        "consultatie",
                        () -> CollegialeConsultatie.of(n.datum(), n.met(), n.persoon(), n.advies(), today),
                        given,
                        errors);
            }
            if (gesprek != null) {
                checked("gesprek", () -> gesprek.toNew(today), given, errors);
            }
            if (kindcheck != null) {
                checked("kindcheck", kindcheck::toNew, given, errors);
            }
            if (mantelzorgcheck != null) {
                checked("mantelzorgcheck", mantelzorgcheck::toNew, given, errors);
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            if (contents() != 1 || given.size() != 1) {
                throw new InvalidInputException("", "api.fout.correctie.inhoud");
            }
            return given.getFirst();
        }

        @Override
        public String toString() {
            return "NieuweCorrectie[***]";
        }
    }

    // ------------------------------------------------------------------ responses

    @Schema(name = "Aangemaakt")
    record Aangemaakt(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id) {}

    @Schema(name = "DossierSamenvatting")
    record DossierSamenvatting(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time")
            Instant geopendOp,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            DossierStatus status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Naam van de eigenaar")
            String eigenaar,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Naam van de eerste betrokkene")
            String eersteBetrokkene) {

        static DossierSamenvatting of(DossierSummary s) {
            return new DossierSamenvatting(s.id(), s.createdAt(), s.status(), s.ownerName(), s.firstBetrokkene());
        }

        @Override
        public String toString() {
            return "DossierSamenvatting[" + id + "]";
        }
    }

    @Schema(name = "Dossier")
    record DossierResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time")
            Instant geopendOp,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            DossierStatus status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Naam van de eigenaar")
            String eigenaar,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<BetrokkeneResponse> betrokkenen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Nieuwste vastlegging eerst")
            List<Vastlegging> journaal,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Per verstuurde melding hoe ver Veilig Thuis ermee is (leeg als Veilig Thuis nog"
                            + " niets meldde)")
            List<VeiligThuisStatus> veiligThuisStatus,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "De verstuurde meldingen, oudste eerst: wanneer, aan welke regio, de status bij"
                            + " Veilig Thuis en de aanvullingen (leeg als er nog niet is gemeld)")
            List<MeldingStand> meldingen,

            @Schema(
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    nullable = true,
                    description = "De versie van het meldprotocol van de organisatie waaronder het dossier loopt (de"
                            + " versie die gold toen het werd geopend); leeg als er toen geen meldprotocol gold")
            @Nullable
            Integer meldprotocolVersie) {

        static DossierResponse of(DossierView view, java.util.Map<UUID, nl.schakel.keten.MeldingStatus> status) {
            return new DossierResponse(
                    view.id(),
                    view.createdAt(),
                    view.status(),
                    view.ownerName(),
                    view.betrokkenen().stream().map(BetrokkeneResponse::of).toList(),
                    view.journal().stream().map(Vastlegging::of).toList(),
                    status.values().stream().map(VeiligThuisStatus::of).toList(),
                    MeldingStand.of(view, status),
                    view.meldprotocolVersie());
        }

        @Override
        public String toString() {
            return "DossierResponse[" + id + "]";
        }
    }

    /** One melding sent from the dossier: when, to which region, its Veilig Thuis status and its aanvullingen. */
    @Schema(name = "MeldingStand")
    record MeldingStand(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "Id in de keten")
            UUID meldingId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID vastlegging,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time")
            Instant verzondenOp,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            MeldingApiController.Regio aan,

            @Schema(nullable = true, description = "Hoe ver Veilig Thuis is; leeg als Veilig Thuis nog niets meldde")
            @Nullable
            VeiligThuisStatus veiligThuisStatus,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Oudste eerst")
            List<AanvullingStand> aanvullingen) {

        static List<MeldingStand> of(DossierView view, java.util.Map<UUID, nl.schakel.keten.MeldingStatus> status) {
            List<EntryView> oudsteEerst = view.journal().reversed();
            return oudsteEerst.stream()
                    .filter(e -> e.payload() instanceof nl.schakel.dossier.domain.Melding)
                    .map(e -> {
                        var m = (nl.schakel.dossier.domain.Melding) e.payload();
                        nl.schakel.keten.MeldingStatus s = status.get(m.meldingId());
                        return new MeldingStand(
                                m.meldingId(),
                                e.id(),
                                e.recordedAt(),
                                new MeldingApiController.Regio(m.regioId(), m.regioNaam()),
                                s == null ? null : VeiligThuisStatus.of(s),
                                oudsteEerst.stream()
                                        .filter(a -> a.payload() instanceof nl.schakel.dossier.domain.Aanvulling av
                                                && av.meldingId().equals(m.meldingId()))
                                        .map(a -> new AanvullingStand(
                                                ((nl.schakel.dossier.domain.Aanvulling) a.payload()).aanvullingId(),
                                                a.id(),
                                                a.recordedAt()))
                                        .toList());
                    })
                    .toList();
        }
    }

    /** One aanvulling sent to a melding. */
    @Schema(name = "AanvullingStand")
    record AanvullingStand(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid", description = "Id in de keten")
            UUID aanvullingId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID vastlegging,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time")
            Instant verzondenOp) {}

    /** How far Veilig Thuis is with one melding of the dossier, as the region reported it through the chain. */
    @Schema(name = "VeiligThuisStatus")
    record VeiligThuisStatus(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID meldingId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            nl.schakel.keten.VtStatus status,

            @Schema(format = "date", description = "Laatste dag van de veiligheidsbeoordeling, bij ONTVANGEN")
            java.time.@Nullable LocalDate veiligheidsbeoordelingUiterlijk,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time")
            Instant sinds) {

        static VeiligThuisStatus of(nl.schakel.keten.MeldingStatus s) {
            return new VeiligThuisStatus(s.meldingId(), s.status(), s.veiligheidsbeoordelingUiterlijk(), s.op());
        }
    }

    @Schema(name = "Betrokkene")
    record BetrokkeneResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String naam,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date")
            LocalDate geboortedatum,

            @Schema(nullable = true, pattern = "^[0-9]{9}$") @Nullable
            String bsn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Relatie relatie) {

        static BetrokkeneResponse of(BetrokkeneView b) {
            return new BetrokkeneResponse(b.id(), b.naam(), b.geboortedatum(), b.bsn(), b.relatie());
        }

        @Override
        public String toString() {
            return "BetrokkeneResponse[" + id + "]";
        }
    }

    /**
     * One journal entry, whatever its kind: who recorded it when, what it corrects and why, and its payload as
     * {@code inhoud}. The schema of {@code inhoud} per {@code soort} is added by {@link DossierApiDocumentation}.
     */
    @Schema(name = "Vastlegging")
    record Vastlegging(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Welk soort vastlegging; bepaalt inhoud")
            EntryKind soort,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time")
            Instant vastgelegdOp,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Naam van wie het vastlegde")
            String auteur,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Role auteurRol,

            @Schema(format = "uuid", nullable = true, description = "De vastlegging die deze corrigeert") @Nullable
            UUID corrigeert,

            @Schema(nullable = true, description = "Waarom gecorrigeerd (alleen bij een correctie)") @Nullable
            String reden,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Corrigeert een latere vastlegging deze?")
            boolean gecorrigeerd,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    implementation = Object.class,
                    description = "Wat is vastgelegd; de vorm hangt af van soort")
            VastleggingInhoud inhoud) {

        static Vastlegging of(EntryView e) {
            return new Vastlegging(
                    e.id(),
                    e.kind(),
                    e.recordedAt(),
                    e.authorName(),
                    e.authorRole(),
                    e.corrects(),
                    e.reason(),
                    e.corrected(),
                    VastleggingInhoud.of(e.payload()));
        }

        @Override
        public String toString() {
            return "Vastlegging[" + id + ", " + soort + "]";
        }
    }
}
