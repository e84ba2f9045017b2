package de.lokalwillkommen.base.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is signed in, for views; and the way out. */
@Component
public class CurrentStaff {

    private final AuthenticationContext authentication;

    public CurrentStaff(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInStaff> get() {
        return authentication.getAuthenticatedUser(SignedInStaff.class);
    }

    public void signOut() {
        authentication.logout();
    }
}
