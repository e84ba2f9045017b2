package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.PlatformTransactionManager;

/** An open session follows the coordination's changes of the account at its next request. */
@AppTest
class StaffRightsCheckTest {

    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffAccountRepository repository;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    OfficeService offices;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionMovedToAnotherOfficeReadsOnlyTheNewOfficeAtItsNextRequest() throws Exception {
        List<Long> ids = offices.officeRefs().stream().map(OfficeRef::id).toList();
        String name = "moved-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(name, "Moved Person", "Hellweg-Kaffee-2026", StaffRole.STAFF, Set.of(ids.get(0)));
        MockHttpSession session = signedIn(name);
        assertThat(afterRequest(session).officeIds()).containsExactly(ids.get(0));

        administer(id, "Moved Person", StaffRole.STAFF, Set.of(ids.get(1)), true);

        SignedInStaff now = afterRequest(session);
        assertThat(now.officeIds()).containsExactly(ids.get(1));
        assertThat(now.mayActFor(ids.get(0))).isFalse();
        assertThat(stored(session).officeIds()).as("the session keeps the new rights").containsExactly(ids.get(1));
    }

    @Test
    void aDemotedAdministratorLosesTheAdministratorRoleAtItsNextRequest() throws Exception {
        long office = offices.officeRefs().getFirst().id();
        String name = "demoted-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(name, "Demoted Person", "Hellweg-Kaffee-2026", StaffRole.ADMIN, Set.of());
        MockHttpSession session = signedIn(name);
        assertThat(afterRequest(session).isAdmin()).isTrue();

        administer(id, "Demoted Person", StaffRole.STAFF, Set.of(office), true);

        SignedInStaff now = afterRequest(session);
        assertThat(now.isAdmin()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STAFF");
    }

    @Test
    void aDeactivatedAccountIsSignedOutAtItsNextRequest() throws Exception {
        long office = offices.officeRefs().getFirst().id();
        String name = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(name, "Leaving Person", "Hellweg-Kaffee-2026", StaffRole.STAFF, Set.of(office));
        MockHttpSession session = signedIn(name);

        administer(id, "Leaving Person", StaffRole.STAFF, Set.of(office), false);

        check(session);
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private MockHttpSession signedIn(String username) {
        SignedInStaff staff = (SignedInStaff) users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /** One request of the open session: the security context comes from the session, as Spring Security loads it. */
    private SignedInStaff afterRequest(MockHttpSession session) throws Exception {
        check(session);
        return (SignedInStaff) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    private void check(MockHttpSession session) throws Exception {
        SecurityContextHolder.setContext(stored(session) == null ? SecurityContextHolder.createEmptyContext()
                : (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        // Checked on every request here; the application's interval (5 s) only saves database reads.
        new StaffRightsCheck(repository, transactions, clock, Duration.ZERO)
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static SignedInStaff stored(MockHttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                ? (SignedInStaff) context.getAuthentication().getPrincipal() : null;
    }

    private void administer(long id, String name, StaffRole role, Set<Long> officeIds, boolean active) {
        asCoordination(() -> {
            long version = accounts.list().stream().filter(a -> a.id() == id).findFirst().orElseThrow().version();
            long coordination = ((SignedInStaff) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                    .accountId();
            accounts.administer(id, version, name, role, officeIds, active, coordination);
            return null;
        });
    }

    private <T> T asCoordination(Supplier<T> work) {
        SignedInStaff admin = (SignedInStaff) users.loadUserByUsername("koordination");
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
