package de.lokalwillkommen.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.SettableClock;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.booking.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The walk-in queue's rules on every database we run on: numbers, one per phone, the flood limit, closed sessions,
 * check-ins placed by appointment time, the estimate, "not here", concurrent "call next" and the nightly figures.
 * Each test has an office of its own; the session runs 09:00-12:00 on the slice's Monday.
 */
abstract class QueueContract {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Autowired
    QueueService queue;
    @Autowired
    QueueRetention retention;
    @Autowired
    QueueFigures queueFigures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SettableClock clock;
    /** Staff rights are the service's first line, checked in the view tests with real accounts; here: allowed. */
    @MockitoBean
    OfficeAccess access;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    long officeId;

    /** As the nightly job runs it: in a transaction of its own. */
    int retain(LocalDateTime now) {
        return new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> retention.apply(now));
    }

    @BeforeEach
    void anOfficeWithAMorningSession() {
        clock.set(Instant.parse(QueueSlice.START));
        String slug = "queue-" + UUID.randomUUID();
        jdbc.update("insert into office (slug, name, city, phone) values (?, ?, 'Dortmund', '0231 1234')", slug, slug);
        officeId = jdbc.queryForObject("select id from office where slug = ?", Long.class, slug);
        for (int hour = 9; hour < 12; hour++) {
            slot(MONDAY.atTime(hour, 0));
        }
    }

    long slot(LocalDateTime start) {
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked, cancelled)"
                + " values (?, ?, ?, 2, 2, 0, false)", officeId, start, start.plusMinutes(60));
        return jdbc.queryForObject("select max(id) from slot where office_id = ?", Long.class, officeId);
    }

    String booking(long slotId, String code) {
        jdbc.update("""
                insert into booking (slot_id, office_id, code, manage_token, topic, language, interpreter, persons, channel,
                  status, created_at, updated_at) values (?, ?, ?, ?, 'HOUSING', 'ar', true, 1, 'STAFF', 'BOOKED', ?, ?)""",
                slotId, officeId, code, UUID.randomUUID().toString(), MONDAY.atTime(8, 0), MONDAY.atTime(8, 0));
        return code;
    }

    QueueSessionRef session() {
        return queue.session(officeId, null, MONDAY);
    }

    void at(int hour, int minute) {
        clock.set(MONDAY.atTime(hour, minute).atZone(java.time.ZoneId.of("Europe/Berlin")).toInstant());
    }

    static String phone() {
        return UUID.randomUUID().toString();
    }

    /** A fresh client address per call: only the flood test shares one. */
    static String address() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    TicketState take(String code) {
        return queue.take(code, QueueNeeds.NONE, phone(), address());
    }

    @Test
    void walkInsGetConsecutiveNumbersAndSeeWhoIsAheadWithTheDefaultServiceTime() {
        String code = session().code();
        TicketState first = queue.take(code, new QueueNeeds("fa", true, Topic.HEALTH), phone(), address());
        TicketState second = take(code.toLowerCase());
        TicketState third = take(code);

        assertThat(List.of(first.number(), second.number(), third.number())).containsExactly(1, 2, 3);
        assertThat(queue.ticket(third.token()).orElseThrow().ahead()).isEqualTo(2);
        assertThat(queue.ticket(third.token()).orElseThrow().waitMinutes()).as("2 x the default 12 minutes")
                .isEqualTo(24);
        assertThat(queue.queue(session().id()).getFirst().needs()).isEqualTo(new QueueNeeds("fa", true, Topic.HEALTH));
    }

    @Test
    void aPhoneHoldsOneActiveNumberPerSessionAndGetsANewOneOnlyAfterLeaving() {
        String code = session().code();
        String phone = phone();
        TicketState first = queue.take(code, QueueNeeds.NONE, phone, address());
        TicketState again = queue.take(code, QueueNeeds.NONE, phone, address());
        assertThat(again.token()).isEqualTo(first.token());
        assertThat(queue.heldBy(code, phone)).map(TicketState::number).contains(first.number());

        queue.leave(first.token());
        assertThat(queue.ticket(first.token()).orElseThrow().status()).isEqualTo(QueueStatus.LEFT);
        TicketState fresh = queue.take(code, QueueNeeds.NONE, phone, address());
        assertThat(fresh.number()).isEqualTo(first.number() + 1);
    }

    @Test
    void aClientAddressBeyondTheFloodLimitGetsNoFurtherNumber() {
        String code = session().code();
        String sharedAddress = "192.0.2." + (int) (Math.random() * 250);
        for (int i = 0; i < 6; i++) {
            queue.take(code, QueueNeeds.NONE, phone(), sharedAddress);
        }
        assertThatThrownBy(() -> queue.take(code, QueueNeeds.NONE, phone(), sharedAddress))
                .isInstanceOf(UserFacingException.class).hasMessage("queue.tooMany");
        assertThat(queue.handOut(session().id(), QueueNeeds.NONE).byStaff()).as("staff are not limited").isTrue();
    }

    @Test
    void aNumberForAPastOrNotYetOpenSessionIsRefusedWithTheNextSessionsStart() {
        String code = session().code();
        slot(MONDAY.plusDays(14).atTime(14, 0));

        at(8, 0);
        assertThatThrownBy(() -> take(code)).isInstanceOfSatisfying(QueueClosedException.class,
                closed -> assertThat(closed.nextStart()).as("too early: today's").isEqualTo(MONDAY.atTime(9, 0)));
        at(8, 35);
        assertThat(take(code).number()).as("open half an hour before").isEqualTo(1);
        at(12, 5);
        assertThatThrownBy(() -> take(code)).isInstanceOfSatisfying(QueueClosedException.class, closed -> {
            assertThat(closed.nextStart()).isEqualTo(MONDAY.plusDays(14).atTime(14, 0));
            assertThat(closed.getMessage()).isEqualTo("queue.closed.next");
        });
        assertThatThrownBy(() -> take("NOPE9")).isInstanceOf(UserFacingException.class).hasMessage("queue.unknown");
    }

    @Test
    void bookedPeopleCheckInByTheirCodeAndArePlacedByTheirAppointmentTime() {
        long nine = jdbc.queryForObject("select min(id) from slot where office_id = ?", Long.class, officeId);
        long ten = slot(MONDAY.atTime(9, 30));
        String early = booking(ten, "Q" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        String late = booking(nine, "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        String code = session().code();

        at(9, 20);
        TicketState walkIn920 = take(code);
        TicketState booked930 = queue.checkIn(code, early.toLowerCase(), phone(), address());
        at(9, 25);
        TicketState walkIn925 = take(code);
        TicketState bookedNineCameLate = queue.checkIn(code, late, phone(), address());

        List<Integer> order = queue.queue(session().id()).stream().map(QueueEntry::number).toList();
        assertThat(order).containsExactly(walkIn920.number(), walkIn925.number(), bookedNineCameLate.number(),
                booked930.number());
        assertThat(queue.queue(session().id()).getLast().needs()).isEqualTo(new QueueNeeds("ar", true, Topic.HOUSING));
        assertThat(queue.checkIn(code, early, phone(), address()).number()).as("twice: the same number")
                .isEqualTo(booked930.number());
        assertThatThrownBy(() -> queue.checkIn(code, "WRONG1", phone(), address()))
                .isInstanceOf(UserFacingException.class).hasMessage("queue.checkIn.unknown");
    }

    @Test
    void theEstimateIsThePeopleAheadTimesTheMedianOfTheRecentServices() {
        QueueSessionRef session = session();
        for (int i = 0; i < 5; i++) {
            take(session.code());
        }
        TicketState last = take(session.code());
        int minute = 0;
        for (int serviceMinutes : new int[] {4, 6, 20}) {
            at(9, minute);
            long called = queue.callNext(session.id()).orElseThrow().id();
            minute += serviceMinutes;
            at(9, minute);
            queue.served(session.id(), called);
        }
        TicketState now = queue.ticket(last.token()).orElseThrow();
        assertThat(now.ahead()).isEqualTo(2);
        assertThat(now.waitMinutes()).as("2 ahead x median 6 minutes").isEqualTo(12);
    }

    @Test
    void someoneNotHereIsSkippedAndWhenBackWaitsAtTheirPlaceAgain() {
        QueueSessionRef session = session();
        TicketState first = take(session.code());
        TicketState second = take(session.code());
        QueueEntry called = queue.callNext(session.id()).orElseThrow();
        assertThat(called.number()).isEqualTo(first.number());

        queue.notHere(session.id(), called.id());
        assertThat(queue.callNext(session.id())).map(QueueEntry::number).contains(second.number());
        queue.returned(session.id(), called.id());
        assertThat(queue.ticket(first.token()).orElseThrow().status()).isEqualTo(QueueStatus.WAITING);
        assertThat(queue.callNext(session.id())).map(QueueEntry::number).contains(first.number());
        assertThatThrownBy(() -> queue.returned(session.id(), called.id())).as("no longer skipped")
                .isInstanceOf(UserFacingException.class).hasMessage("queue.changedMeanwhile");
    }

    @Test
    void staffOfAnotherOfficeCannotCallTheQueue() {
        QueueSessionRef session = session();
        org.mockito.Mockito.when(access.requireOffice(officeId)).thenThrow(new AccessDeniedException("other office"));
        assertThatThrownBy(() -> queue.callNext(session.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void severalStaffCallingAtOnceCallEveryoneExactlyOnce() throws Exception {
        QueueSessionRef session = session();
        int people = 60;
        for (int i = 0; i < people; i++) {
            take(session.code());
        }
        Set<Long> called = ConcurrentHashMap.newKeySet();
        List<Long> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService staff = Executors.newFixedThreadPool(6)) {
            List<Future<?>> desks = new ArrayList<>();
            for (int desk = 0; desk < 6; desk++) {
                desks.add(staff.submit(() -> {
                    start.await();
                    Optional<QueueEntry> next;
                    while ((next = queue.callNext(session.id())).isPresent()) {
                        calls.add(next.get().id());
                        called.add(next.get().id());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> desk : desks) {
                desk.get();
            }
        }
        assertThat(calls).as("nobody called twice").hasSize(people);
        assertThat(called).hasSize(people);
        assertThat(queue.queue(session.id())).allMatch(e -> e.status() == QueueStatus.CALLED);
    }

    @Test
    void whenTheDayIsOverItsFiguresAreKeptAndItsNumbersDeleted() {
        QueueSessionRef session = session();
        String booked = booking(jdbc.queryForObject("select min(id) from slot where office_id = ?", Long.class,
                officeId), "F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        at(9, 0);
        TicketState a = take(session.code());
        TicketState b = queue.checkIn(session.code(), booked, phone(), address());
        TicketState c = take(session.code());
        TicketState d = take(session.code());
        at(9, 10);
        queue.served(session.id(), queue.callNext(session.id()).orElseThrow().id()); // waited 10 min
        at(9, 40);
        queue.served(session.id(), queue.callNext(session.id()).orElseThrow().id()); // 40 min
        at(10, 0);
        queue.callNext(session.id()); // 60 min, still being served at closing
        queue.leave(d.token());

        at(23, 0);
        assertThat(retain(MONDAY.atTime(23, 0))).as("not before the day is over").isZero();
        assertThat(retain(MONDAY.plusDays(1).atTime(3, 30))).as("this and the other tests' numbers").isGreaterThanOrEqualTo(4);

        assertThat(queue.ticket(a.token())).isEmpty();
        assertThat(queue.ticket(b.token())).isEmpty();
        var figures = jdbc.queryForMap("select walk_ins, checked_in, served, left_early, wait_median_s, wait_p90_s,"
                + " figures_at from queue_session where id = ?", session.id());
        assertThat(figures.get("walk_ins")).isEqualTo(3);
        assertThat(figures.get("checked_in")).isEqualTo(1);
        assertThat(figures.get("served")).isEqualTo(3);
        assertThat(figures.get("left_early")).isEqualTo(1);
        assertThat(figures.get("wait_median_s")).isEqualTo((int) Duration.ofMinutes(40).toSeconds());
        assertThat(figures.get("wait_p90_s")).isEqualTo((int) Duration.ofMinutes(60).toSeconds());
        assertThat(jdbc.queryForObject("select count(*) from queue_wait where session_id = ?", Integer.class,
                session.id())).isEqualTo(3);
        assertThat(retain(MONDAY.plusDays(2).atTime(3, 30))).as("once").isZero();

        var tables = queueFigures.tables(new de.lokalwillkommen.base.figures.FigureQuery(MONDAY.withDayOfMonth(1),
                MONDAY.withDayOfMonth(31), Set.of(officeId), false));
        assertThat(tables).extracting(de.lokalwillkommen.base.figures.FigureTable::id)
                .containsExactly("queue-months", "queue-sessions");
        // month, office, sessions, walk-ins, checked in, served, left early, median and p90 of the wait in minutes
        assertThat(tables.getFirst().rows()).singleElement().satisfies(row -> assertThat(row.subList(2, 9))
                .containsExactly(1L, 3L, 1L, 3L, 1L, 40L, 60L));
        assertThat(tables.getLast().rows()).singleElement().satisfies(row -> assertThat(row.getFirst())
                .isEqualTo("2026-12-07"));
        assertThat(c.number()).isEqualTo(3);
    }
}
