package nl.schakel.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json} (ADR-0020, NL API Design Rules): title, semantic version,
 * contact, licence, the client-credentials security, and the server URL with the major version ({@code …/api/v1}),
 * so the paths are relative to it. {@link ApiDesignRules} brings every operation in line with the rules.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** The major version in every API URI (/core/uri-version). */
    static final String BASE_PATH = "/api/v1";

    /**
     * The full version of the API (/core/semver, /core/version-header): minor for an added operation or optional
     * field, patch for a fix; a breaking change is a new major version under a new base path.
     */
    static final String VERSION = "1.0.0";

    /** Where the document lives, within the base path (/core/publish-openapi). */
    static final String DOCUMENT = BASE_PATH + "/openapi.json";

    static final String SECURITY_SCHEME = "koppeling";

    @Bean
    OpenAPI schakelOpenApi(
            @Value("${schakel.api.contact.name}") String contactName,
            @Value("${schakel.api.contact.email}") String contactEmail,
            @Value("${schakel.api.contact.url}") String contactUrl) {
        return new OpenAPI()
                .info(new Info()
                        .title("Schakel API")
                        .version(VERSION)
                        .description("API voor registratiesystemen van organisaties en Veilig Thuis-regio's."
                                + " Elk antwoord noemt in de header API-Version de volledige versie van de API."
                                + " Fouten zijn application/problem+json (RFC 9457), met per ongeldig veld een"
                                + " Nederlandse melding onder fouten.")
                        .contact(new Contact()
                                .name(contactName)
                                .email(contactEmail)
                                .url(contactUrl))
                        .license(new License()
                                .name("EUPL-1.2")
                                .url("https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
                .components(new Components()
                        .addSecuritySchemes(
                                SECURITY_SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("OAuth2 client credentials. Het token noemt de organisatie of"
                                                + " regio van de koppeling; er zijn geen scopes.")
                                        .flows(new OAuthFlows()
                                                .clientCredentials(new OAuthFlow()
                                                        .tokenUrl("/oauth2/token")
                                                        .scopes(new Scopes())))))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }

    /** The server URL that springdoc derives from the request (scheme, host, port), plus the major version. */
    @Bean
    ServerBaseUrlCustomizer majorVersionInServerUrl() {
        return (serverBaseUrl, request) ->
                serverBaseUrl.endsWith(BASE_PATH) ? serverBaseUrl : serverBaseUrl + BASE_PATH;
    }
}
