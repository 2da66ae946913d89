package nl.schakel.veiligthuis.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.domain.Actie;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one guard of a case's action pages ({@code /veilig-thuis/zaken/{id}/<action>...}, GET and POST): the page's
 * {@link Actie} is found by its address, and a role that may not act on it is refused by the facade
 * ({@link VeiligThuisManagement#actiePagina}: 403, logged) before the controller runs. So a page added later for an
 * action is guarded without code of its own. An address no controller serves is left to the ordinary "not found".
 */
@Configuration
class ActiePaginaGuard implements WebMvcConfigurer, HandlerInterceptor {

    private static final String ZAKEN = "/veilig-thuis/zaken/";

    private final VeiligThuisManagement veiligThuis;

    ActiePaginaGuard(VeiligThuisManagement veiligThuis) {
        this.veiligThuis = veiligThuis;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(ZAKEN + "*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(handler instanceof HandlerMethod)
                || !pad.startsWith(ZAKEN)
                || authentication == null
                || !(authentication.getPrincipal() instanceof Actor actor)) {
            return true;
        }
        String zaak = pad.substring(ZAKEN.length());
        int slash = zaak.indexOf('/');
        if (slash < 0) {
            return true;
        }
        UUID id;
        try {
            id = UUID.fromString(zaak.substring(0, slash));
        } catch (IllegalArgumentException e) {
            return true;
        }
        Actie.vanPad(zaak.substring(slash + 1))
                .ifPresent(actie -> veiligThuis.actiePagina(actor, id, actie, !"GET".equals(request.getMethod())));
        return true;
    }
}
