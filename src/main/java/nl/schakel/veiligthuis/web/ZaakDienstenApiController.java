package nl.schakel.veiligthuis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.Zaak;
import nl.schakel.veiligthuis.ZaakExport;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.Dienstgeschiedenis;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The services of a melding for the region's own record system: the service it is in (with its Dutch name), the ones it
 * went through, the besluit, the terms and the veiligheidsvoorwaarden with every version. Contract records of their
 * own, never the journal's payloads; never the melder. Read-only: a voorwaarde changes only by a new decision approved
 * by a second person in Schakel (rule 40), so nothing here changes one.
 */
@RestController
@RequestMapping(path = VeiligThuisApiController.BASE, produces = "application/json")
// the same tag as VeiligThuisApiController, word for word, so the document lists it once
@Tag(
        name = "veilig-thuis",
        description = "Meldingen bij een Veilig Thuis-regio, voor het registratiesysteem van de"
                + " regio zelf (token van de koppeling van de regio).")
class ZaakDienstenApiController {

    private static final Locale NL = Locale.of("nl");

    private final ZaakExport zaken;
    private final MessageSource messages;

    ZaakDienstenApiController(ZaakExport zaken, MessageSource messages) {
        this.zaken = zaken;
        this.messages = messages;
    }

    @GetMapping("/{id}/diensten")
    @Operation(
            summary = "De diensten van een melding: status, besluit, termijnen en veiligheidsvoorwaarden",
            description = "Waar de melding staat in de diensten van Veilig Thuis (Handelingsprotocol 2019): de dienst"
                    + " nu en de diensten die zij doorliep, het besluit na de veiligheidsbeoordeling, de termijnen en"
                    + " de veiligheidsvoorwaarden met al hun versies. Een voorwaarde verandert alleen door een nieuw"
                    + " besluit dat een tweede persoon goedkeurt; deze API verandert er geen. Een melding van een"
                    + " andere regio bestaat voor deze koppeling niet (404).")
    @ApiResponse(responseCode = "200", description = "De diensten van de melding")
    @ApiResponse(responseCode = "404", description = "Geen melding van deze regio (problem+json)")
    VtDiensten diensten(@AuthenticationPrincipal Actor client, @PathVariable UUID id) {
        ZaakExport.Dienstoverzicht overzicht = zaken.diensten(client, id);
        Zaak z = overzicht.zaak();
        return new VtDiensten(
                z.id(),
                dienst(overzicht.diensten().nu()),
                overzicht.diensten().diensten().stream()
                        .map(d -> new VtDoorlopenDienst(dienst(d.dienst()), d.vanaf(), d.tot()))
                        .toList(),
                overzicht.diensten().besluit().map(VtBesluit::of).orElse(null),
                new VtTermijnen(
                        z.vbUiterlijk(),
                        z.besluitOp(),
                        z.laatsteVeiligheidscheck(),
                        z.onderzoekUiterlijk(),
                        z.status() == ZaakStatus.MONITORING ? z.monitoringSinds() : null,
                        overzicht.volgendMonitoringsmoment()),
                overzicht.voorwaarden().alle().stream()
                        .map(v -> VtVoorwaarde.of(v, overzicht.voorwaarden()))
                        .toList());
    }

    private VtDienst dienst(ZaakStatus status) {
        return new VtDienst(status, messages.getMessage("vt.status." + status.name(), null, NL));
    }

    @Schema(name = "VtDiensten", description = "Waar een melding staat in de diensten van Veilig Thuis")
    record VtDiensten(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De dienst waarin de melding nu is")
            VtDienst status,

            @ArraySchema(
                    schema = @Schema(implementation = VtDoorlopenDienst.class),
                    arraySchema =
                            @Schema(
                                    requiredMode = Schema.RequiredMode.REQUIRED,
                                    description = "De diensten die de melding doorliep, oudste eerst; de laatste"
                                            + " is de dienst nu"))
            List<VtDoorlopenDienst> diensten,

            @Schema(
                    nullable = true,
                    description = "Het besluit na de veiligheidsbeoordeling dat geldt; leeg zolang er geen is")
            @Nullable
            VtBesluit besluit,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            VtTermijnen termijnen,

            @ArraySchema(
                    schema = @Schema(implementation = VtVoorwaarde.class),
                    arraySchema =
                            @Schema(
                                    requiredMode = Schema.RequiredMode.REQUIRED,
                                    description = "De veiligheidsvoorwaarden, in de volgorde waarin ze gesteld zijn"))
            List<VtVoorwaarde> voorwaarden) {}

    @Schema(name = "VtDienst", description = "Een dienst van Veilig Thuis, met de code en de Nederlandse naam")
    record VtDienst(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ZaakStatus code,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Voorwaarden en vervolg")
            String naam) {}

    @Schema(name = "VtDoorlopenDienst", description = "Een dienst die de melding doorliep")
    record VtDoorlopenDienst(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            VtDienst dienst,

            @Schema(
                    format = "date-time",
                    nullable = true,
                    description = "Sinds wanneer; leeg als het journaal" + " dat niet vastlegt")
            @Nullable
            Instant vanaf,

            @Schema(format = "date-time", nullable = true, description = "Tot wanneer; leeg voor de dienst nu")
            @Nullable
            Instant tot) {}

    @Schema(
            name = "VtBesluit",
            description = "Het besluit na de veiligheidsbeoordeling, goedgekeurd door een tweede" + " persoon")
    record VtBesluit(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Besluit code,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Voorwaarden en vervolg")
            String naam,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    format = "date-time",
                    description = "Wanneer het" + " besluit is goedgekeurd en ging gelden")
            Instant genomenOp) {

        static VtBesluit of(Dienstgeschiedenis.GenomenBesluit b) {
            return new VtBesluit(b.besluit(), b.besluit().omschrijving(), b.goedgekeurdOp());
        }
    }

    @Schema(name = "VtTermijnen", description = "De termijnen van de melding")
    record VtTermijnen(
            @Schema(
                    format = "date",
                    nullable = true,
                    description = "De laatste dag van de veiligheidsbeoordeling: de vijfde werkdag na de dag van"
                            + " ontvangst (alleen bij een melding)")
            @Nullable
            LocalDate veiligheidsbeoordelingUiterlijk,

            @Schema(
                    format = "date-time",
                    nullable = true,
                    description = "Wanneer de veiligheidsbeoordeling afliep met een goedgekeurd besluit")
            @Nullable
            Instant veiligheidsbeoordelingAfgerondOp,

            @Schema(
                    format = "date-time",
                    nullable = true,
                    description = "Wanneer de veiligheid van het gezin het laatst is gecheckt tijdens het wachten")
            @Nullable
            Instant laatsteVeiligheidscheck,

            @Schema(
                    format = "date",
                    nullable = true,
                    description = "De laatste dag van het onderzoek door Veilig Thuis: tien weken na de start (regel"
                            + " 35); alleen als de melding in onderzoek is of was")
            @Nullable
            LocalDate onderzoekUiterlijk,

            @Schema(
                    format = "date",
                    nullable = true,
                    description = "Sinds wanneer Veilig Thuis monitort; alleen tijdens de monitoring")
            @Nullable
            LocalDate monitoringSinds,

            @Schema(
                    format = "date",
                    nullable = true,
                    description = "De dag van het volgende geplande monitoringsmoment (na 3 en na 12 maanden, en"
                            + " extra momenten); alleen tijdens de monitoring")
            @Nullable
            LocalDate volgendMonitoringsmoment) {}

    @Schema(name = "VtVoorwaarde", description = "Een veiligheidsvoorwaarde (bodemeis) met al haar versies")
    record VtVoorwaarde(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid")
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De versie die nu geldt")
            VtVoorwaardeVersie geldend,

            @ArraySchema(
                    schema = @Schema(implementation = VtVoorwaardeVersie.class),
                    arraySchema =
                            @Schema(
                                    requiredMode = Schema.RequiredMode.REQUIRED,
                                    description = "Alle versies, oudste eerst; de laatste geldt"))
            List<VtVoorwaardeVersie> versies,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Wacht een voorgestelde wijziging op de goedkeuring door een tweede persoon?")
            boolean wijzigingWachtOpGoedkeuring) {

        static VtVoorwaarde of(Veiligheidsvoorwaarden.Voorwaarde v, Veiligheidsvoorwaarden alle) {
            List<VtVoorwaardeVersie> versies = new java.util.ArrayList<>();
            for (int i = 0; i < v.versies().size(); i++) {
                Veiligheidsvoorwaarden.Versie versie = v.versies().get(i);
                versies.add(new VtVoorwaardeVersie(
                        i + 1, versie.tekst(), versie.betreft(), versie.controle(), versie.vanaf()));
            }
            return new VtVoorwaarde(v.id(), versies.getLast(), versies, alle.wachtOpBeoordeling(v.id()));
        }
    }

    @Schema(name = "VtVoorwaardeVersie", description = "Eén versie van de tekst van een veiligheidsvoorwaarde")
    record VtVoorwaardeVersie(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 voor de eerste versie")
            int versie,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De voorwaarde, in één zin")
            String tekst,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Om wie het gaat")
            String betreft,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Hoe en door wie de voorwaarde wordt" + " gecontroleerd")
            String controle,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    format = "date-time",
                    description = "Sinds wanneer" + " deze versie geldt")
            Instant geldtVanaf) {}
}
