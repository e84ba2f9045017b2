package de.lokalwillkommen.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Permission changes reach open sessions. The principal of a session carries the account's rights version; each
 * request of a signed-in person compares it with the database (one indexed read per account at most every
 * {@code lw.session.rights-check-interval}, 5 s, per server). When the coordination has changed the account
 * (another office, demoted from ADMIN, renamed) the session's principal is rebuilt from the database, so the very
 * next request works with the new rights; a deactivated or deleted account is signed out.
 */
@Component
class StaffRightsCheck extends OncePerRequestFilter {

    private record Checked(long rightsVersion, Instant at) {
    }

    private final StaffAccountRepository accounts;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Duration interval;
    /** One entry per staff account: bounded by the number of accounts. */
    private final Map<Long, Checked> checked = new ConcurrentHashMap<>();

    StaffRightsCheck(StaffAccountRepository accounts, PlatformTransactionManager transactions, Clock clock,
            @Value("${lw.session.rights-check-interval:5s}") Duration interval) {
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignedInPrincipal.current().ifPresent(staff -> {
            if (currentRightsVersion(staff.accountId()) != staff.rightsVersion()) {
                refresh(staff, request.getSession(false));
            }
        });
        chain.doFilter(request, response);
    }

    private long currentRightsVersion(long accountId) {
        Instant now = clock.instant();
        Checked last = checked.get(accountId);
        if (last != null && now.isBefore(last.at().plus(interval))) {
            return last.rightsVersion();
        }
        long version = accounts.findRightsVersionById(accountId).orElse(-1L);
        checked.put(accountId, new Checked(version, now));
        return version;
    }

    private void refresh(SignedInStaff stale, HttpSession session) {
        Optional<SignedInStaff> fresh = readOnly.execute(status -> accounts.findById(stale.accountId())
                .filter(StaffAccount::isActive).map(SignedInStaff::new));
        if (fresh == null || fresh.isEmpty()) {
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            return;
        }
        fresh.get().eraseCredentials();
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(fresh.get(),
                null, fresh.get().getAuthorities());
        renewed.setDetails(old == null ? null : old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed);
        SecurityContextHolder.setContext(context);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
        checked.put(stale.accountId(), new Checked(fresh.get().rightsVersion(), clock.instant()));
    }
}
