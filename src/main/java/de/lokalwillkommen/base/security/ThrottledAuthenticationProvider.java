package de.lokalwillkommen.base.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The usual user-name-and-password check (deactivated accounts are refused by it), behind the {@link SignInThrottle}:
 * while an account or a client address has to wait, the attempt is refused before the password is even compared.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refused because of earlier failures; the login page says the same as for a wrong password. */
    static class Throttled extends AuthenticationException {
        Throttled(Duration wait) {
            super("too many failed attempts; wait " + wait.toSeconds() + " s");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName());
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitFor(username, client);
        if (!wait.isZero()) {
            throw new Throttled(wait);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, client);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
