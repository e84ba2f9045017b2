package de.lokalwillkommen.base.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production nobody can sign in until an administrator exists. The first one comes from the
 * environment (LW_ADMIN_USERNAME, LW_ADMIN_PASSWORD), is created once, and must change the password
 * at first sign-in. There is no default password.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccounts accounts;
    private final String username;
    private final String password;

    FirstAdmin(StaffAccounts accounts, @Value("${LW_ADMIN_USERNAME:}") String username,
            @Value("${LW_ADMIN_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator account exists. Set LW_ADMIN_USERNAME and LW_ADMIN_PASSWORD to create the first one.");
            return;
        }
        if (password.length() < StaffAccounts.MIN_PASSWORD_LENGTH) {
            log.error("LW_ADMIN_PASSWORD is shorter than {} characters; no administrator was created.", StaffAccounts.MIN_PASSWORD_LENGTH);
            return;
        }
        accounts.create(username, "Administrator", password, StaffRole.ADMIN, Set.of());
        accounts.requirePasswordChange(username.trim().toLowerCase(java.util.Locale.ROOT));
        log.info("Created the first administrator account from the environment.");
    }
}
