package de.lokalwillkommen.base.security;

import de.lokalwillkommen.base.UserFacingException;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating staff accounts. Administration views for them come with the operations issue. */
@Service
public class StaffAccounts {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
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
     * translation key. The policy is the minimum length; the common-password list comes with issue 7.
     */
    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.current");
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("password.error.short", MIN_PASSWORD_LENGTH);
        }
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
