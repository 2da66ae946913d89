package nl.schakel.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its absolute lifetime, however active it was (ASVS 7.3.2). The inactivity time-out is the
 * session store's own ({@code server.servlet.session.timeout}). A form sent just then is handled as after the
 * time-out ({@link ExpiredSession}): the login, and back to the form.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration absoluteLifetime;
    private final Clock clock;
    private final ExpiredSession expired;

    SessionLifetimeFilter(Duration absoluteLifetime, Clock clock, ExpiredSession expired) {
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
        this.expired = expired;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > absoluteLifetime.toMillis()) {
            session.invalidate();
            if (ExpiredSession.isPost(request)) {
                // a form sent at the end of the lifetime: the login, and back to the form (what was typed is kept)
                expired.toLogin(request, response);
                return;
            }
            response.sendRedirect(request.getContextPath() + "/inloggen?verlopen");
            return;
        }
        chain.doFilter(request, response);
    }
}
