package nl.schakel.identity.web;

import java.util.List;
import nl.schakel.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities that say how far a login got. After the password only {@link #PASSWORD} is granted, which opens
 * nothing but the second-factor pages; the role comes with {@link #TOTP}.
 */
final class Factors {

    static final String PASSWORD = "FACTOR_PASSWORD";
    static final String TOTP = "FACTOR_TOTP";

    private Factors() {}

    static Authentication passwordOnly(Actor actor) {
        return UsernamePasswordAuthenticationToken.authenticated(
                actor, null, List.of(new SimpleGrantedAuthority(PASSWORD)));
    }

    static Authentication complete(Actor actor) {
        List<GrantedAuthority> authorities = List.of(
                new SimpleGrantedAuthority(PASSWORD),
                new SimpleGrantedAuthority(TOTP),
                new SimpleGrantedAuthority(actor.role().authority()));
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }

    static boolean hasSecondFactor(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> TOTP.equals(a.getAuthority()));
    }
}
