package de.lokalwillkommen.base.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff member of the current request, if any (for the session filters). */
final class SignedInPrincipal {

    private SignedInPrincipal() {
    }

    static Optional<SignedInStaff> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff
                ? Optional.of(staff) : Optional.empty();
    }
}
