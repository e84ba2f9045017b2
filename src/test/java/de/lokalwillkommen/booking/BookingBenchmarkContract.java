package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Figures, not assertions: the booking service's throughput and latency under 50 concurrent clients,
 * and how long listing one office's free times takes with 10 offices x 20 rules. Run with
 * {@code ./mvnw -Pbenchmark test}; not part of {@code ./mvnw verify}.
 */
@Tag("benchmark")
abstract class BookingBenchmarkContract {

    static final int OFFICES = 10;
    static final int RULES_PER_OFFICE = 20;
    static final int CLIENTS = 50;
    static final int ATTEMPTS = 3000;

    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingService bookingService;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    de.lokalwillkommen.base.MunicipalityProperties municipality;

    @Test
    void printsFreeSlotTimesAndBookingThroughput() throws Exception {
        signInAsCoordinator();
        List<Long> offices = new ArrayList<>();
        for (int o = 0; o < OFFICES; o++) {
            String slug = "bench-" + UUID.randomUUID();
            jdbc.update("insert into office (slug, name, city) values (?, ?, 'Dortmund')", slug, slug);
            long officeId = jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
            offices.add(officeId);
            for (int r = 0; r < RULES_PER_OFFICE; r++) {
                ScheduleRuleForm rule = new ScheduleRuleForm();
                rule.setOfficeId(officeId);
                rule.setWeekday(DayOfWeek.of(1 + r % 5));
                rule.setEveryWeeks(1 + r % 2);
                rule.setValidFrom(municipality.now(clock).toLocalDate().minusDays(r));
                rule.setStart(LocalTime.of(8 + r % 8, 0));
                rule.setEnd(LocalTime.of(10 + r % 8, 0));
                rule.setSlotMinutes(20);
                rule.setCapacity(2);
                schedule.saveRule(rule);
            }
        }
        long slotCount = jdbc.queryForObject("select count(*) from slot", Long.class);

        List<Long> freeNanos = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long office = offices.get(i % OFFICES);
            long start = System.nanoTime();
            bookingService.freeSlots(office, 2000);
            if (i >= 100) {
                freeNanos.add(System.nanoTime() - start);
            }
        }
        List<Long> slotIds = jdbc.queryForList("select id from slot where start_local > ?", Long.class,
                municipality.now(clock).plusDays(1));
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                long slotId = slotIds.get((int) (Math.random() * slotIds.size()));
                all.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    try {
                        bookingService.book(BookingConcurrencyContract.request(slotId, UUID.randomUUID().toString()));
                        booked.incrementAndGet();
                    } catch (SlotTakenException full) {
                        taken.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("FIGURE %s free slots of one office (4-week horizon, %d offices x %d rules, %d slots): "
                + "p50 %.2f ms, p95 %.2f ms%n", getClass().getSimpleName(), OFFICES, RULES_PER_OFFICE, slotCount,
                percentile(freeNanos, 50), percentile(freeNanos, 95));
        System.out.printf("FIGURE %s booking with %d concurrent clients: %d attempts in %.1f s = %.0f attempts/s, "
                + "%d booked, %d told 'just taken', p50 %.1f ms, p95 %.1f ms%n", getClass().getSimpleName(), CLIENTS,
                ATTEMPTS, seconds, ATTEMPTS / seconds, booked.get(), taken.get(),
                percentile(new ArrayList<>(latencies), 50), percentile(new ArrayList<>(latencies), 95));
    }

    private void signInAsCoordinator() {
        if (!accounts.exists("bench-admin")) {
            accounts.create("bench-admin", "Benchmark", "a-long-benchmark-password", StaffRole.ADMIN, Set.of());
        }
        var admin = users.loadUserByUsername("bench-admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
