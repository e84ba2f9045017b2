package de.lokalwillkommen.push;

import de.lokalwillkommen.base.push.OwnerKind;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalFormats;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingEvents;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.ui.BookingCalendarFiles;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a booking's subscribed browsers hear, in the booking's language, with the time and the office's name but
 * no name, phone number, e-mail address or code: reminders ({@code lw.push.reminder-leads}, a day and two hours
 * before), staff cancelling or moving the booking, its whole session cancelled. Tapping opens the personal
 * booking page. Reminders of a cancelled or moved booking that are still queued are dropped; the dedup key holds
 * the start time, so a moved booking is reminded of its new time.
 */
@Component
class BookingPush {

    static final String REMINDER_PREFIX = "reminder:";

    private static final Logger log = LoggerFactory.getLogger(BookingPush.class);

    private final PushNotices notices;
    private final PushStore store;
    private final BookingService bookings;
    private final OfficeService offices;
    private final Languages languages;
    private final PushProperties properties;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    BookingPush(PushNotices notices, PushStore store, BookingService bookings, OfficeService offices,
            Languages languages, PushProperties properties, MunicipalityProperties municipality, Clock clock) {
        this.notices = notices;
        this.store = store;
        this.bookings = bookings;
        this.offices = offices;
        this.languages = languages;
        this.properties = properties;
        this.municipality = municipality;
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(BookingEvents.BookingCancelled cancelled) {
        safely(cancelled.bookingId(), booking -> {
            store.dropQueued(OwnerKind.BOOKING, booking.id(), REMINDER_PREFIX);
            if (cancelled.byStaff()) {
                queue(booking, "cancelled", "push.booking.cancelled", booking.start());
            }
        });
    }

    @TransactionalEventListener
    void on(BookingEvents.SessionCancelled cancelled) {
        for (long bookingId : cancelled.bookingIds()) {
            safely(bookingId, booking -> {
                store.dropQueued(OwnerKind.BOOKING, booking.id(), REMINDER_PREFIX);
                queue(booking, "cancelled", "push.booking.cancelled", booking.start());
            });
        }
    }

    @TransactionalEventListener
    void on(BookingEvents.BookingMoved moved) {
        safely(moved.bookingId(), booking -> {
            store.dropQueued(OwnerKind.BOOKING, booking.id(), REMINDER_PREFIX);
            if (moved.byStaff()) {
                queue(booking, "moved:" + moved.to(), "push.booking.moved", booking.start());
            }
        });
    }

    @Scheduled(fixedDelayString = "${lw.push.reminder-interval:PT5M}",
            initialDelayString = "${lw.push.reminder-initial-delay:PT2M}")
    @SchedulerLock(name = "push-reminders", lockAtMostFor = "PT15M",
            lockAtLeastFor = "${lw.jobs.lock-at-least-for:PT1M}")
    public void run() {
        queueDueReminders();
    }

    /**
     * Queues the reminders that are due now for subscribed, active bookings; returns how many were queued. A lead
     * is skipped when the browser subscribed after its moment (someone who booked this morning for this afternoon
     * needs no "tomorrow" reminder).
     */
    int queueDueReminders() {
        LocalDateTime now = municipality.now(clock);
        int queued = 0;
        for (long bookingId : store.owners(OwnerKind.BOOKING)) {
            BookingDetails booking = bookings.forNotice(bookingId).orElse(null);
            if (booking == null || !booking.isActive() || !booking.start().isAfter(now)) {
                continue;
            }
            LocalDateTime subscribed = store.targets(OwnerKind.BOOKING, bookingId).stream()
                    .map(PushStore.Target::createdAt).min(Comparator.naturalOrder()).orElse(now);
            // Only the nearest due reminder: after a pause of the job nobody gets "tomorrow" and "in 2 hours" at once.
            Duration nearest = null;
            for (Duration lead : properties.reminderLeads()) {
                LocalDateTime due = booking.start().minus(lead);
                if (!now.isBefore(due) && subscribed.isBefore(due) && (nearest == null || lead.compareTo(nearest) < 0)) {
                    nearest = lead;
                }
            }
            if (nearest != null) {
                queued += queue(booking, REMINDER_PREFIX + nearest + "@" + booking.start(), "push.booking.reminder",
                        booking.start());
            }
        }
        if (queued > 0) {
            log.info("Queued {} push reminders.", queued);
        }
        return queued;
    }

    private int queue(BookingDetails booking, String dedupKey, String key, LocalDateTime expiresAt) {
        String when = notices.dates(booking.language()).appointment(booking.start(), booking.end());
        String office = offices.findById(booking.officeId()).map(OfficeDetails::name).orElse("");
        NoticeText text = notices.text(booking.language(), key + ".title", key + ".body",
                BookingCalendarFiles.managePath(booking.manageToken()), "\u2068" + when + "\u2069",
                "\u2068" + office + "\u2069");
        boolean reminder = dedupKey.startsWith(REMINDER_PREFIX);
        return notices.queue(OwnerKind.BOOKING, booking.id(), dedupKey, text, reminder ? expiresAt : null);
    }

    private void safely(long bookingId, Consumer<BookingDetails> work) {
        try {
            bookings.forNotice(bookingId).ifPresent(work);
        } catch (RuntimeException e) {
            log.warn("Could not queue a push notice for booking:{}: {}", bookingId, e.getClass().getSimpleName());
        }
    }
}
