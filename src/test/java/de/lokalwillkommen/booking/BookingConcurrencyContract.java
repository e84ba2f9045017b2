package de.lokalwillkommen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The promise at the heart of booking, on every database we run on: however many people tap the
 * same time at once, exactly {@code capacity} of them get it, and everyone else is told it was just taken.
 */
abstract class BookingConcurrencyContract {

    static final int THREADS = 100;
    static final int ROUNDS = 20;
    static final int CAPACITY = 3;

    @Autowired
    BookingService bookingService;
    @Autowired
    SlotRepository slots;
    @Autowired
    BookingRepository bookings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;

    long officeId;

    @BeforeEach
    void anOffice() {
        String slug = "concurrency-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city) values (?, ?, 'Dortmund')", slug, slug);
        officeId = jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
    }

    long slot(int capacity, LocalDateTime start, boolean cancelled) {
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked, cancelled)"
                + " values (?, ?, ?, ?, ?, 0, ?)", officeId, start, start.plusMinutes(30), capacity, capacity, cancelled);
        return jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, officeId);
    }

    static BookingRequest request(long slotId, String key) {
        return new BookingRequest(slotId, Topic.HOUSING, "ar", true, 2, "أمل", null, null, true, null, key, key, null);
    }

    private LocalDateTime inThreeDays() {
        return municipality.now(clock).plusDays(3).withNano(0);
    }

    @Test
    void aHundredPeopleTappingTheSameTimeGetExactlyItsCapacityRoundAfterRound() throws Exception {
        int totalTaken = 0;
        int totalRefused = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int round = 0; round < ROUNDS; round++) {
                long slotId = slot(CAPACITY, inThreeDays().plusHours(round), false);
                CountDownLatch start = new CountDownLatch(1);
                AtomicInteger taken = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                List<Future<?>> attempts = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    attempts.add(pool.submit(() -> {
                        start.await();
                        try {
                            bookingService.book(request(slotId, UUID.randomUUID().toString()));
                            taken.incrementAndGet();
                        } catch (SlotTakenException expected) {
                            refused.incrementAndGet();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> attempt : attempts) {
                    attempt.get(); // any other exception fails the test here
                }
                assertThat(taken.get()).as("round %d", round).isEqualTo(CAPACITY);
                assertThat(refused.get()).isEqualTo(THREADS - CAPACITY);
                assertThat(jdbc.queryForObject("select booked from slot where id = ?", Integer.class, slotId))
                        .isEqualTo(CAPACITY);
                assertThat(jdbc.queryForObject("select count(*) from booking where slot_id = ?", Integer.class, slotId))
                        .isEqualTo(CAPACITY);
                totalTaken += taken.get();
                totalRefused += refused.get();
            }
        }
        System.out.printf("FIGURE %s: %d rounds x %d threads on capacity %d: %d booked, %d told 'just taken', 0 errors%n",
                getClass().getSimpleName(), ROUNDS, THREADS, CAPACITY, totalTaken, totalRefused);
    }

    @Test
    void aDoubleTapOrRetryBooksOnce() throws Exception {
        long slotId = slot(CAPACITY, inThreeDays(), false);
        String key = UUID.randomUUID().toString();
        Set<String> codes = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> taps = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                taps.add(pool.submit(() -> {
                    start.await();
                    codes.add(bookingService.book(request(slotId, key)).code());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> tap : taps) {
                tap.get();
            }
        }
        assertThat(codes).hasSize(1);
        assertThat(jdbc.queryForObject("select booked from slot where id = ?", Integer.class, slotId)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToCountMoreBookingsThanPlacesEvenWithoutTheCode() {
        long slotId = slot(1, inThreeDays(), false);
        jdbc.update("update slot set booked = 1 where id = ?", slotId);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.update("update slot set booked = booked + 1 where id = ?", slotId))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void takingAPlaceFailsWhenFullCancelledOrTooSoon() {
        LocalDateTime now = municipality.now(clock);
        long full = slot(1, inThreeDays(), false);
        long cancelled = slot(1, inThreeDays().plusHours(1), true);
        long soon = slot(1, now.plusMinutes(30), false);
        assertThat(slots.takePlace(full, now, false)).isEqualTo(1);
        assertThat(slots.takePlace(full, now, false)).isZero();
        assertThat(slots.takePlace(cancelled, now, false)).isZero();
        assertThat(slots.takePlace(soon, now.plusHours(2), false)).isZero();
        assertThat(slots.takePlace(soon, now, true)).isEqualTo(1);
        assertThat(slots.freeOnline(officeId, now, now.plusDays(10), Limit.of(10))).isEmpty();
    }
}
