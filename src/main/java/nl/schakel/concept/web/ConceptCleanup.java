package nl.schakel.concept.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.concept.Concept;
import nl.schakel.concept.Concepten;
import nl.schakel.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Removes a form's draft once the form was saved: a POST that carries the draft key and was answered with a redirect
 * (the pattern of every form: redirect after a successful save, the same page again with the messages after bad
 * input, so a refused form keeps its draft), or a POST from htmx answered with 2xx (htmx gets the new part of the page
 * after a save, and 422 after bad input).
 */
@Configuration
class ConceptCleanup implements WebMvcConfigurer, HandlerInterceptor {

    private final Concepten concepten;

    ConceptCleanup(Concepten concepten) {
        this.concepten = concepten;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/concepten/**", "/concepten", "/api/**");
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        String key = request.getParameter(Concept.FIELD);
        int status = response.getStatus();
        if (ex == null
                && key != null
                && "POST".equals(request.getMethod())
                && (isRedirect(status) || (isSuccess(status) && request.getHeader("HX-Request") != null))
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof Actor actor) {
            concepten.remove(actor.userId(), key);
        }
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status < 400;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }
}
