package de.lokalwillkommen.durability;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.message.MessageCategory;
import de.lokalwillkommen.message.MessageRequest;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.Rhythm;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The writes people make every day, through the same services the pages call: a newcomer books and writes to
 * an office, a volunteer offers help, the team marks someone who did not come. Each call uses a client key of
 * its own, so the flood limits (which protect the forms) never get in the way of a test that writes often.
 * The office and its slots are this helper's own: other tests' data is never touched or relied upon.
 */
final class MainWrites {

    private final BookingService bookings;
    private final MessageService messages;
    private final VolunteerService volunteers;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final long officeId;
    private final String officeSlug;
    private final long districtId;

    MainWrites(ApplicationContext beans) {
        this.bookings = beans.getBean(BookingService.class);
        this.messages = beans.getBean(MessageService.class);
        this.volunteers = beans.getBean(VolunteerService.class);
        this.jdbc = beans.getBean(JdbcTemplate.class);
        this.users = beans.getBean(UserDetailsService.class);
        this.municipality = beans.getBean(MunicipalityProperties.class);
        this.clock = beans.getBean(Clock.class);
        this.officeSlug = "durability-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city) values (?, ?, 'Dortmund')", officeSlug, officeSlug);
        this.officeId = jdbc.queryForObject("select id from office where slug = ?", Long.class, officeSlug);
        this.districtId = jdbc.queryForObject("select min(id) from district", Long.class);
    }

    /** A newcomer books a place in a time of this helper's office three days from now. */
    BookingDetails book() {
        long slot = slot(now().plusDays(3).withSecond(0).withNano(0));
        String key = UUID.randomUUID().toString();
        return bookings.book(new BookingRequest(slot, Topic.HOUSING, "ar", false, 2, "Amal Test", null, null, true,
                null, key, key, key));
    }

    /** A newcomer writes to this helper's office. */
    String writeMessage() {
        String key = UUID.randomUUID().toString();
        return messages.send(new MessageRequest(officeSlug, MessageCategory.OTHER, "Guten Tag, ich habe eine Frage.",
                "uk", "Olena Test", "", "", true, key, key)).reference();
    }

    /** A volunteer offers homework help. */
    String offerHelp() {
        String key = UUID.randomUUID().toString();
        return volunteers.register(new OfferRequest("Vera Test", "vera-" + key + "@example.org", null, Set.of(HelpType.HOMEWORK_HELP), null,
                List.of(new SpokenLanguage("de", LanguageLevel.NATIVE, false)), Set.of(districtId), false,
                Set.of(new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)), Rhythm.REGULAR,
                now().toLocalDate(), null, null, true, "de", key, key)).reference();
    }

    /**
     * The team marks a no-show on an appointment that began an hour ago (written like a booking staff made
     * yesterday; the service only accepts a no-show once the appointment has begun).
     */
    BookingDetails markNoShow() {
        LocalDateTime start = now().minusHours(1).withSecond(0).withNano(0);
        long slot = slot(start);
        String token = UUID.randomUUID().toString();
        jdbc.update("update slot set booked = 1 where id = ?", slot);
        jdbc.update("""
                insert into booking (slot_id, office_id, code, manage_token, topic, language, persons, name, channel,
                  status, created_at, updated_at)
                values (?, ?, ?, ?, 'HOUSING', 'ar', 1, 'Amal Test', 'STAFF', 'BOOKED', ?, ?)""",
                slot, officeId, token.substring(0, 8), token, start.minusDays(1), start.minusDays(1));
        long booking = jdbc.queryForObject("select id from booking where manage_token = ?", Long.class, token);
        return asCoordination(() -> bookings.markNoShow(booking));
    }

    private long slot(LocalDateTime start) {
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked)"
                + " values (?, ?, ?, 3, 3, 0)", officeId, start, start.plusMinutes(30));
        return jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, officeId);
    }

    private <T> T asCoordination(java.util.function.Supplier<T> action) {
        var admin = users.loadUserByUsername("koordination");
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }
}
