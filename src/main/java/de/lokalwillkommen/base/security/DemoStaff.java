package de.lokalwillkommen.base.security;

import de.lokalwillkommen.base.OfficeDirectory;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts listed in the README. They exist only with the demo profile. */
@Component
@Profile("demo")
@Order(5)
class DemoStaff implements ApplicationRunner {

    static final String PASSWORD = "willkommen-demo";

    private final StaffAccounts accounts;
    private final OfficeDirectory offices;

    DemoStaff(StaffAccounts accounts, OfficeDirectory offices) {
        this.accounts = accounts;
        this.offices = offices;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("koordination")) {
            return;
        }
        accounts.create("koordination", "Koordination Sozialamt", PASSWORD, StaffRole.ADMIN, Set.of());
        officeNamed("Brackel/Aplerbeck").ifPresent(id ->
                accounts.create("brackel", "Team Brackel/Aplerbeck", PASSWORD, StaffRole.STAFF, Set.of(id)));
        officeNamed("Mengede/Huckarde").ifPresent(id ->
                accounts.create("westerfilde", "Team Westerfilde", PASSWORD, StaffRole.STAFF, Set.of(id)));
    }

    private java.util.Optional<Long> officeNamed(String name) {
        return offices.contacts().stream().filter(o -> o.name().equals(name)).map(o -> o.id()).findFirst();
    }
}
