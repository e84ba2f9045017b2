package de.lokalwillkommen.push;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.booking.BookingDetails;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Subscriptions and their notices are erased with the booking's personal data; what stays for the figures is
 * anonymous, and the figures compare the no-show rate of bookings with and without a push reminder per month.
 */
@Tag(TwoServers.TAG)
class PushPrivacyAndFiguresTest {

    final PushData data = new PushData();
    final JdbcTemplate jdbc = data.jdbc;
    final PushNotices notices = data.servers.a.getBean(PushNotices.class);
    final TestPushService pushService = new TestPushService();

    @AfterEach
    void stop() {
        pushService.close();
    }

    @Test
    void retentionErasesSubscriptionsAndNoticesWithTheBookingsPersonalData() {
        long office = data.office("Aufbewahrung");
        BookingDetails old = data.book(office, data.slot(office, data.now().plusDays(2)), "de");
        BookingDetails recent = data.book(office, data.slot(office, data.now().plusDays(2).plusHours(1)), "de");
        String run = UUID.randomUUID().toString();
        for (BookingDetails booking : List.of(old, recent)) {
            notices.subscribe(OwnerKind.BOOKING, booking.id(), new TestBrowser().subscription(
                    pushService.endpoint(run + booking.id())), "de");
            notices.queue(OwnerKind.BOOKING, booking.id(), "test:" + run, new NoticeText("t", "b", "", "de"));
        }
        jdbc.update("update slot set start_local = ?, end_local = ? where id = ?", data.now().minusDays(91),
                data.now().minusDays(91).plusMinutes(30), old.slotId());

        int erased = data.servers.a.getBean(PushRetention.class).apply(data.now());

        assertThat(erased).isGreaterThanOrEqualTo(1);
        assertThat(subscriptions(old.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from push_notice n join push_subscription s on"
                + " s.id = n.subscription_id where s.owner_id = ?", Integer.class, old.id())).isZero();
        assertThat(subscriptions(recent.id())).isEqualTo(1);
    }

    @Test
    void theFiguresCompareNoShowsWithAndWithoutAPushReminderPerMonth() {
        long office = data.office("Zahlen");
        LocalDateTime past = data.now().minusMonths(2).withDayOfMonth(14).withHour(10);
        String month = String.format("%04d-%02d", past.getYear(), past.getMonthValue());
        String[][] outcomes = {{"NO_SHOW", "reminded"}, {"ATTENDED", "reminded"}, {"ATTENDED", "reminded"},
                {"ATTENDED", "reminded"}, {"NO_SHOW", ""}, {"NO_SHOW", ""}, {"ATTENDED", ""}, {"ATTENDED", ""}};
        for (String[] outcome : outcomes) {
            BookingDetails booking = data.book(office, data.slot(office, data.now().plusDays(3)), "de");
            jdbc.update("update slot set start_local = ?, end_local = ? where id = ?", past, past.plusMinutes(30),
                    booking.slotId());
            jdbc.update("update booking set status = ? where id = ?", outcome[0], booking.id());
            if (!outcome[1].isEmpty()) {
                jdbc.update("insert into push_reminded (owner_kind, owner_id, sent_at) values ('BOOKING', ?, ?)",
                        booking.id(), past.minusHours(2));
            }
        }

        List<FigureTable> tables = data.servers.a.getBean(PushFigures.class).tables(new FigureQuery(
                past.toLocalDate().withDayOfMonth(1), past.toLocalDate().withDayOfMonth(28), Set.of(office), false));

        assertThat(tables).hasSize(1);
        assertThat(tables.getFirst().id()).isEqualTo("push-reminders");
        assertThat(tables.getFirst().rows()).containsExactly(List.of(month, 4L, 0.25, 4L, 0.5));
    }

    private int subscriptions(long bookingId) {
        return jdbc.queryForObject("select count(*) from push_subscription where owner_kind = 'BOOKING' and owner_id = ?",
                Integer.class, bookingId);
    }
}
