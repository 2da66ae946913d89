package nl.schakel.identity.web;

import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.LoginResult;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The first factor of the login form, checked by {@link IdentityManagement#checkPassword}. */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final IdentityManagement identity;

    PasswordAuthenticationProvider(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).strip();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "onbekend";
        if (username.isEmpty() || username.length() > 100 || password.isEmpty() || password.length() > 1024) {
            throw new BadCredentialsException("login failed");
        }
        return switch (identity.checkPassword(username, password, address)) {
            case LoginResult.Accepted accepted -> Factors.passwordOnly(accepted.actor());
            case LoginResult.Failed failed -> throw new BadCredentialsException("login failed");
            case LoginResult.Throttled throttled -> throw new LoginThrottledException();
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed attempts: the login form asks to wait. */
    static final class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("throttled");
        }
    }
}
