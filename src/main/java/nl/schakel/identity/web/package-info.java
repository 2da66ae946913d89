/**
 * Login, second factor and the security filter chains.
 *
 * <p>{@code SecurityConfiguration} has the one filter chain for the pages. The login form ({@code /inloggen}) goes to
 * {@code PasswordAuthenticationProvider}; on success the session holds an {@code Actor} with only the authority
 * {@code FACTOR_PASSWORD} ({@code Factors}), which opens nothing but {@code /tweede-factor} and
 * {@code /tweede-factor/instellen}. A valid TOTP or recovery code ({@code SecondFactorController}) changes the session
 * id and grants {@code FACTOR_TOTP} and {@code ROLE_<role>}; every other page needs {@code FACTOR_TOTP}, and the
 * areas {@code /beheer/**} (BEHEERDER), {@code /platform/**} (PLATFORMBEHEERDER), {@code /toegangslog/**}
 * (LOGVERANTWOORDELIJKE), {@code /management/**} (LEIDINGGEVENDE or BEHEERDER) and {@code /veilig-thuis/**} (the VT
 * roles) also need their role. These URL rules are a first
 * line; the facades decide. The chain also sets the strict Content Security Policy ({@code shared.SecurityHeaders.PAGE_POLICY}:
 * everything from {@code 'self'}, no inline script or style, no framing), {@code X-Frame-Options: DENY} and
 * {@code Referrer-Policy: no-referrer}; every state change is a POST with a CSRF token.
 *
 * <p>Sessions live in PostgreSQL (Spring Session JDBC, {@code public.spring_session}): 15 minutes of inactivity ends
 * one, and {@code SessionLifetimeFilter} ends it after {@code schakel.session.absolute-lifetime} (8 hours) whatever
 * happens. The cookie is {@code __Host-SCHAKEL}: {@code Secure}, {@code HttpOnly}, {@code SameSite=Strict}.
 * {@code LazyTouchSessionRepository} wraps the store (ADR-0035): a request that changed nothing in its session writes
 * nothing, unless the stored time of last access is a minute old; so inactivity ends a session after 14 to 15 minutes.
 *
 * <p>A form sent after its session ended ({@code ExpiredSession}, ADR-0028) fails the CSRF check like a forged one,
 * but the browser still sends a session cookie on which nobody is signed in: instead of 403 it is redirected to
 * {@code /inloggen?verlopen=formulier}, and the new session remembers the form's page (the POST's path, or the
 * nearest GET page above it), to which {@code SecondFactorController} returns after both factors. A script's call
 * gets 401, an htmx request {@code HX-Redirect}; any other CSRF refusal stays 403. {@code /js/concept.js} keeps what
 * could not be saved in the tab's {@code sessionStorage} meanwhile and puts it back in the form.
 *
 * <p>{@code ApiSecurityConfiguration} has the chains for {@code /oauth2/**} (issuing client-credentials tokens,
 * stateless, no per-token storage) and {@code /api/**} (resource server: a valid token becomes an {@code Actor} with
 * role {@code API_KOPPELING} in the tenant of its {@code schakel_tenant} claim). With
 * {@code schakel.api.jwt.issuer-uri} set, tokens of that external issuer are accepted instead.
 */
@NullMarked
package nl.schakel.identity.web;

import org.jspecify.annotations.NullMarked;
