package de.lokalwillkommen.base.security;

import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: creating them (demo data, the first administrator, the administration view), the staff
 * administration of the network's coordination (ADMIN: offices, role, deactivation, temporary passwords, every
 * step in the audit log), and changing one's own password under the {@link PasswordPolicy}.
 */
@Service
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    static final String AUDIT_TYPE = "staff_account";
    private static final String UNIQUE_VIOLATION = "23505";

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    /** A staff account as the administration view lists it. */
    public record StaffAccountView(long id, String username, String displayName, StaffRole role, Set<Long> officeIds,
            boolean active, boolean mustChangePassword, long version) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffAccountView> list() {
        return accounts.findAllByOrderByUsername().stream().map(StaffAccounts::view).toList();
    }

    /**
     * An administrator creates an account with a temporary password, which must be changed at the first sign-in.
     * Refusals: a taken user name, a password against the policy, a STAFF account without an office.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createByAdmin(String username, String displayName, String temporaryPassword, StaffRole role,
            Set<Long> officeIds) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,60}") || displayName.isBlank() || displayName.length() > 150) {
            throw new UserFacingException("validation.invalidForm");
        }
        if (role == StaffRole.STAFF && officeIds.isEmpty()) {
            throw new UserFacingException("staffadmin.error.noOffice");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new UserFacingException("staffadmin.error.taken");
        }
        checkPolicy(temporaryPassword, name);
        try {
            StaffAccount account = new StaffAccount(name, displayName.strip(), encoder.encode(temporaryPassword), role,
                    role == StaffRole.ADMIN ? Set.of() : officeIds);
            account.requirePasswordChange();
            long id = accounts.saveAndFlush(account).getId();
            audit.changed(AuditAction.ADMINISTER, AUDIT_TYPE, id, null, "created, role " + role);
            return id;
        } catch (DataIntegrityViolationException e) {
            // Only a real duplicate (someone created the same name a moment ago) is "taken"; any other
            // database error is unexpected and reaches the central handler, which says so with an error id.
            if (isUniqueViolation(e)) {
                throw new UserFacingException("staffadmin.error.taken");
            }
            throw e;
        }
    }

    /**
     * An administrator changes the name, role, offices or whether the account may sign in. The last active
     * administrator cannot be demoted or deactivated, and nobody deactivates their own account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void administer(long accountId, long version, String displayName, StaffRole role, Set<Long> officeIds,
            boolean active, long actingAccountId) {
        StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (account.getVersion() != version) {
            throw new UserFacingException("error.changedMeanwhile");
        }
        if (displayName.isBlank() || displayName.length() > 150) {
            throw new UserFacingException("validation.invalidForm");
        }
        if (role == StaffRole.STAFF && officeIds.isEmpty() && active) {
            throw new UserFacingException("staffadmin.error.noOffice");
        }
        if (accountId == actingAccountId && (!active || role != StaffRole.ADMIN)) {
            throw new UserFacingException("staffadmin.error.self");
        }
        boolean wasActiveAdmin = account.getRole() == StaffRole.ADMIN && account.isActive();
        if (wasActiveAdmin && (role != StaffRole.ADMIN || !active) && accounts.countByRoleAndActiveTrue(StaffRole.ADMIN) <= 1) {
            throw new UserFacingException("staffadmin.error.lastAdmin");
        }
        String change = (account.isActive() != active ? (active ? "reactivated; " : "deactivated; ") : "")
                + "role " + role + ", offices " + officeIds.stream().sorted().toList();
        account.administer(displayName, role, officeIds, active);
        audit.changed(AuditAction.ADMINISTER, AUDIT_TYPE, accountId, null, change);
    }

    /** An administrator sets a temporary password; the person must replace it at the next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long accountId, String temporaryPassword) {
        StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.notFound"));
        checkPolicy(temporaryPassword, account.getUsername());
        account.resetPassword(encoder.encode(temporaryPassword));
        audit.changed(AuditAction.ADMINISTER, AUDIT_TYPE, accountId, null, "temporary password set");
    }

    /** An administrator makes the person choose a new password at the next sign-in (or page change). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void forcePasswordChange(long accountId) {
        StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.notFound"));
        account.requirePasswordChange();
        audit.changed(AuditAction.ADMINISTER, AUDIT_TYPE, accountId, null, "password change required");
    }

    /** Whether the account may still work: a deactivated account is signed out at its next step. */
    @Transactional(readOnly = true)
    public boolean isActive(long accountId) {
        return accounts.findById(accountId).map(StaffAccount::isActive).orElse(false);
    }

    /** SQLSTATE 23505, the same on PostgreSQL and H2: a unique constraint (here the user name's) was violated. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void checkPolicy(String password, String username) {
        policy.problem(password, username).ifPresent(key -> {
            throw new UserFacingException(key, MIN_PASSWORD_LENGTH);
        });
    }

    private static StaffAccountView view(StaffAccount a) {
        return new StaffAccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getOfficeIds(),
                a.isActive(), a.isMustChangePassword(), a.getVersion());
    }

    @Transactional
    public long create(String username, String displayName, String password, StaffRole role, Set<Long> officeIds) {
        StaffAccount account = new StaffAccount(username, displayName, encoder.encode(password), role, officeIds);
        return accounts.save(account).getId();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT)).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return accounts.existsByRole(StaffRole.ADMIN);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(long accountId) {
        return accounts.findById(accountId).map(StaffAccount::isMustChangePassword).orElse(false);
    }

    /**
     * Replaces the signed-in person's password after checking the current one; refusals carry a
     * translation key. The {@link PasswordPolicy}: length, common passwords, not the user name.
     */
    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.current");
        }
        checkPolicy(newPassword, account.getUsername());
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.same");
        }
        account.changePassword(encoder.encode(newPassword));
    }

    @Transactional
    public void requirePasswordChange(String username) {
        accounts.findByUsername(username).ifPresent(StaffAccount::requirePasswordChange);
    }
}
