package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalFormats;
import de.lokalwillkommen.base.mail.Mailer;
import de.lokalwillkommen.base.mail.TemplatedMail;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingEvents;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.ui.BookingCalendarFiles;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The booking mails, each in the booking's language with the personal link: confirmation (with the .ics),
 * reminder, and the notice when staff cancel a booking or its session or move it. They listen to the booking
 * feature's events after the change has committed (a rolled-back booking mails nobody) and go out in the
 * background. Bookings without an e-mail address get no mail.
 */
@Component
class BookingMails {

    static final String CONFIRMATION = "booking.confirmation";
    static final String REMINDER = "booking.reminder";
    static final String CANCELLED = "booking.cancelled";
    static final String MOVED = "booking.moved";

    private static final Logger log = LoggerFactory.getLogger(BookingMails.class);

    private final BookingService bookings;
    private final OfficeService offices;
    private final BookingCalendarFiles calendarFiles;
    private final Mailer mailer;
    private final PublicAddress publicAddress;
    private final Languages languages;
    private final BundleTranslationProvider translations;
    private final ExecutorService background;

    BookingMails(BookingService bookings, OfficeService offices, BookingCalendarFiles calendarFiles, Mailer mailer,
            PublicAddress publicAddress, Languages languages, BundleTranslationProvider translations,
            ExecutorService mailExecutor) {
        this.bookings = bookings;
        this.offices = offices;
        this.calendarFiles = calendarFiles;
        this.mailer = mailer;
        this.publicAddress = publicAddress;
        this.languages = languages;
        this.translations = translations;
        this.background = mailExecutor;
        if (mailer.enabled() && publicAddress.base().contains("://localhost")) {
            log.warn("Mail is on, but lw.public-base-url is {}: the personal links in mails will not reach bookers."
                    + " Set LW_PUBLIC_BASE_URL.", publicAddress.base());
        }
    }

    @TransactionalEventListener
    void on(BookingEvents.BookingConfirmed confirmed) {
        later(confirmed.bookingId(), booking -> mail(CONFIRMATION, booking, null, null, true));
    }

    @TransactionalEventListener
    void on(BookingEvents.BookingCancelled cancelled) {
        if (cancelled.byStaff()) {
            later(cancelled.bookingId(), booking -> mail(CANCELLED, booking, booking.cancelReason(), null, true));
        }
    }

    @TransactionalEventListener
    void on(BookingEvents.SessionCancelled cancelled) {
        for (long bookingId : cancelled.bookingIds()) {
            later(bookingId, booking -> mail(CANCELLED, booking, cancelled.reason(), null, true));
        }
    }

    @TransactionalEventListener
    void on(BookingEvents.BookingMoved moved) {
        if (moved.byStaff()) {
            later(moved.bookingId(), booking -> mail(MOVED, booking, null, moved.from(), true));
        }
    }

    private interface Compose {
        Optional<TemplatedMail> of(BookingDetails booking);
    }

    private void later(long bookingId, Compose compose) {
        background.execute(() -> {
            try {
                bookings.forNotice(bookingId).flatMap(compose::of).ifPresent(mailer::send);
            } catch (RuntimeException e) {
                log.warn("Could not prepare a mail for booking:{}: {}", bookingId, e.getClass().getSimpleName());
            }
        });
    }

    /**
     * The mail of a kind about a booking, or empty when the booking has no e-mail address (or no longer any
     * personal data). {@code reason}: why it was cancelled; {@code before}: where a moved booking was.
     */
    Optional<TemplatedMail> mail(String kind, BookingDetails booking, @Nullable String reason,
            @Nullable LocalDateTime before, boolean withCalendar) {
        if (booking.email() == null) {
            return Optional.empty();
        }
        Language language = languages.byCode(booking.language()).orElse(languages.source());
        Locale locale = language.locale();
        Optional<OfficeDetails> office = offices.findById(booking.officeId());
        String link = publicAddress.of(BookingCalendarFiles.managePath(booking.manageToken()));
        LocalDates dates = LocalDates.of(language, translations);
        String when = dates.appointment(booking.start(), booking.end());
        String place = isolate(calendarFiles.placeLine(booking).orElse(""));
        List<Object> args = new ArrayList<>(List.of(booking.name() == null ? "" : isolate(booking.name()), when, place,
                isolate(booking.code())));
        if (kind.equals(CANCELLED)) {
            args.add(reason == null || reason.isBlank() ? "–" : reason);
        }
        if (kind.equals(MOVED) && before != null) {
            args.add(dates.moment(before));
        }
        List<TemplatedMail.MailAttachment> attachments = new ArrayList<>();
        if (withCalendar) {
            calendarFiles.of(booking, locale, link).ifPresent(ics -> attachments.add(new TemplatedMail.MailAttachment(
                    ics.filename(), "text/calendar; charset=UTF-8; method=PUBLISH",
                    ics.content().getBytes(StandardCharsets.UTF_8))));
        }
        String signature = office.map(o -> o.phone() == null
                ? translations.getTranslation("mail.footer.office", locale, o.name())
                : translations.getTranslation("mail.footer.officePhone", locale, o.name(), o.phone())).orElse(null);
        String key = "mail." + kind.substring("booking.".length());
        return Optional.of(new TemplatedMail(kind, "booking:" + booking.id(), booking.email(), language.code(),
                key + ".subject", key + ".body", args, link, office.map(OfficeDetails::email).orElse(null), signature,
                attachments));
    }

    private static String isolate(String value) {
        return "\u2068" + value + "\u2069";
    }
}
