package de.lokalwillkommen.base.security;

import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating staff accounts. Administration views for them come with the operations issue. */
@Service
public class StaffAccounts {

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

    @Transactional
    public void requirePasswordChange(String username) {
        accounts.findByUsername(username).ifPresent(StaffAccount::requirePasswordChange);
    }
}
