package nl.schakel.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.Team;
import nl.schakel.organisation.Tenant;
import nl.schakel.shared.Actor;
import nl.schakel.shared.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API of a tenant's own organisation and teams, for its record system (client credentials). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "organisatie", description = "De eigen organisatie of Veilig Thuis-regio en haar teams")
class OrganisationApiController {

    private final OrganisationManagement organisation;

    OrganisationApiController(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/organisatie")
    @Operation(
            summary = "De organisatie of regio van deze koppeling",
            description = "De organisatie of Veilig Thuis-regio die het token noemt: naam, soort en de"
                    + " beroepsclusters waarmee haar medewerkers werken.")
    OrganisatieResponse organisatie(@AuthenticationPrincipal Actor actor) {
        Tenant tenant = organisation.ownTenant(actor);
        return new OrganisatieResponse(
                tenant.id().value(),
                tenant.name(),
                tenant.kind().name(),
                tenant.beroepsclusters().stream().map(Enum::name).toList());
    }

    @GetMapping("/teams")
    @Operation(
            summary = "De teams van de eigen organisatie",
            description = "Alle teams van de organisatie van de koppeling, op naam.")
    List<TeamResponse> teams(@AuthenticationPrincipal Actor actor) {
        return organisation.teams(actor).stream().map(TeamResponse::of).toList();
    }

    @GetMapping("/teams/{id}")
    @Operation(
            summary = "Eén team van de eigen organisatie",
            description = "Een team van een andere organisatie bestaat voor deze koppeling niet (404).")
    @ApiResponse(responseCode = "404", description = "Geen team van deze organisatie")
    TeamResponse team(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return TeamResponse.of(organisation.team(actor, new TeamId(id)));
    }

    @PostMapping(path = "/teams", consumes = "application/json")
    @Operation(
            summary = "Een team toevoegen aan de eigen organisatie",
            description =
                    "De naam is verplicht en uniek binnen de organisatie. Location wijst naar het nieuwe" + " team.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer (problem+json)")
    ResponseEntity<TeamResponse> createTeam(@AuthenticationPrincipal Actor actor, @RequestBody NieuwTeam body) {
        TeamId id = organisation.createTeam(actor, body.naam() == null ? "" : body.naam());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + id))
                .body(TeamResponse.of(organisation.team(actor, id)));
    }

    @Schema(name = "Organisatie")
    record OrganisatieResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String naam,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"ORGANISATIE", "VEILIG_THUIS_REGIO"})
            String soort,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> beroepsclusters) {}

    @Schema(name = "Team")
    record TeamResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String naam) {
        static TeamResponse of(Team team) {
            return new TeamResponse(team.id().value(), team.name());
        }
    }

    @Schema(name = "NieuwTeam")
    record NieuwTeam(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) @Nullable
            String naam) {}
}
