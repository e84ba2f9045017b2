package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalFormats;
import de.lokalwillkommen.base.mail.Mailer.Outcome;
import de.lokalwillkommen.base.mail.TemplatedMail;
import de.lokalwillkommen.booking.BookingEvents;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells an office's team by e-mail that its online booking brake engaged (issue 13), in German like the staff
 * screens: since when, what it means, and the link to the agenda where they can release grouped bookings or reopen
 * online booking. Staff accounts have no e-mail address, so it goes to the office's contact address; an office
 * without one only sees the notice in the agenda. Once per engagement across servers: claimed in the mail log under
 * the office and the time the brake engaged. No data of the people booking is in it.
 */
@Component
class HeldMails {

    static final String KIND = "booking.held";
    static final String AGENDA_PATH = "staff/agenda";

    private static final Logger log = LoggerFactory.getLogger(HeldMails.class);

    private final OfficeService offices;
    private final SmtpMailer mailer;
    private final MailLog mailLog;
    private final PublicAddress publicAddress;
    private final Languages languages;
    private final BundleTranslationProvider translations;
    private final ExecutorService background;

    HeldMails(OfficeService offices, SmtpMailer mailer, MailLog mailLog, PublicAddress publicAddress,
            Languages languages, BundleTranslationProvider translations, ExecutorService mailExecutor) {
        this.offices = offices;
        this.mailer = mailer;
        this.mailLog = mailLog;
        this.publicAddress = publicAddress;
        this.languages = languages;
        this.translations = translations;
        this.background = mailExecutor;
    }

    /** After the transaction that counted the first held attempt; at once when published outside one. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(BookingEvents.OnlineBookingHeld held) {
        background.execute(() -> {
            try {
                send(held);
            } catch (RuntimeException e) {
                log.warn("Could not send the brake notice for office:{}: {}", held.officeId(),
                        e.getClass().getSimpleName());
            }
        });
    }

    void send(BookingEvents.OnlineBookingHeld held) {
        Optional<TemplatedMail> mail = mail(held);
        if (mail.isEmpty()) {
            log.info("The online booking brake of office:{} engaged; the office has no e-mail address to tell.",
                    held.officeId());
            return;
        }
        Optional<Long> claim = mailLog.claim(mail.get(), "held:" + held.officeId() + "@" + held.since());
        if (claim.isPresent()) {
            mailLog.complete(claim.get(), mailer.deliver(mail.get()));
        }
    }

    Optional<TemplatedMail> mail(BookingEvents.OnlineBookingHeld held) {
        Optional<OfficeDetails> office = offices.findById(held.officeId());
        if (office.isEmpty() || office.get().email() == null || office.get().email().isBlank()) {
            return Optional.empty();
        }
        String german = languages.source().code();
        String since = LocalDates.of(languages.source(), translations).moment(held.since());
        return Optional.of(new TemplatedMail(KIND, "office:" + held.officeId(), office.get().email(), german,
                "mail.held.subject", "mail.held.body",
                List.of(office.get().name(), since, publicAddress.of(AGENDA_PATH)), null, null, null, List.of()));
    }
}
