package nl.schakel.dossier.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.schakel.dossier.domain.EntryKind;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the {@code inhoud} of a {@code Vastlegging} in the OpenAPI document as one of the schemas of
 * {@link VastleggingInhoud}, one per {@link EntryKind}, named after the kind's payload: the API's own records, as it
 * writes them. A new kind is documented with its record in {@code VastleggingInhoud} and no change here.
 */
@Configuration(proxyBeanMethods = false)
class DossierApiDocumentation {

    static final String ENTRY_SCHEMA = "Vastlegging";

    @Bean
    OpenApiCustomizer vastleggingInhoud() {
        return openApi -> {
            Components components = openApi.getComponents();
            if (components == null || components.getSchemas() == null) {
                return;
            }
            Schema<?> entry = components.getSchemas().get(ENTRY_SCHEMA);
            if (entry == null || entry.getProperties() == null) {
                return;
            }
            ModelConverters converters = ModelConverters.getInstance(openApi.getSpecVersion() == SpecVersion.V31);
            List<Schema> kinds = new ArrayList<>();
            for (EntryKind kind : EntryKind.values()) {
                Map<String, Schema> schemas = converters.readAll(VastleggingInhoud.contract(kind));
                schemas.forEach((name, schema) -> components.getSchemas().putIfAbsent(name, schema));
                kinds.add(new Schema<>()
                        .$ref("#/components/schemas/" + kind.payloadType().getSimpleName()));
            }
            Schema<Object> inhoud = new Schema<>();
            inhoud.setOneOf(kinds);
            inhoud.setDescription("Wat is vastgelegd: het schema dat bij soort hoort ("
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(EntryKind.values())
                                    .map(k -> k.name() + " → " + k.payloadType().getSimpleName())
                                    .toList())
                    + ")");
            entry.getProperties().put("inhoud", inhoud);
        };
    }
}
