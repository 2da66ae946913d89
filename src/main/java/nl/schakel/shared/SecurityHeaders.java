package nl.schakel.shared;

import java.util.Map;

/**
 * The security headers of every answer (ASVS 3.4, A9 of the test matrix): the strict Content Security Policy of the
 * pages, the closed one of everything else, and the headers beside them. Spring Security's chains write them; the few
 * answers written outside those chains (the 503 while the database is gone, and what Tomcat answers itself for a
 * request it refuses before the application sees it) set {@link #outsideTheChain} themselves.
 */
public final class SecurityHeaders {

    /** Pages: only this origin's scripts, styles, images and fonts; no framing, no inline code. */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** The API, the token endpoint and the federation: nothing to load, nothing to frame. */
    public static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** The headers for an answer written outside Spring Security's chains, a page or not. */
    public static Map<String, String> outsideTheChain(boolean page) {
        return Map.of(
                "Content-Security-Policy", page ? PAGE_POLICY : NON_PAGE_POLICY,
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Referrer-Policy", "no-referrer",
                "Cache-Control", "no-store");
    }
}
