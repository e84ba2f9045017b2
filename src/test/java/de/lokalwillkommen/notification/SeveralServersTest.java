package de.lokalwillkommen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.SlotTakenException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app on one PostgreSQL: what a city with a load balancer relies on. A slot booked at the
 * same moment through both never holds more than its capacity, and every reminder goes out once, whether the two
 * schedulers fire together (ShedLock lets one run) or overlapping runs slip past the lock (the mail log's claim).
 */
@Tag(TwoServers.TAG)
class SeveralServersTest {

    static final int ROUNDS = 10;
    static final int THREADS_PER_SERVER = 25;
    static final int CAPACITY = 3;

    final ServersData data = new ServersData();
    final TwoServers servers = data.servers;

    @Test
    void aSlotBookedConcurrentlyThroughBothServersNeverExceedsItsCapacityAndEachBookingIsConfirmedOnce()
            throws Exception {
        long office = data.office("Zwei Server", "zwei@example.org", "0231 1111");
        String run = UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger takenA = new AtomicInteger();
        AtomicInteger takenB = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_SERVER)) {
            for (int round = 0; round < ROUNDS; round++) {
                long slot = data.slot(office, data.now().plusDays(3).plusHours(round), CAPACITY);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> attempts = new ArrayList<>();
                for (int i = 0; i < THREADS_PER_SERVER; i++) {
                    attempts.add(pool.submit(attempt(servers.a, slot, run, start, takenA, refused)));
                    attempts.add(pool.submit(attempt(servers.b, slot, run, start, takenB, refused)));
                }
                start.countDown();
                for (Future<?> attempt : attempts) {
                    attempt.get();
                }
                assertThat(data.jdbc.queryForObject("select booked from slot where id = ?", Integer.class, slot))
                        .as("round %d", round).isEqualTo(CAPACITY);
                assertThat(data.jdbc.queryForObject("select count(*) from booking where slot_id = ?", Integer.class, slot))
                        .isEqualTo(CAPACITY);
            }
        }
        int booked = takenA.get() + takenB.get();
        assertThat(booked).isEqualTo(ROUNDS * CAPACITY);
        assertThat(refused.get()).isEqualTo(ROUNDS * (2 * THREADS_PER_SERVER - CAPACITY));
        int confirmations = data.awaitMails("@" + run + ".example.org", booked).size();
        assertThat(confirmations).isEqualTo(booked);
        System.out.printf("FIGURE two servers, booking: %d rounds x %d attempts (%d per server) on capacity %d:"
                + " %d booked (server a %d, server b %d), %d told 'just taken', 0 errors, %d confirmation mails%n",
                ROUNDS, 2 * THREADS_PER_SERVER, THREADS_PER_SERVER, CAPACITY, booked, takenA.get(), takenB.get(),
                refused.get(), confirmations);
    }

    private static Callable<Void> attempt(ConfigurableApplicationContext server, long slot, String run,
            CountDownLatch start, AtomicInteger taken, AtomicInteger refused) {
        return () -> {
            start.await();
            try {
                server.getBean(BookingService.class).book(ServersData.request(slot, "Amal", "ar",
                        UUID.randomUUID() + "@" + run + ".example.org"));
                taken.incrementAndGet();
            } catch (SlotTakenException expected) {
                refused.incrementAndGet();
            }
            return null;
        };
    }

    @Test
    void eachReminderIsSentOnceWhenBothServersRunTheJobAtOnceAndEvenWhenTheirRunsOverlap() throws Exception {
        long office = data.office("Erinnerungen", "erinnerung@example.org", "0231 2222");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "@first-" + run + ".example.org";
        String second = "@second-" + run + ".example.org";
        int due = 6;
        dueBookings(office, due, first);
        ReminderJob jobA = servers.a.getBean(ReminderJob.class);
        ReminderJob jobB = servers.b.getBean(ReminderJob.class);
        int runsBefore = jobA.runs() + jobB.runs();

        // Both schedulers fire at the same moment, three times each: ShedLock lets one body run.
        together(3, jobA::run, jobB::run);
        int bodiesRun = jobA.runs() + jobB.runs() - runsBefore;
        assertThat(bodiesRun).isEqualTo(1);
        assertThat(awaitReminders(first, due)).isEqualTo(due);

        // The lock has run out (next interval): the job runs again and finds every reminder claimed.
        releaseLock("booking-reminders");
        together(1, jobA::run, jobB::run);
        assertThat(awaitReminders(first, due)).isEqualTo(due);

        // Runs that overlap without the lock (a lock that expired mid-run): the claims still send each once.
        dueBookings(office, due, second);
        List<Integer> sentByEach = java.util.Collections.synchronizedList(new ArrayList<>());
        together(1, () -> sentByEach.add(jobA.sendDue()), () -> sentByEach.add(jobB.sendDue()));
        assertThat(awaitReminders(second, due)).isEqualTo(due);
        assertThat(sentByEach.stream().mapToInt(Integer::intValue).sum()).isEqualTo(due);
        int reminders = reminders(first) + reminders(second);
        assertThat(reminders).isEqualTo(2 * due);
        System.out.printf("FIGURE two servers, reminders: %d due bookings; both schedulers fired 3 times at once:"
                + " %d job run (ShedLock), %d reminders; again after the lock ran out: 0 more; %d more due and both"
                + " servers sending without the lock at once: %s sent by server a/b, %d reminders in all, each once%n",
                due, bodiesRun, due, due, sentByEach, reminders);
    }

    private int reminders(String domain) {
        return (int) data.mailsTo(domain).stream().filter(m -> subject(m).startsWith("تذكير")).count();
    }

    /** Waits until {@code count} reminders reached the domain, then a little longer for a duplicate to show. */
    private int awaitReminders(String domain, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (reminders(domain) < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_500);
        return reminders(domain);
    }

    private void dueBookings(long office, int count, String domain) {
        LocalDateTime start = data.now().plusHours(12);
        for (int i = 0; i < count; i++) {
            long slot = data.slot(office, start.plusMinutes(30L * i), 1);
            BookingDetails booking = servers.a.getBean(BookingService.class)
                    .book(ServersData.request(slot, "Amal", "ar", "due" + i + domain));
            data.madeTwoDaysAgo(booking.id());
        }
    }

    private void releaseLock(String name) {
        data.jdbc.update("update shedlock set lock_until = locked_at where name = ?", name);
    }

    private static void together(int timesEach, Runnable onA, Runnable onB) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2 * timesEach)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < timesEach; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    onA.run();
                    return null;
                }));
                runs.add(pool.submit(() -> {
                    start.await();
                    onB.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
    }

    static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
