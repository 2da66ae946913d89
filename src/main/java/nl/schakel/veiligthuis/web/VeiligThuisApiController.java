package nl.schakel.veiligthuis.web;

import static nl.schakel.shared.FormValues.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.organisation.Codelijsten;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.MelderAfscherming;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Zaak;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meldingen for the region's own record system: registering a melding as Veilig Thuis staff would (with the time it
 * was received) and reading where it stands. The bearer token is that of the region's API client; the client acts for
 * the region itself (no {@code Namens}), and an organisation's client is refused.
 */
@RestController
@RequestMapping(path = VeiligThuisApiController.BASE, produces = "application/json")
@Tag(
        name = "veilig-thuis",
        description = "Meldingen bij een Veilig Thuis-regio, voor het registratiesysteem van de"
                + " regio zelf (token van de koppeling van de regio).")
class VeiligThuisApiController {

    static final String BASE = "/api/v1/veilig-thuis/meldingen";

    private final VeiligThuisManagement veiligThuis;
    private final Codelijsten codelijsten;
    private final Clock clock;

    VeiligThuisApiController(VeiligThuisManagement veiligThuis, Codelijsten codelijsten, Clock clock) {
        this.veiligThuis = veiligThuis;
        this.codelijsten = codelijsten;
        this.clock = clock;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Een melding registreren",
            description = "Zoals een medewerker van Veilig Thuis een melding registreert: met het moment van"
                    + " ontvangst (niet in de toekomst), minstens één directbetrokkene en een bekende melder. De"
                    + " uiterste datum van de veiligheidsbeoordeling is de vijfde werkdag na de dag van ontvangst.")
    @ApiResponse(responseCode = "201", description = "Geregistreerd; Location wijst naar de melding")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, met een melding per veld (problem+json)")
    @ApiResponse(responseCode = "403", description = "Geen koppeling van een Veilig Thuis-regio (problem+json)")
    ResponseEntity<ZaakAangemaakt> registreer(@AuthenticationPrincipal Actor client, @RequestBody NieuweMelding body) {
        UUID id = veiligThuis.registreer(client, body.intake(codelijsten, clock.instant()));
        return ResponseEntity.created(URI.create(BASE + "/" + id)).body(new ZaakAangemaakt(id));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Eén melding van de regio: ontvangst, acuut, uiterste datum en status",
            description = "De uiterste datum van de veiligheidsbeoordeling is de vijfde werkdag na de dag van"
                    + " ontvangst. Een melding van een andere regio bestaat voor deze koppeling niet (404).")
    @ApiResponse(responseCode = "200", description = "De melding")
    @ApiResponse(responseCode = "404", description = "Geen melding van deze regio (problem+json)")
    VtMelding melding(@AuthenticationPrincipal Actor client, @PathVariable UUID id) {
        return VtMelding.of(veiligThuis.zaak(client, id).zaak());
    }

    @Schema(name = "ZaakAangemaakt")
    record ZaakAangemaakt(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id) {}

    @Schema(name = "NieuweVtMelding", description = "Een melding zoals Veilig Thuis die ontving")
    record NieuweMelding(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    format = "date-time",
                    description = "Wanneer de melding binnenkwam (ISO 8601 met tijdzone); niet in de toekomst")
            @Nullable
            OffsetDateTime ontvangenOp,

            @Schema(description = "Is de melding acuut? Standaard false") @Nullable
            Boolean acuut,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Wie belde") @Nullable
            Beller beller,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            VtMelder melder,

            @Schema(description = "De categorie van de melder (CBS); verplicht voor een beroepskracht") @Nullable
            MelderCategorie categorie,

            @ArraySchema(
                    schema = @Schema(implementation = NieuweDirectbetrokkene.class),
                    minItems = 1,
                    arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
            @Nullable
            List<NieuweDirectbetrokkene> directbetrokkenen,

            @ArraySchema(
                    schema =
                            @Schema(
                                    description = "Een code uit de codelijst vormen van geweld",
                                    example = "kindermishandeling-lichamelijk"))
            @Nullable
            List<String> vormen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) @Nullable
            String omschrijving) {

        Intake intake(Codelijsten codelijsten, Instant now) {
            Map<String, String> errors = new LinkedHashMap<>();
            Set<String> codes = new LinkedHashSet<>(vormen == null ? List.of() : vormen);
            Set<VormVanGeweld> categorieen = Set.of();
            try {
                categorieen = codelijsten.categorieen(codes);
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            VtMelder m = melder == null ? new VtMelder(null, null, null, null, null) : melder;
            List<Intake.PersoonInvoer> personen = directbetrokkenen == null
                    ? List.of()
                    : directbetrokkenen.stream()
                            .map(p -> p == null
                                    ? new Intake.PersoonInvoer("", null, null, "", null)
                                    : new Intake.PersoonInvoer(
                                            text(p.naam()), p.geboortedatum(), p.geslacht(), text(p.bsn()), p.rol()))
                            .toList();
            try {
                Intake intake = Intake.of(
                        ZaakSoort.MELDING,
                        ontvangenOp == null ? null : ontvangenOp.toInstant(),
                        beller,
                        false,
                        new Intake.MelderInvoer(
                                text(m.naam()),
                                text(m.organisatie()),
                                text(m.contact()),
                                MelderAfscherming.afgeschermd(m.clientGeinformeerd(), m.afgeschermd())),
                        categorie,
                        personen,
                        List.copyOf(codes),
                        categorieen,
                        Boolean.TRUE.equals(acuut),
                        text(omschrijving),
                        now);
                if (errors.isEmpty()) {
                    return intake;
                }
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((field, key) -> errors.put(veld(field), key));
            }
            throw new InvalidInputException(errors);
        }

        /** The field as this API names it. */
        static String veld(String field) {
            return switch (field) {
                case "melderNaam" -> "melder.naam";
                case "melderContact" -> "melder.contact";
                case "melderOrganisatie" -> "melder.organisatie";
                default -> field.startsWith("betrokkenen") ? "direct" + field : field;
            };
        }

        @Override
        public String toString() {
            return "NieuweMelding[***]";
        }
    }

    @Schema(name = "VtMelder", description = "Wie de melding deed; Veilig Thuis houdt de melder apart van de zaak")
    record VtMelder(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @Nullable
            String naam,

            @Schema(maxLength = 200, description = "De organisatie van een beroepskracht") @Nullable
            String organisatie,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, description = "Telefoon of e-mail")
            @Nullable
            String contact,

            @Schema(
                    nullable = true,
                    description = "Blijft de melder afgeschermd voor het gezin? Zonder keuze geldt de regel:"
                            + " afgeschermd als de cliënt niet weet dat er gemeld is (of dat onbekend is), anders niet")
            @Nullable
            Boolean afgeschermd,

            @Schema(nullable = true, description = "Weet de cliënt dat deze melder meldt? Leeg als dat onbekend is")
            @Nullable
            Boolean clientGeinformeerd) {

        @Override
        public String toString() {
            return "VtMelder[***]";
        }
    }

    @Schema(name = "NieuweDirectbetrokkene")
    record NieuweDirectbetrokkene(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @Nullable
            String naam,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", description = "Niet in de toekomst")
            @Nullable
            LocalDate geboortedatum,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Geslacht geslacht,

            @Schema(description = "Burgerservicenummer (elfproef); mag ontbreken", pattern = "^[0-9]{9}$") @Nullable
            String bsn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            BetrokkeneRol rol) {

        @Override
        public String toString() {
            return "NieuweDirectbetrokkene[***]";
        }
    }

    @Schema(name = "VtMelding")
    record VtMelding(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ZaakSoort soort,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time")
            Instant ontvangenOp,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean acuut,

            @Schema(
                    format = "date",
                    description = "De laatste dag van de veiligheidsbeoordeling: de vijfde werkdag na de dag"
                            + " van ontvangst (alleen bij een melding)")
            @Nullable
            LocalDate veiligheidsbeoordelingUiterlijk,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ZaakStatus status,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Nieuw, vervolgmelding of hermelding")
            Classificatie classificatie) {

        static VtMelding of(Zaak z) {
            return new VtMelding(
                    z.id(), z.soort(), z.ontvangenOp(), z.acuut(), z.vbUiterlijk(), z.status(), z.classificatie());
        }
    }
}
