package nl.schakel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schakel.afwegingskader.Afwegingskader;
import nl.schakel.afwegingskader.Answers;
import nl.schakel.afwegingskader.Evaluation;
import nl.schakel.afwegingskader.HulpVereisten;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The afwegingskader for record systems that embed it: the kaders per beroepscluster and a stateless evaluation of
 * a set of answers. Nothing is stored; the pure decision model ({@link Afwegingskader}) does the work.
 */
@RestController
@RequestMapping(path = "/api/v1/afwegingskaders", produces = "application/json")
@Tag(name = "afwegingskader", description = "Het afwegingskader van de meldcode, per beroepscluster")
class AfwegingskaderApiController {

    /** The languages of the explanation; the first is the default (ADR-0027). */
    private static final List<Locale> LANGUAGES = List.of(Locale.of("nl"), Locale.of("en"));

    private final MessageSource messages;

    AfwegingskaderApiController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "De afwegingskaders, één per beroepscluster",
            description = "Per beroepscluster de code, de naam, de versie en de stap waarin het kader wordt"
                    + " gebruikt. De code is nodig voor een evaluatie.")
    List<KaderResponse> kaders() {
        return Kaders.all().stream().map(KaderResponse::of).toList();
    }

    @PostMapping(path = "/{kadercode}/evaluaties", consumes = "application/json")
    @Operation(
            summary = "Waar leiden deze antwoorden op de afwegingen toe?",
            description = "Antwoorden na het punt waar de afwegingen eindigen, worden genegeerd. Ontbreekt een"
                    + " antwoord dat nodig is, dan is de uitkomst ONVOLLEDIG met de volgende afweging. Bij afweging 2"
                    + " = ja zegt soortOnveiligheid of de onveiligheid acuut, structureel of beide is: alleen acute"
                    + " onveiligheid (of een disclosure) geeft het versnelde pad (acuteOnveiligheid). Zonder"
                    + " soortOnveiligheid telt afweging 2 = ja als mogelijk acuut. Na afweging 2 = ja blijft de"
                    + " meldnorm 1, wat afwegingen 3 tot 5 ook zeggen. Een disclosure met vermoeden = false spreekt"
                    + " zichzelf tegen en is ongeldige invoer. De uitleg is in het Nederlands, of in het Engels bij"
                    + " Accept-Language: en.")
    @ApiResponse(responseCode = "200", description = "De uitkomst")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer (problem+json)")
    @ApiResponse(responseCode = "404", description = "Onbekende kadercode (problem+json)")
    EvaluatieResponse evaluate(
            @PathVariable String kadercode,
            @RequestBody EvaluatieRequest body,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "De taal van de uitleg: nl (standaard) of en",
                            example = "nl")
                    @RequestHeader(name = "Accept-Language", required = false)
                    @Nullable
                    String acceptLanguage) {
        Kader kader = Kaders.find(kadercode).orElseThrow(() -> new NotFoundException("kader"));
        if (body.vermoeden() == null) {
            throw new InvalidInputException("vermoeden", "afweging.fout.vermoeden");
        }
        if (Boolean.TRUE.equals(body.disclosure()) && !body.vermoeden()) {
            throw new InvalidInputException("vermoeden", "afweging.fout.disclosurevermoeden");
        }
        if (body.soortOnveiligheid() != null && !Boolean.TRUE.equals(body.acuteOfStructureleOnveiligheid())) {
            throw new InvalidInputException("soortOnveiligheid", "afweging.fout.soortzonderja");
        }
        Evaluation.Result result = switch (Afwegingskader.evaluate(kader, body.answers())) {
            case Evaluation.Result r -> r;
            case Evaluation.NotAllowed notAllowed -> notAllowed.withoutThem();
        };
        return EvaluatieResponse.of(result, Texts.resolve(messages, language(acceptLanguage), result.explanation()));
    }

    /** The language the client accepts best among Dutch and English; Dutch without (a valid) Accept-Language. */
    static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LANGUAGES.getFirst();
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return best == null ? LANGUAGES.getFirst() : best;
        } catch (IllegalArgumentException e) {
            return LANGUAGES.getFirst();
        }
    }

    @Schema(name = "Afwegingskader")
    record KaderResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String code,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String versie,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String beroepscluster,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Stap 4 of 5 van de meldcode")
            int stap) {
        static KaderResponse of(Kader kader) {
            return new KaderResponse(
                    kader.code(), kader.version(), kader.beroepscluster().name(), kader.stepOfAfwegingen());
        }
    }

    @Schema(name = "EvaluatieVerzoek")
    record EvaluatieRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Afweging 1") @Nullable
            Boolean vermoeden,

            @Schema(description = "Afweging 2") @Nullable Boolean acuteOfStructureleOnveiligheid,

            @Schema(
                    description = "Bij afweging 2 = ja: acute, structurele of acute en structurele onveiligheid."
                            + " Alleen acute onveiligheid geeft het versnelde pad; zonder deze waarde telt ja als"
                            + " mogelijk acuut.")
            @Nullable
            Onveiligheid soortOnveiligheid,

            @Schema(description = "Telt als acute onveiligheid") @Nullable
            Boolean disclosure,

            @Schema(description = "Afweging 3") @Nullable Boolean hulpMogelijk,
            @Schema(description = "Afweging 4") @Nullable Boolean hulpAanvaard,
            @Schema(description = "Afweging 5") @Nullable Boolean hulpResultaat,

            @Schema(description = "De vijf vereisten voor passende hulp (afweging 3)") @Nullable
            HulpVereistenBody hulpVereisten) {

        Answers answers() {
            return new Answers(
                    vermoeden,
                    acuteOfStructureleOnveiligheid,
                    disclosure,
                    hulpMogelijk,
                    hulpAanvaard,
                    hulpResultaat,
                    hulpVereisten == null ? null : hulpVereisten.toDomain(),
                    soortOnveiligheid);
        }
    }

    @Schema(name = "HulpVereisten")
    record HulpVereistenBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Boolean zichtOpVeiligheid,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Boolean afsprakenOverSamenwerkingEnRegie,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Boolean zichtOpHerhalingEnPatronen,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Boolean focusOpVeiligheid,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Boolean aandachtVoorHerstel) {

        HulpVereisten toDomain() {
            Map<String, @Nullable Boolean> fields = new java.util.LinkedHashMap<>();
            fields.put("zichtOpVeiligheid", zichtOpVeiligheid);
            fields.put("afsprakenOverSamenwerkingEnRegie", afsprakenOverSamenwerkingEnRegie);
            fields.put("zichtOpHerhalingEnPatronen", zichtOpHerhalingEnPatronen);
            fields.put("focusOpVeiligheid", focusOpVeiligheid);
            fields.put("aandachtVoorHerstel", aandachtVoorHerstel);
            Map<String, String> missing = new java.util.LinkedHashMap<>();
            fields.forEach((name, value) -> {
                if (value == null) {
                    missing.put("hulpVereisten." + name, "afweging.fout.hulpvereiste");
                }
            });
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
            return new HulpVereisten(
                    zichtOpVeiligheid,
                    afsprakenOverSamenwerkingEnRegie,
                    zichtOpHerhalingEnPatronen,
                    focusOpVeiligheid,
                    aandachtVoorHerstel);
        }
    }

    @Schema(name = "Evaluatie")
    record EvaluatieResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            KaderRef kader,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {
                        "AFSLUITEN",
                        "MELDEN",
                        "HULP_BIEDEN",
                        "HULP_AFSLUITEN_MET_AFSPRAKEN",
                        "ONVOLLEDIG"
                    })
            String uitkomst,

            @Schema(minimum = "1", maximum = "5", nullable = true) @Nullable
            Integer volgendeAfweging,

            @Schema(nullable = true) @Nullable Boolean meldenNoodzakelijk,

            @Schema(
                    allowableValues = {"1", "2", "3"},
                    nullable = true)
            @Nullable
            Integer meldnorm,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean samenMetVeiligThuis,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Acute onveiligheid (afweging 2 = ja, acuut of niet nader bepaald) of een"
                            + " disclosure: meld direct, het versnelde pad. Niet bij structurele onveiligheid alleen.")
            boolean acuteOnveiligheid,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Waarom, voor de professional: in het Nederlands, of in het Engels bij"
                            + " Accept-Language: en")
            String uitleg) {

        static EvaluatieResponse of(Evaluation.Result result, String uitleg) {
            return new EvaluatieResponse(
                    new KaderRef(result.kader().code(), result.kader().version()),
                    result.outcome().name(),
                    result.nextAfweging() == null ? null : result.nextAfweging().number(),
                    result.meldenNoodzakelijk(),
                    result.meldnorm() == null ? null : result.meldnorm().number(),
                    result.jointlyWithVeiligThuis(),
                    result.acuteOnveiligheid(),
                    uitleg);
        }
    }

    @Schema(name = "KaderVerwijzing")
    record KaderRef(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String code,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String versie) {}
}
