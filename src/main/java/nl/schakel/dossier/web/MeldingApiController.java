package nl.schakel.dossier.web;

import static nl.schakel.dossier.web.DossierApiController.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewMelding;
import nl.schakel.dossier.web.DossierApiController.Aangemaakt;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Namens;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step 5 for a record system (ADR-0014): the Veilig Thuis regions a dossier can send its melding to, sending the
 * melding, and an aanvulling afterwards (ADR-0019). The same facade calls as the melding and aanvulling pages, so the
 * same rules, Dutch problems and access-log rows; the state of each melding is in {@code GET /api/v1/dossiers/{id}}.
 */
@RestController
@RequestMapping(path = DossierApiController.BASE, produces = "application/json")
@Tag(name = DossierApiController.TAG, description = DossierApiController.TAG_DESCRIPTION)
class MeldingApiController {

    private static final String JSON = "application/json";

    private final MeldingManagement meldingen;

    MeldingApiController(MeldingManagement meldingen) {
        this.meldingen = meldingen;
    }

    @GetMapping("/{id}/veilig-thuis-regios")
    @Operation(
            summary = "De Veilig Thuis-regio's waar het dossier een melding naartoe kan sturen",
            description = "Gebruik het id van een regio als regio bij het versturen van de melding.")
    @ApiResponse(responseCode = "200", description = "De regio's")
    @ApiResponse(responseCode = "400", description = "Geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    List<Regio> regios(@PathVariable UUID id, @Namens Actor by) {
        return meldingen.draft(by, id).regios().stream().map(Regio::of).toList();
    }

    @PostMapping(path = "/{id}/meldingen", consumes = JSON)
    @Operation(
            summary = "De melding aan Veilig Thuis versturen (stap 5)",
            description = "Wat in het dossier staat (betrokkenen, signalen, consultaties, gesprekken met de cliënt,"
                    + " afwegingen en beslissingen) gaat vanzelf mee. Heeft het dossier al gemeld, stuur dan een"
                    + " aanvulling; een tweede melding alleen met nogmaals = true.")
    @ApiResponse(responseCode = "201", description = "Verstuurd; Location wijst naar de vastlegging van de melding")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> melding(@PathVariable UUID id, @RequestBody NieuweMelding body, @Namens Actor by) {
        return DossierApiController.added(id, meldingen.send(by, id, body.toNew()));
    }

    @PostMapping(path = "/{id}/aanvullingen", consumes = JSON)
    @Operation(
            summary = "Een aanvulling op de verstuurde melding sturen",
            description = "Komt bij Veilig Thuis bij dezelfde melding, nooit als nieuwe melding. Wat na de melding"
                    + " (of de vorige aanvulling) in het dossier is vastgelegd, gaat vanzelf mee.")
    @ApiResponse(responseCode = "201", description = "Verstuurd; Location wijst naar de vastlegging van de aanvulling")
    @ApiResponse(
            responseCode = "400",
            description = "Nog geen melding, geen tekst, of geen geldige Namens (problem+json)")
    @ApiResponse(responseCode = "404", description = "Geen dossier dat deze medewerker mag zien (problem+json)")
    ResponseEntity<Aangemaakt> aanvulling(@PathVariable UUID id, @RequestBody NieuweAanvulling body, @Namens Actor by) {
        return DossierApiController.added(id, meldingen.aanvullen(by, id, text(body.tekst())));
    }

    @Schema(name = "VeiligThuisRegio")
    record Regio(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String naam) {

        static Regio of(VeiligThuisRegio r) {
            return new Regio(r.id().value(), r.naam());
        }
    }

    @Schema(name = "NieuweMelding")
    record NieuweMelding(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    format = "uuid",
                    description = "Een regio uit GET …/veilig-thuis-regios")
            @Nullable
            UUID regio,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) @Nullable
            String watBlijfIkDoen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Weet de cliënt dat u meldt?") @Nullable
            Boolean clientGeinformeerd,

            @Schema(
                    maxLength = 4000,
                    description = "Verplicht als clientGeinformeerd false is: waarom vertellen niet veilig is")
            @Nullable
            String redenNietGeinformeerd,

            @Schema(
                    nullable = true,
                    description = "Zegt Veilig Thuis niet tegen de familie dat de melding van u komt? Zonder keuze"
                            + " geldt de regel: afgeschermd als de cliënt het niet weet, anders niet")
            @Nullable
            Boolean anoniemNaarGezin,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 200,
                    description = "Hoe Veilig Thuis u bereikt")
            @Nullable
            String contact,

            @Schema(description = "Bewust een tweede melding uit hetzelfde dossier? Standaard false") @Nullable
            Boolean nogmaals) {

        NewMelding toNew() {
            return new NewMelding(
                    text(watBlijfIkDoen),
                    clientGeinformeerd,
                    text(redenNietGeinformeerd),
                    anoniemNaarGezin,
                    regio,
                    text(contact),
                    Boolean.TRUE.equals(nogmaals));
        }

        @Override
        public String toString() {
            return "NieuweMelding[***]";
        }
    }

    @Schema(name = "NieuweAanvulling")
    record NieuweAanvulling(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 4000,
                    description = "Wat u toevoegt, in uw eigen woorden")
            @Nullable
            String tekst) {

        @Override
        public String toString() {
            return "NieuweAanvulling[***]";
        }
    }
}
