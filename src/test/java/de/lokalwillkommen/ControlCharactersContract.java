package de.lokalwillkommen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.message.MessageServiceTest;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.Rhythm;
import de.lokalwillkommen.volunteer.VolunteerService;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13: a NUL byte was stored by H2 and made PostgreSQL fail silently. A message, a booking note and a volunteer
 * offer with a NUL byte are refused with the same translated message on both databases, and nothing is stored.
 */
abstract class ControlCharactersContract {

    private static final String NUL = "\u0000";

    @Autowired
    MessageService messages;
    @Autowired
    BookingService bookings;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BundleTranslationProvider translations;

    @Test
    void aMessageWithANulByteIsRefusedWithATranslatedMessageAndNothingIsStored() {
        assertRefusedAndNothingStored("message", () -> messages.send(MessageServiceTest.request("brackel-aplerbeck",
                "Die Heizung" + NUL + " ist kaputt.", "amal@example.com", true, UUID.randomUUID().toString())));
    }

    @Test
    void aBookingNoteWithANulByteIsRefusedWithATranslatedMessageAndNothingIsStored() {
        long office = offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
        long slot = bookings.freeSlots(office, 1).getFirst().slotId();
        String key = UUID.randomUUID().toString();
        assertRefusedAndNothingStored("booking", () -> bookings.book(new BookingRequest(slot, Topic.HOUSING, "ar", false,
                1, "Amal Haddad", "0231 1234567", null, true, "Bitte mit" + NUL + " Dolmetscher", key, key,
                "192.0.2.31")));
    }

    @Test
    void aVolunteerOfferWithANulByteIsRefusedWithATranslatedMessageAndNothingIsStored() {
        assertRefusedAndNothingStored("volunteer_offer", () -> volunteers.register(new OfferRequest("Nour Haddad",
                "nour-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null,
                Set.of(HelpType.HOMEWORK_HELP), null, List.of(new SpokenLanguage("ar", LanguageLevel.NATIVE, false)), Set.of(),
                true, Set.of(new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)), Rhythm.REGULAR,
                TestDays.today(), null, "Ich helfe" + NUL + " gern.", true, "de", UUID.randomUUID().toString(),
                "192.0.2.32")));
    }

    private void assertRefusedAndNothingStored(String table, Executable attempt) {
        long before = count(table);
        assertThatThrownBy(attempt::execute).isInstanceOfSatisfying(UserFacingException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("validation.controlCharacters");
            assertThat(translations.getTranslation(refused.messageKey(), Locale.GERMAN)).contains("Steuerzeichen");
            assertThat(translations.getTranslation(refused.messageKey(), Locale.forLanguageTag("ar")))
                    .doesNotContain("Steuerzeichen").isNotBlank();
        });
        assertThat(count(table)).isEqualTo(before);
    }

    private long count(String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }
}
