package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.mail.Mailer.Outcome;
import de.lokalwillkommen.base.mail.TemplatedMail;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.ConversationService.AnswerNotice;
import de.lokalwillkommen.message.MessageEvents;
import de.lokalwillkommen.office.OfficeDetails;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The notice that the office answered a conversation, to writers who gave an e-mail address: in their language,
 * with the personal link and never the answer's text (a mail box is read by others, and the page is where the
 * conversation lives). Once per answer: the answer's row is claimed in the mail log first, so a retried event
 * or a second server sends nothing more; a failed send gives its claim back.
 */
@Component
class ConversationMails {

    static final String ANSWERED = "message.answered";

    private static final Logger log = LoggerFactory.getLogger(ConversationMails.class);

    private final ConversationService conversations;
    private final SmtpMailer mailer;
    private final MailLog mailLog;
    private final PublicAddress publicAddress;
    private final Languages languages;
    private final BundleTranslationProvider translations;
    private final ExecutorService background;

    ConversationMails(ConversationService conversations, SmtpMailer mailer, MailLog mailLog,
            PublicAddress publicAddress, Languages languages, BundleTranslationProvider translations,
            ExecutorService mailExecutor) {
        this.conversations = conversations;
        this.mailer = mailer;
        this.mailLog = mailLog;
        this.publicAddress = publicAddress;
        this.languages = languages;
        this.translations = translations;
        this.background = mailExecutor;
    }

    @TransactionalEventListener
    void on(MessageEvents.Answered answered) {
        background.execute(() -> {
            try {
                notify(answered);
            } catch (RuntimeException e) {
                log.warn("Could not send the answer notice for message:{}: {}", answered.messageId(),
                        e.getClass().getSimpleName());
            }
        });
    }

    /** Sends the notice of one answer unless it went out before; returns how it went (empty: nothing to send). */
    Optional<Outcome> notify(MessageEvents.Answered answered) {
        Optional<TemplatedMail> mail = conversations.forNotice(answered.messageId()).map(this::mail);
        if (mail.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> claim = mailLog.claim(mail.get(), "answer:" + answered.replyId());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        Outcome outcome = mailer.deliver(mail.get());
        mailLog.complete(claim.get(), outcome);
        return Optional.of(outcome);
    }

    TemplatedMail mail(AnswerNotice notice) {
        Locale locale = languages.orSource(notice.language()).locale();
        String office = notice.office() == null ? translations.getTranslation("app.name", locale)
                : notice.office().name();
        String signature = notice.office() == null ? null : notice.office().phone() == null
                ? translations.getTranslation("mail.footer.office", locale, office)
                : translations.getTranslation("mail.footer.officePhone", locale, office, notice.office().phone());
        String link = publicAddress.of("conversation/" + notice.linkToken());
        return new TemplatedMail(ANSWERED, "message:" + notice.reference(), notice.email(), notice.language(),
                "mail.answered.subject", "mail.answered.body", List.of(isolate(office), isolate(notice.reference())),
                link, Optional.ofNullable(notice.office()).map(OfficeDetails::email).orElse(null), signature, List.of());
    }

    private static String isolate(String value) {
        return "\u2068" + value + "\u2069";
    }
}
