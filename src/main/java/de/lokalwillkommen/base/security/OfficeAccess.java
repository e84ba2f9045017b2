package de.lokalwillkommen.base.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Per-office access for services: STAFF act only for their own offices, ADMIN for all. Services call
 * this before they read or change anything that belongs to an office.
 */
@Component
public class OfficeAccess {

    public Optional<SignedInStaff> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff
                ? Optional.of(staff) : Optional.empty();
    }

    public SignedInStaff requireOffice(long officeId) {
        SignedInStaff staff = current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!staff.mayActFor(officeId)) {
            throw new AccessDeniedException("no access to this office");
        }
        return staff;
    }
}
