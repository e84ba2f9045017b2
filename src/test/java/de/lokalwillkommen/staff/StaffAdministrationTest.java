package de.lokalwillkommen.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffAccounts.StaffAccountView;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@AppTest
class StaffAdministrationTest {

    static final String TEMPORARY = "Hellweg-Kaffee-2026";

    @Autowired
    StaffAccounts accounts;
    @Autowired
    OfficeService offices;
    @Autowired
    OfficeAccess access;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** Each test signs in from an address of its own, so the sign-in throttle of one never slows another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** Administers as the coordination, then signs out again, so the sign-in requests below start anonymous. */
    private <T> T asCoordination(java.util.function.Supplier<T> work) {
        var admin = users.loadUserByUsername("koordination");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(admin, null,
                        admin.getAuthorities()));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private long brackel() {
        return offices.officeRefs().stream().filter(o -> o.name().equals("Brackel/Aplerbeck")).map(OfficeRef::id)
                .findFirst().orElseThrow();
    }

    private StaffAccountView account(String username) {
        return accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    private String newUser() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewAccountGetsATemporaryPasswordThatMustBeChangedAndADeactivatedAccountCannotSignIn() throws Exception {
        String user = newUser();
        StaffAccountView created = asCoordination(() -> {
            accounts.createByAdmin(user, "Team Brackel", TEMPORARY, StaffRole.STAFF, Set.of(brackel()));
            return account(user);
        });
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.officeIds()).containsExactly(brackel());
        mvc().perform(post("/login").param("username", user).param("password", TEMPORARY).with(csrf())
                .with(from("192.0.2.10"))).andExpect(authenticated().withRoles("STAFF"));

        asCoordination(() -> {
            accounts.administer(created.id(), created.version(), "Team Brackel", StaffRole.STAFF, Set.of(brackel()),
                    false, access.current().orElseThrow().accountId());
            return null;
        });

        mvc().perform(post("/login").param("username", user).param("password", TEMPORARY).with(csrf())
                .with(from("192.0.2.11"))).andExpect(unauthenticated());
        assertThat(accounts.isActive(created.id())).isFalse();
        assertThat(jdbc.queryForList("select detail from audit_log where record_type = 'staff_account' and record_id = ?"
                + " and actor_name = 'koordination' order by id", String.class, String.valueOf(created.id())))
                .containsExactly("created, role STAFF", "deactivated; role STAFF, offices [" + brackel() + "]");
    }

    @Test
    @WithUserDetails("koordination")
    void commonAndShortPasswordsAreRefusedWithATranslatedReason() {
        assertThatThrownBy(() -> accounts.createByAdmin(newUser(), "Team", "Passwort2024!!", StaffRole.STAFF,
                Set.of(brackel()))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staffadmin.password.common"));
        assertThatThrownBy(() -> accounts.createByAdmin(newUser(), "Team", "zu-kurz", StaffRole.STAFF,
                Set.of(brackel()))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.short"));
        assertThatThrownBy(() -> accounts.createByAdmin(newUser(), "Team", TEMPORARY, StaffRole.STAFF, Set.of()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staffadmin.error.noOffice"));
    }

    @Test
    @WithUserDetails("koordination")
    void aDatabaseErrorOtherThanADuplicateNameIsNotReportedAsATakenName() {
        // An office id the database does not know: a foreign-key violation, not a unique one.
        assertThatThrownBy(() -> accounts.createByAdmin(newUser(), "Team", TEMPORARY, StaffRole.STAFF, Set.of(987_654_321L)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .isNotInstanceOf(UserFacingException.class);
    }

    @Test
    @WithUserDetails("koordination")
    void nobodyDeactivatesTheirOwnAccount() {
        StaffAccountView me = account("koordination");
        assertThatThrownBy(() -> accounts.administer(me.id(), me.version(), me.displayName(), StaffRole.ADMIN, Set.of(),
                false, me.id())).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staffadmin.error.self"));
    }

    @Test
    void aResetPasswordWorksAndMustBeChangedAgain() throws Exception {
        String user = newUser();
        boolean mustChange = asCoordination(() -> {
            long id = accounts.createByAdmin(user, "Team", TEMPORARY, StaffRole.STAFF, Set.of(brackel()));
            accounts.resetPassword(id, "Neues-Fahrrad-Rot-7");
            return account(user).mustChangePassword();
        });
        assertThat(mustChange).isTrue();
        mvc().perform(post("/login").param("username", user).param("password", "Neues-Fahrrad-Rot-7").with(csrf())
                .with(from("192.0.2.12"))).andExpect(authenticated());
    }

    @Test
    void signInIsRefusedForAWhileAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        String user = newUser();
        asCoordination(() -> accounts.createByAdmin(user, "Team", TEMPORARY, StaffRole.STAFF, Set.of(brackel())));
        mvc().perform(post("/login").param("username", user).param("password", TEMPORARY).with(csrf())
                .with(from("192.0.2.15"))).andExpect(authenticated());
        for (int i = 0; i < 5; i++) {
            mvc().perform(post("/login").param("username", user).param("password", "falsch-" + i).with(csrf())
                    .with(from("192.0.2.13"))).andExpect(unauthenticated());
        }
        mvc().perform(post("/login").param("username", user).param("password", TEMPORARY).with(csrf())
                .with(from("192.0.2.14"))).andExpect(unauthenticated());
    }

    @Test
    @WithUserDetails("brackel")
    void onlyTheCoordinationAdministersAccounts() {
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createByAdmin(newUser(), "x", TEMPORARY, StaffRole.ADMIN, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

}
