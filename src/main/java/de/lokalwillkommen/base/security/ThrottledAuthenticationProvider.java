package de.lokalwillkommen.base.security;

import de.lokalwillkommen.base.security.SignInThrottle.Attempt;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The usual user-name-and-password check (deactivated accounts are refused by it), behind the {@link SignInThrottle}:
 * while the attempt has to wait, it is refused before the password is even compared. A success makes the browser a
 * known device of the account ({@link KnownDevices}).
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
    private final KnownDevices devices;
    private final StaffAccountRepository accounts;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle, KnownDevices devices,
            StaffAccountRepository accounts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        ServletRequestAttributes http = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                ? s : null;
        HttpServletRequest request = http == null ? null : http.getRequest();
        String device = request == null ? null : devices.knownFor(request, username).orElse(null);
        Attempt attempt = new Attempt(username, client, device);
        Duration wait = throttle.waitFor(attempt);
        if (!wait.isZero()) {
            throw new Throttled(wait);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            if (request != null && http.getResponse() != null) {
                devices.remember(request, http.getResponse(), username);
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(attempt, username.length() <= 200 && accounts.findByUsername(username).isPresent());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
