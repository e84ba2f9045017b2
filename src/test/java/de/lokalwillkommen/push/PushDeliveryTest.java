package de.lokalwillkommen.push;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delivery against a push service inside the test, on two servers sharing one PostgreSQL: each notice reaches
 * its browser once even when both servers send at the same moment; 404/410 forget the subscription; other
 * failures are retried with a doubling wait and given up after five attempts; one VAPID key pair for all servers;
 * reminders a day and two hours before, once each.
 */
@Tag(TwoServers.TAG)
class PushDeliveryTest {

    final PushData data = new PushData();
    final TwoServers servers = data.servers;
    final JdbcTemplate jdbc = data.jdbc;
    final PushNotices noticesA = servers.a.getBean(PushNotices.class);
    final TestPushService pushService = new TestPushService();

    @AfterEach
    void stop() {
        pushService.close();
    }

    @Test
    void twoServersSendingAtOnceDeliverEveryNoticeExactlyOnce() throws Exception {
        int browsers = 300;
        String run = UUID.randomUUID().toString().substring(0, 8);
        long firstOwner = ThreadLocalRandom.current().nextLong(1_000_000_000L);
        for (int i = 0; i < browsers; i++) {
            noticesA.subscribe(OwnerKind.MESSAGE, firstOwner + i, new TestBrowser().subscription(
                    pushService.endpoint(run + "-" + i)), "de");
        }
        NoticeText text = noticesA.text("de", "push.booking.moved.title", "push.booking.moved.body", "", "x", "y");
        // queued on both servers at once, twice each: still one notice per browser
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (PushNotices notices : List.of(noticesA, servers.b.getBean(PushNotices.class), noticesA,
                    servers.b.getBean(PushNotices.class))) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < browsers; i++) {
                        notices.queue(OwnerKind.MESSAGE, firstOwner + i, "reply:" + run, text);
                    }
                    return null;
                }));
            }
            for (PushSendingJob job : List.of(job(servers.a), job(servers.b), job(servers.a), job(servers.b))) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        job.sendDue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : work) {
                w.get();
            }
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (received(run).size() < browsers && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_500);
        List<String> paths = received(run);
        assertThat(paths).hasSize(browsers);
        assertThat(new HashSet<>(paths)).hasSize(browsers);
        assertThat(jdbc.queryForObject("select count(*) from push_notice where dedup_key = ? and status = 'SENT'",
                Integer.class, "reply:" + run)).isEqualTo(browsers);
        System.out.printf("FIGURE two servers, push: %d notices queued 4 times, sent by 2 servers x 2 threads:"
                + " %d requests, %d distinct browsers%n", browsers, paths.size(), new HashSet<>(paths).size());
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsDeleted() throws Exception {
        pushService.answer(() -> 410);
        long owner = ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String id = UUID.randomUUID().toString();
        noticesA.subscribe(OwnerKind.MESSAGE, owner, new TestBrowser().subscription(pushService.endpoint(id)), "en");

        noticesA.queue(OwnerKind.MESSAGE, owner, "reply:1", noticesA.text("en", "push.booking.moved.title",
                "push.booking.moved.body", "", "x", "y"));
        awaitRequests(id, 1);
        long deadline = System.currentTimeMillis() + 10_000;
        while (subscriptions(owner) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }

        assertThat(subscriptions(owner)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from push_notice n where not exists (select 1 from"
                + " push_subscription s where s.id = n.subscription_id)", Integer.class)).isZero();
    }

    @Test
    void otherFailuresAreRetriedWithADoublingWaitAndGivenUpAfterFiveAttempts() throws Exception {
        pushService.answer(() -> 503);
        long owner = ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String id = UUID.randomUUID().toString();
        noticesA.subscribe(OwnerKind.MESSAGE, owner, new TestBrowser().subscription(pushService.endpoint(id)), "en");
        noticesA.queue(OwnerKind.MESSAGE, owner, "reply:1", noticesA.text("en", "push.booking.moved.title",
                "push.booking.moved.body", "", "x", "y"));
        awaitRequests(id, 1);
        awaitAttempts(owner, 1);
        LocalDateTime next = jdbc.queryForObject("select next_attempt_at from push_notice n join push_subscription s"
                + " on s.id = n.subscription_id where s.owner_id = ? and s.owner_kind = 'MESSAGE'", LocalDateTime.class,
                owner);
        LocalDateTime exactNow = servers.a.getBean(de.lokalwillkommen.base.MunicipalityProperties.class)
                .now(servers.a.getBean(java.time.Clock.class)); // data.now() drops the seconds
        assertThat(Duration.between(exactNow, next)).as("the first wait is a minute")
                .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(61));
        PushSendingJob job = job(servers.a);
        assertThat(List.of(job.backoff(0), job.backoff(1), job.backoff(2), job.backoff(3), job.backoff(30)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofMinutes(8), Duration.ofDays(1));

        for (int round = 0; round < 10; round++) { // the waits are over at once
            jdbc.update("update push_notice set next_attempt_at = ? where subscription_id in (select id from"
                    + " push_subscription where owner_kind = 'MESSAGE' and owner_id = ?)", data.now().minusHours(1),
                    owner);
            job.sendDue();
        }

        assertThat(pushService.to(id)).hasSize(5);
        assertThat(jdbc.queryForMap("select n.status, n.attempts from push_notice n join push_subscription s on"
                + " s.id = n.subscription_id where s.owner_id = ? and s.owner_kind = 'MESSAGE'", owner))
                .containsEntry("status", "FAILED").containsEntry("attempts", 5);
        assertThat(subscriptions(owner)).as("a failing service does not end the subscription").isEqualTo(1);
    }

    @Test
    void bothServersShareOneVapidKeyPairEvenWhenTheyCreateItAtTheSameMoment() throws Exception {
        assertThat(servers.b.getBean(PushNotices.class).publicKey()).isEqualTo(noticesA.publicKey());
        var kept = jdbc.queryForMap("select public_key, private_key from push_vapid_key");
        jdbc.update("delete from push_vapid_key");
        try {
            List<VapidKeys> starting = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                var server = i % 2 == 0 ? servers.a : servers.b;
                starting.add(new VapidKeys(server.getBean(PushProperties.class), server.getBean(JdbcTemplate.class),
                        server.getBean(de.lokalwillkommen.base.MunicipalityProperties.class),
                        server.getBean(java.time.Clock.class), server.getBean(de.lokalwillkommen.base.PublicAddress.class)));
            }
            Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> all = new ArrayList<>();
                for (VapidKeys k : starting) {
                    all.add(pool.submit(() -> {
                        start.await();
                        keys.add(k.publicKey());
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : all) {
                    f.get();
                }
            }
            assertThat(keys).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from push_vapid_key", Integer.class)).isEqualTo(1);
        } finally {
            jdbc.update("delete from push_vapid_key");
            jdbc.update("insert into push_vapid_key (name, public_key, private_key, created_at) values ('default', ?, ?, ?)",
                    kept.get("public_key"), kept.get("private_key"), data.now());
        }
    }

    @Test
    void aSubscribedBookingIsRemindedADayAndTwoHoursBeforeOnceEach() throws Exception {
        long office = data.office("Erinnerungen");
        BookingDetails tomorrow = data.book(office, data.slot(office, data.now().plusHours(23)), "tr");
        BookingDetails soon = data.book(office, data.slot(office, data.now().plusMinutes(90)), "uk");
        BookingDetails later = data.book(office, data.slot(office, data.now().plusDays(3)), "de");
        BookingDetails justSubscribed = data.book(office, data.slot(office, data.now().plusHours(20)), "de");
        BookingDetails cancelled = data.book(office, data.slot(office, data.now().plusHours(22)), "de");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (BookingDetails booking : List.of(tomorrow, soon, later, justSubscribed, cancelled)) {
            noticesA.subscribe(OwnerKind.BOOKING, booking.id(), new TestBrowser().subscription(
                    pushService.endpoint(run + "-" + booking.id())), "de");
        }
        jdbc.update("update push_subscription set created_at = ? where owner_kind = 'BOOKING' and owner_id in (?, ?, ?, ?)",
                data.now().minusDays(2), tomorrow.id(), soon.id(), later.id(), cancelled.id());
        servers.a.getBean(BookingService.class).cancelByToken(cancelled.manageToken());

        BookingPush a = servers.a.getBean(BookingPush.class);
        BookingPush b = servers.b.getBean(BookingPush.class);
        int queued = a.queueDueReminders() + b.queueDueReminders() + a.queueDueReminders();

        assertThat(queued).isEqualTo(2);
        awaitRequests(run + "-" + tomorrow.id(), 1);
        awaitRequests(run + "-" + soon.id(), 1);
        Thread.sleep(1_000);
        assertThat(pushService.to(run + "-" + tomorrow.id())).hasSize(1);
        assertThat(pushService.to(run + "-" + soon.id())).as("only the nearest reminder, not both").hasSize(1);
        assertThat(pushService.to(run + "-" + later.id())).isEmpty();
        assertThat(pushService.to(run + "-" + justSubscribed.id())).isEmpty();
        assertThat(pushService.to(run + "-" + cancelled.id())).isEmpty();
        assertThat(jdbc.queryForList("select owner_id from push_reminded where owner_kind = 'BOOKING' and owner_id in"
                + " (?, ?, ?)", Long.class, tomorrow.id(), soon.id(), later.id()))
                .containsExactlyInAnyOrder(tomorrow.id(), soon.id());
    }

    private static PushSendingJob job(org.springframework.context.ConfigurableApplicationContext server) {
        return server.getBean(PushSendingJob.class);
    }

    private int subscriptions(long owner) {
        return jdbc.queryForObject("select count(*) from push_subscription where owner_kind = 'MESSAGE' and owner_id = ?",
                Integer.class, owner);
    }

    private void awaitRequests(String id, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (pushService.to(id).size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private void awaitAttempts(long owner, int attempts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && jdbc.queryForObject("select coalesce(max(n.attempts), 0) from"
                + " push_notice n join push_subscription s on s.id = n.subscription_id where s.owner_id = ?"
                + " and s.owner_kind = 'MESSAGE'", Integer.class, owner) < attempts) {
            Thread.sleep(50);
        }
    }

    private List<String> received(String run) {
        return pushService.received.stream().map(TestPushService.Received::path)
                .filter(p -> p.startsWith("/push/" + run + "-")).toList();
    }
}
