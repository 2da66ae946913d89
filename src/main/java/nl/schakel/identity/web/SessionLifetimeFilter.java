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
 * session store's own ({@code server.servlet.session.timeout}).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration absoluteLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration absoluteLifetime, Clock clock) {
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > absoluteLifetime.toMillis()) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/inloggen?verlopen");
            return;
        }
        chain.doFilter(request, response);
    }
}
