package nl.schakel.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.ActingFor;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Namens;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where an API call's {@value ActingFor#HEADER} header becomes the member it acts for (ADR-0014): a
 * {@link Namens @Namens Actor} parameter of a handler method is {@link ActingFor#member} of the authenticated API
 * client and the header, and the OpenAPI document shows that header, required, on exactly those operations (the
 * {@code Actor} parameter itself is hidden).
 */
@Configuration(proxyBeanMethods = false)
class NamensConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(Namens.class);
    }

    private final ActingFor actingFor;

    NamensConfiguration(ActingFor actingFor) {
        this.actingFor = actingFor;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new NamensResolver(actingFor));
    }

    @Bean
    OperationCustomizer namensHeader() {
        return (operation, handlerMethod) -> {
            if (hasNamens(handlerMethod)) {
                List<io.swagger.v3.oas.models.parameters.Parameter> parameters = operation.getParameters() == null
                        ? new ArrayList<>()
                        : new ArrayList<>(operation.getParameters());
                parameters.add(
                        0,
                        new HeaderParameter()
                                .name(ActingFor.HEADER)
                                .required(true)
                                .description(Namens.DESCRIPTION)
                                .schema(new StringSchema()));
                operation.setParameters(parameters);
            }
            return operation;
        };
    }

    private static boolean hasNamens(HandlerMethod handlerMethod) {
        return Arrays.stream(handlerMethod.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(Namens.class));
    }

    /** Resolves a {@link Namens @Namens Actor} parameter; errors as {@link ActingFor#member} throws them. */
    private static final class NamensResolver implements HandlerMethodArgumentResolver {

        private final ActingFor actingFor;

        NamensResolver(ActingFor actingFor) {
            this.actingFor = actingFor;
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.hasParameterAnnotation(Namens.class) && parameter.getParameterType() == Actor.class;
        }

        @Override
        public Actor resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer container,
                NativeWebRequest request,
                @Nullable WebDataBinderFactory binderFactory) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof Actor client)) {
                throw new AccessDeniedException(ActingFor.HEADER);
            }
            String[] values = request.getHeaderValues(ActingFor.HEADER);
            String header = values == null ? null : String.join(",", values);
            return actingFor.member(client, header);
        }
    }
}
