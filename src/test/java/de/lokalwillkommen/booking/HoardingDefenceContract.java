package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.SettableClock;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.SharedNetworks;
import de.lokalwillkommen.base.security.OfficeAccess;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Issue 13: the attack that took all 72 online places of Lütgendortmund in 41 seconds, replayed on a clock the test
 * moves, against the production limits (application.yml); and the people the defence must not turn away. Runs on
 * H2 and on PostgreSQL.
 */
abstract class HoardingDefenceContract {

    static final int ONLINE_PLACES = 72;

    @Autowired
    BookingService bookingService;
    @Autowired
    HoardingService hoarding;
    @Autowired
    BookingRepository bookings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SettableClock clock;
    @Autowired
    SharedNetworks sharedNetworks;
    @MockitoBean
    OfficeAccess access;

    long officeId;

    @BeforeEach
    void anOfficeWithSeventyTwoOnlinePlaces() {
        clock.set(Instant.parse("2026-11-24T08:00:00Z"));
        String slug = "hoarding-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city, phone) values (?, ?, 'Dortmund', '+49 231 5029999')", slug,
                slug);
        officeId = jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
        LocalDateTime first = LocalDateTime.parse("2026-11-26T09:00:00");
        for (int i = 0; i < ONLINE_PLACES / 3; i++) {
            LocalDateTime start = first.plusDays(i / 8).plusMinutes(30L * (i % 8));
            jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked,"
                    + " cancelled) values (?, ?, ?, 4, 3, 0, false)", officeId, start, start.plusMinutes(30));
        }
    }

    @Test
    void aScriptWithSeventyThreeAddressesLeavesMostPlacesForRealPeople() {
        List<String> addresses = attackerAddresses();
        int taken = 0;
        int held = 0;
        // One attempt every 15 seconds for two hours, rotating addresses, spellings and devices.
        for (int attempt = 0; attempt < 480; attempt++) {
            clock.advance(Duration.ofSeconds(15));
            FreeSlot free = firstFree();
            if (free == null) {
                break;
            }
            String address = addresses.get(attempt % addresses.size());
            try {
                bookingService.book(request(free.slotId(), name("Test Person", attempt), phoneSpelling(attempt),
                        emailSpelling(attempt), 1, address));
                taken++;
            } catch (UserFacingException refused) {
                held += refused.messageKey().equals("booking.error.held") ? 1 : 0;
            }
        }
        // Without the defence: all 72 in the first 18 minutes. With it: the per-contact limits (E.164, e-mail keys)
        // refuse most spellings, and the brake stops the rest at 15 % of the office's places in an hour.
        assertThat(taken).isLessThanOrEqualTo(12);
        assertThat(freeOnlinePlaces()).isGreaterThanOrEqualTo(ONLINE_PLACES - 12);
        System.out.printf("FIGURE hoarding replay (73 addresses, every 15 s, 2 h): %d taken, %d held by the brake, "
                + "%d of %d online places free%n", taken, held, freeOnlinePlaces(), ONLINE_PLACES);
        assertThat(held).isGreaterThan(100);
        int heldAttempts = held;
        withStaff(() -> {
            HoardingService.HoldNotice notice = hoarding.hold(officeId);
            assertThat(notice.braking()).isTrue();
            assertThat(notice.held()).isEqualTo(heldAttempts);
        });
    }

    @Test
    void aSlowerScriptIsStoppedByTheHourlyShare() {
        List<String> addresses = attackerAddresses();
        int taken = 0;
        // Just under the ten-minute threshold: one attempt every 70 seconds for four hours.
        for (int attempt = 0; attempt < 205; attempt++) {
            clock.advance(Duration.ofSeconds(70));
            FreeSlot free = firstFree();
            try {
                bookingService.book(request(free.slotId(), name("Langsam", attempt), null, null, 1,
                        addresses.get(attempt % addresses.size())));
                taken++;
            } catch (UserFacingException refused) {
                assertThat(refused.messageKey()).isIn("booking.error.held", "booking.error.tooManyAttempts");
            }
        }
        System.out.printf("FIGURE slow hoarding (every 70 s, 4 h): %d taken, %d of %d online places free%n", taken,
                freeOnlinePlaces(), ONLINE_PLACES);
        assertThat(taken).isLessThanOrEqualTo(12);
        assertThat(freeOnlinePlaces()).isGreaterThanOrEqualTo(ONLINE_PLACES - 12);
    }

    @Test
    void whileTheBrakeHoldsANewcomerIsToldToPhoneAndSomeoneTheOfficeKnowsStillBooks() {
        String known = "0231 7771234";
        long earlier = firstFree().slotId();
        bookingService.book(request(earlier, "Amal Haddad", known, null, 1, "192.0.2.200"));
        jdbc.update("update booking set status = 'ATTENDED' where office_id = ? and phone_key = '+492317771234'", officeId);
        for (int i = 0; i < 9; i++) {
            clock.advance(Duration.ofSeconds(20));
            bookingService.book(request(firstFree().slotId(), name("Rush", i), null, null, 1, "203.0.113." + i));
        }
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> bookingService.book(request(firstFree().slotId(), "Neu Hier", null, null, 1,
                "192.0.2.201")))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("booking.error.held");
                    assertThat(refused.args()).containsExactly("+49 231 5029999");
                });
        BookingDetails again = bookingService.book(request(firstFree().slotId(), "Amal Haddad", "+49 231 777 12 34",
                null, 1, "192.0.2.202"));
        assertThat(again.isActive()).isTrue();
    }

    @Test
    void staffReleaseEverythingOneClientBookedInOneAction() {
        // One home, many IPv6 addresses: one /64, one group.
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(3));
            bookingService.book(request(firstFree().slotId(), name("Hamster", i), null, "box" + i + "+x@example.org", 1,
                    "2001:db8:77:1::" + Integer.toHexString(100 + i)));
        }
        clock.advance(Duration.ofMinutes(3));
        bookingService.book(request(firstFree().slotId(), "Echte Person", null, null, 1, "192.0.2.77"));
        withStaff(() -> {
            List<HoardingService.SuspectGroup> groups = hoarding.suspectGroups(officeId);
            assertThat(groups).hasSize(1);
            HoardingService.SuspectGroup group = groups.getFirst();
            assertThat(group.kind()).isEqualTo(HoardingService.GroupKind.CLIENT);
            assertThat(group.bookings()).hasSize(6);
            assertThat(hoarding.release(officeId, group.kind(), group.key(), "Verdacht auf Sammelbuchung")).isEqualTo(6);
            assertThat(hoarding.suspectGroups(officeId)).isEmpty();
        });
        assertThat(freeOnlinePlaces()).isEqualTo(ONLINE_PLACES - 1);
        assertThat(jdbc.queryForList("select client_hash from booking where office_id = ?", String.class, officeId))
                .allSatisfy(hash -> assertThat(hash).doesNotContain("2001").hasSize(32));
    }

    @Test
    void aFamilyOfFiveBehindOneAddressBooks() {
        // What a family does: one consultation for all five (persons = 5); the mother also books her language
        // course advice and the eldest son his apprenticeship question, from the same Wi-Fi, the same phone.
        String home = "192.0.2.55";
        BookingDetails family = bookingService.book(request(firstFree().slotId(), "Familie Rahimi", "0176 1234567",
                null, 5, home));
        clock.advance(Duration.ofMinutes(4));
        BookingDetails mother = bookingService.book(request(firstFree().slotId(), "Zahra Rahimi", "+49 176 1234567",
                null, 1, home));
        clock.advance(Duration.ofMinutes(3));
        BookingDetails son = bookingService.book(request(firstFree().slotId(), "Omid Rahimi", "0176 9876543",
                "omid.rahimi@example.org", 1, home));
        assertThat(List.of(family, mother, son)).allMatch(BookingDetails::isActive);
        assertThat(family.persons()).isEqualTo(5);
    }

    @Test
    void fiveHouseholdsBehindOneHomeAddressBookAndAShelterGetsMore() {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(2));
            bookingService.book(request(firstFree().slotId(), name("Haushalt", i), "0151 100000" + i, null, 1,
                    "192.0.2.66"));
        }
        // A shelter marked as shared (factor 6) books a dozen times in a day; a home address could not.
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(30));
            bookingService.book(request(firstFree().slotId(), name("Bewohner", i), "0152 200000" + (i % 10) + i, null, 1,
                    "198.51.100.20"));
        }
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(5));
            bookingService.book(request(firstFree().slotId(), name("Nachbar", i), "0153 300000" + i, null, 1,
                    "192.0.2.66"));
        }
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> bookingService.book(request(firstFree().slotId(), "Neunte Buchung", "0153 3999999",
                null, 1, "192.0.2.66")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("booking.error.tooManyFromHere"));
    }

    @Test
    void aFamilyOfFiveBehindAShelterAddressStaffMarkedBooksFiveTimesAndUnmarkedItIsLimitedAsBefore() {
        // The coordination marks the shelter's Wi-Fi in the staff view (not in the configuration).
        sharedNetworks.add(" 198.18.7.0/24 ", 4, "Unterkunft Am Hafen", officeId);
        assertThat(bookFamilyAfterSevenNeighbours("198.18.7.33", "a")).isEqualTo(5);
        // The same day and office from an address nobody marked: the eighth booking of the day is the last.
        assertThat(bookFamilyAfterSevenNeighbours("192.0.2.140", "b")).isEqualTo(1);
    }

    /** Seven residents book during the day, then a family of five; returns how many of the family's five went through. */
    private int bookFamilyAfterSevenNeighbours(String address, String series) {
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofMinutes(30));
            bookingService.book(request(firstFree().slotId(), name("Nachbar " + series, i), "0157 40" + series.length()
                    + series.charAt(0) % 10 + "000" + i, null, 1, address));
        }
        int booked = 0;
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(30));
            try {
                bookingService.book(request(firstFree().slotId(), name("Familie Karimi " + series, i),
                        "0176 55" + series.charAt(0) % 10 + "0000" + i, null, 1, address));
                booked++;
            } catch (UserFacingException refused) {
                assertThat(refused.messageKey()).isEqualTo("booking.error.tooManyFromHere");
            }
        }
        return booked;
    }

    private static List<String> attackerAddresses() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 63; i++) {
            addresses.add("203.0.113." + (i + 1));
        }
        // ...and ten addresses of one IPv6 /64, which count as one client.
        for (int i = 0; i < 10; i++) {
            addresses.add("2001:db8:99:1:" + Integer.toHexString(0x1000 + i) + "::1");
        }
        return addresses;
    }

    /** Names may not hold digits: "Test Person ab". */
    private static String name(String prefix, int number) {
        StringBuilder letters = new StringBuilder();
        int rest = number;
        do {
            letters.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return prefix + " " + letters;
    }

    private static @Nullable String phoneSpelling(int attempt) {
        String[] spellings = {"+49 231 1234567", "0231 1234567", "0231/123 45 67", "0049 231 1234567", null};
        return spellings[attempt % spellings.length];
    }

    private static @Nullable String emailSpelling(int attempt) {
        return attempt % 3 == 0 ? null : "Hamster+" + attempt + "@Example.org";
    }

    private @Nullable FreeSlot firstFree() {
        List<FreeSlot> free = bookingService.freeSlots(officeId, 1);
        return free.isEmpty() ? null : free.getFirst();
    }

    private long freeOnlinePlaces() {
        return jdbc.queryForObject("select coalesce(sum(online_capacity - booked), 0) from slot where office_id = ?",
                Long.class, officeId);
    }

    private static BookingRequest request(long slotId, String name, @Nullable String phone, @Nullable String email,
            int persons, String address) {
        return new BookingRequest(slotId, Topic.HOUSING, "de", false, persons, name, phone, email, true, null,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), address);
    }

    /** Staff access is OfficeAccess's (mocked here: it lets everyone through); this test is about the limits. */
    private void withStaff(Runnable work) {
        work.run();
    }

    @TestConfiguration
    static class Time {
        @Bean
        SettableClock clock() {
            return SettableClock.at("2026-11-24T08:00:00Z");
        }

        /** The offices' phone numbers, as the office feature would give them. */
        @Bean
        OfficeDirectory offices(JdbcTemplate jdbc) {
            return new OfficeDirectory() {
                @Override
                public List<OfficeContact> contacts() {
                    return jdbc.query("select id, name, phone from office", (row, i) -> new OfficeContact(
                            row.getLong(1), row.getString(2), "", Optional.ofNullable(row.getString(3))));
                }

                @Override
                public Optional<String> officeName(long officeId) {
                    return Optional.empty();
                }
            };
        }
    }
}
