package nl.schakel.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A form sent after the session ended (15 minutes idle, or the absolute lifetime): not a 403, but the login, which
 * brings the user back to the same form (ADR-0028). The browser kept what was typed ({@code /js/concept.js}); the
 * server only remembers, in the new session, which page to return to: the form's page, the path of the POST or,
 * when that is no page, the nearest page above it, never another site. Nothing else is kept and nothing is logged:
 * a refused POST read and changed nothing. An htmx request is sent to the login page as a whole; a script's call
 * ({@code /concepten}) gets 401, so the script knows the session ended.
 */
@Component
class ExpiredSession {

    /** The session attribute with the path to return to after both factors. */
    static final String TARGET = "schakel.naInloggen";

    static final String LOGIN = "/inloggen?verlopen=formulier";

    private final ApplicationContext context;
    private volatile @Nullable List<PathPattern> pages;

    ExpiredSession(ApplicationContext context) {
        this.context = context;
    }

    /**
     * The browser sent a session cookie, but nobody is signed in on it: the session ended while the user was on the
     * page (the cookie names a session that no longer exists, or one made since, by a look at another page, that
     * never had this form's token). The login form itself is never such a form.
     */
    static boolean ended(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null || "/inloggen".equals(request.getRequestURI())) {
            return false;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }

    /** Sends the user to the login, remembering the form's page; a script's call gets 401. */
    void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            remember(request);
            response.setHeader("HX-Redirect", LOGIN);
            response.setStatus(HttpServletResponse.SC_OK);
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        remember(request);
        response.sendRedirect(LOGIN);
    }

    private void remember(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        session.setAttribute(TARGET, pageOf(request.getRequestURI()));
    }

    /** The page to return to after the second factor; null if none was remembered. */
    static @Nullable String target(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(TARGET) instanceof String target ? target : null;
    }

    /** Both factors given: the page is returned to now, and only once. */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(TARGET);
        }
    }

    /** The form's page of a POST: its own path if a page has it, else the nearest page above it; "/" at worst. */
    String pageOf(String postPath) {
        String path = SecondFactorController.safeTarget(postPath);
        while (path.length() > 1) {
            PathContainer container = PathContainer.parsePath(path);
            if (pages().stream().anyMatch(p -> p.matches(container))) {
                return path;
            }
            path = path.substring(0, Math.max(path.lastIndexOf('/'), 1));
        }
        return "/";
    }

    private List<PathPattern> pages() {
        List<PathPattern> known = pages;
        if (known == null) {
            RequestMappingHandlerMapping mapping =
                    context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            known = mapping.getHandlerMethods().keySet().stream()
                    .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                            || info.getMethodsCondition()
                                    .getMethods()
                                    .contains(org.springframework.web.bind.annotation.RequestMethod.GET))
                    .filter(info -> info.getPathPatternsCondition() != null)
                    .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                    .filter(p -> !p.getPatternString().startsWith("/api/")
                            && !p.getPatternString().equals("/concepten")
                            && !p.getPatternString().equals("/error"))
                    .toList();
            pages = known;
        }
        return known;
    }

    static boolean isPost(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod());
    }
}
