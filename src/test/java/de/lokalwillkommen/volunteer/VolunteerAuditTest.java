package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.office.OfficeService;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Suggestions, matches, duplicates and interpreter lists show volunteers' names and phone numbers: each is written
 * to the audit log like the volunteer list. A staff member of their own, so no earlier view of another test hides it.
 */
@AppTest
class VolunteerAuditTest {

    @Autowired
    MatchingService matching;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    InterpreterService interpreters;
    @Autowired
    OfficeService offices;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    de.lokalwillkommen.base.MunicipalityProperties municipality;
    @Autowired
    java.time.Clock clock;

    String actor;
    long brackel;
    VolunteerFixture fixture;

    @BeforeEach
    void signInAsANewTeamMember() {
        fixture = new VolunteerFixture(offices);
        brackel = fixture.office("Brackel/Aplerbeck");
        actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(actor, "Audit Test", "Hellweg-Kaffee-2026", StaffRole.STAFF, Set.of(brackel));
        UserDetails user = users.loadUserByUsername(actor);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<String> viewed() {
        return jdbc.queryForList("select record_id from audit_log where actor_name = ? and action = 'VIEW'"
                + " and record_type = 'volunteer'", String.class, actor);
    }

    @Test
    void suggestionsAndMatchesOfANeedAreAudited() {
        NeedDetails need = matching.recordNeed(new NeedRequest(brackel, fixture.district("Brackel"), HelpType.MENTORING,
                List.of("ar"), Set.of(new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)), false, "Audit"));
        List<Candidate> shown = matching.suggestions(need.id());
        assertThat(shown).isNotEmpty();
        assertThat(viewed()).containsAll(shown.stream().map(c -> String.valueOf(c.offerId())).toList());
        matching.confirm(need.id(), shown.getFirst().offerId(), municipality.now(clock).toLocalDate(), null, null);
        signInAsANewTeamMember(); // a second person: the first one's repeated view would be written once only
        matching.matchesOf(need.id());
        assertThat(viewed()).contains(String.valueOf(shown.getFirst().offerId()));
    }

    @Test
    void duplicatesAndMatchesOfAnOfferAreAudited() {
        // Taken from the table, not from the (audited) list, so only the calls below can write the lines.
        long offer = jdbc.queryForObject("select min(id) from volunteer_offer where status = 'ACTIVE'"
                + " and whole_city = true and erased_at is null", Long.class);
        volunteers.matchesOf(offer);
        assertThat(viewed()).contains(String.valueOf(offer));
        volunteers.duplicatesOf(offer);
    }
}
