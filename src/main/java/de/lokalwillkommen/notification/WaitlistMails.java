package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalFormats;
import de.lokalwillkommen.base.mail.TemplatedMail;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistEvents;
import de.lokalwillkommen.waitlist.WaitlistService;
import java.time.LocalDateTime;
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
 * The waitlist's mails, in the entry's language, to entries with an e-mail address only: "you are on the waiting
 * list" with the personal waitlist link, and "a time is held for you until ...". Neither names an appointment as
 * booked; both carry the link and nothing personal beyond it. Each is claimed in the mail log first, so a repeated
 * event or a second server sends it once.
 */
@Component
class WaitlistMails {

    static final String JOINED = "waitlist.joined";
    static final String OFFER = "waitlist.offer";

    private static final Logger log = LoggerFactory.getLogger(WaitlistMails.class);

    private final WaitlistService waitlist;
    private final OfficeService offices;
    private final SmtpMailer mailer;
    private final MailLog mailLog;
    private final PublicAddress publicAddress;
    private final Languages languages;
    private final BundleTranslationProvider translations;
    private final ExecutorService background;

    WaitlistMails(WaitlistService waitlist, OfficeService offices, SmtpMailer mailer, MailLog mailLog,
            PublicAddress publicAddress, Languages languages, BundleTranslationProvider translations,
            ExecutorService mailExecutor) {
        this.waitlist = waitlist;
        this.offices = offices;
        this.mailer = mailer;
        this.mailLog = mailLog;
        this.publicAddress = publicAddress;
        this.languages = languages;
        this.translations = translations;
        this.background = mailExecutor;
    }

    @TransactionalEventListener
    void on(WaitlistEvents.Joined joined) {
        later(joined.entryId(), JOINED, "joined:" + joined.entryId(), null, null);
    }

    @TransactionalEventListener
    void on(WaitlistEvents.OfferMade offer) {
        later(offer.entryId(), OFFER, "offer:" + offer.entryId() + "@" + offer.slotStart(), offer.slotStart(),
                offer.holdUntil());
    }

    private void later(long entryId, String kind, String onceKey, @Nullable LocalDateTime slotStart,
            @Nullable LocalDateTime holdUntil) {
        background.execute(() -> {
            try {
                waitlist.forNotice(entryId).flatMap(entry -> mail(kind, entry, slotStart, holdUntil))
                        .ifPresent(mail -> send(mail, onceKey));
            } catch (RuntimeException e) {
                log.warn("Could not prepare a mail for waitlist:{}: {}", entryId, e.getClass().getSimpleName());
            }
        });
    }

    private void send(TemplatedMail mail, String onceKey) {
        Optional<Long> claim = mailLog.claim(mail, "waitlist-" + onceKey);
        claim.ifPresent(id -> mailLog.complete(id, mailer.deliver(mail)));
    }

    /** The mail of a kind, or empty when the entry has no e-mail address. */
    Optional<TemplatedMail> mail(String kind, WaitlistEntry entry, @Nullable LocalDateTime slotStart,
            @Nullable LocalDateTime holdUntil) {
        if (entry.email() == null) {
            return Optional.empty();
        }
        Language language = languages.orSource(entry.language());
        Locale locale = language.locale();
        Optional<OfficeDetails> office = offices.findById(entry.officeId());
        String officeName = office.map(OfficeDetails::name).orElse("");
        String link = publicAddress.of("waitlist/" + entry.token());
        LocalDates dates = LocalDates.of(language, translations);
        List<Object> args = kind.equals(OFFER) && slotStart != null && holdUntil != null
                ? List.of(isolate(officeName), dates.moment(slotStart), dates.time(holdUntil))
                : List.of(isolate(officeName), dates.day(entry.lastDate()));
        String key = kind.equals(OFFER) ? "mail.waitlistOffer" : "mail.waitlistJoined";
        String signature = office.map(o -> translations.getTranslation("mail.footer.office", locale, o.name()))
                .orElse(null);
        return Optional.of(new TemplatedMail(kind, "waitlist:" + entry.id(), entry.email(), language.code(),
                key + ".subject", key + ".body", args, link, office.map(OfficeDetails::email).orElse(null), signature,
                List.of()));
    }

    private static String isolate(String value) {
        return "\u2068" + value + "\u2069";
    }
}
