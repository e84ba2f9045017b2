package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.mail.Mailer.Outcome;
import de.lokalwillkommen.base.mail.TemplatedMail;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds bookers a day before ({@code lw.mail.reminder-lead}, 24 hours), looking every
 * {@code lw.mail.reminder-interval} (10 minutes). Once per booking and time, across servers: the job runs on one
 * server at a time (ShedLock), and each reminder is first claimed in the mail log (a unique key of booking and
 * start time), so even two runs that overlap send it once. A failed send gives its claim back for the next run;
 * a booking moved to another time gets a reminder for the new time.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final BookingService bookings;
    private final BookingMails mails;
    private final SmtpMailer mailer;
    private final MailLog mailLog;
    private final MailProperties properties;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final AtomicInteger runs = new AtomicInteger();

    ReminderJob(BookingService bookings, BookingMails mails, SmtpMailer mailer, MailLog mailLog,
            MailProperties properties, MunicipalityProperties municipality, Clock clock) {
        this.bookings = bookings;
        this.mails = mails;
        this.mailer = mailer;
        this.mailLog = mailLog;
        this.properties = properties;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lw.mail.reminder-interval:PT10M}",
            initialDelayString = "${lw.mail.reminder-initial-delay:PT2M}")
    @SchedulerLock(name = "booking-reminders", lockAtMostFor = "PT15M",
            lockAtLeastFor = "${lw.jobs.lock-at-least-for:PT1M}")
    public void run() {
        runs.incrementAndGet();
        sendDue();
    }

    /** How often this server ran the job's body (not counting runs ShedLock skipped); for tests and operators. */
    public int runs() {
        return runs.get();
    }

    /** Sends the reminders that are due and not yet claimed; returns how many this call sent. */
    int sendDue() {
        LocalDateTime now = municipality.now(clock);
        int sent = 0;
        for (BookingDetails booking : bookings.dueForReminder(now, properties.reminderLead())) {
            Optional<TemplatedMail> mail = mails.mail(BookingMails.REMINDER, booking, null, null, false);
            if (mail.isEmpty()) {
                continue;
            }
            Optional<Long> claim = mailLog.claim(mail.get(), "reminder:" + booking.id() + "@" + booking.start());
            if (claim.isEmpty()) {
                continue;
            }
            Outcome outcome = mailer.deliver(mail.get());
            mailLog.complete(claim.get(), outcome);
            if (outcome == Outcome.SENT) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} reminders.", sent);
        }
        return sent;
    }
}
