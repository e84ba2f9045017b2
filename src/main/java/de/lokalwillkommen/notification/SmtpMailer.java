package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.mail.Mailer;
import de.lokalwillkommen.base.mail.TemplatedMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@link Mailer}: Spring Mail's {@link JavaMailSender} exists only when {@code spring.mail.host} is set;
 * without it every mail is {@link Outcome#DISABLED}. Each mail is plain text with an HTML alternative that
 * carries the language and its direction (right to left for Arabic, Farsi, Pashto). Logs name the kind of
 * mail and the record, never the address or the text.
 */
@Component
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private static final String CONTENT_LANGUAGE = "Content-Language";

    private final ObjectProvider<JavaMailSender> senders;
    private final BundleTranslationProvider translations;
    private final Languages languages;
    private final MailLog mailLog;
    private final MailProperties properties;
    private final ExecutorService background;

    SmtpMailer(ObjectProvider<JavaMailSender> senders, BundleTranslationProvider translations, Languages languages,
            MailLog mailLog, MailProperties properties, ExecutorService mailExecutor) {
        this.senders = senders;
        this.translations = translations;
        this.languages = languages;
        this.mailLog = mailLog;
        this.properties = properties;
        this.background = mailExecutor;
    }

    @Override
    public boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    @Override
    public Outcome send(TemplatedMail mail) {
        Outcome outcome = deliver(mail);
        mailLog.record(mail, outcome);
        return outcome;
    }

    @Override
    public void sendAfterCommit(TemplatedMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    background.execute(() -> send(mail));
                }
            });
        } else {
            background.execute(() -> send(mail));
        }
    }

    /** Sends without recording: for once-only mails, whose claim in the mail log records the outcome. */
    Outcome deliver(TemplatedMail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured (spring.mail.host): {} for {} not sent.", mail.kind(), mail.reference());
            return Outcome.DISABLED;
        }
        try {
            sender.send(compose(sender, mail));
            log.debug("Sent {} for {}.", mail.kind(), mail.reference());
            return Outcome.SENT;
        } catch (MailException | MessagingException e) {
            log.warn("Could not send {} for {}: {}", mail.kind(), mail.reference(), e.getClass().getSimpleName());
            return Outcome.FAILED;
        }
    }

    private MimeMessage compose(JavaMailSender sender, TemplatedMail mail) throws MessagingException {
        Language language = languages.byCode(mail.language()).orElse(languages.source());
        Rendered text = render(mail, language);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.to());
        if (mail.replyTo() != null) {
            helper.setReplyTo(mail.replyTo());
        }
        helper.setSubject(text.subject());
        helper.setText(text.plain(), text.html());
        message.setHeader(CONTENT_LANGUAGE, language.code());
        for (TemplatedMail.MailAttachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        return message;
    }

    record Rendered(String subject, String plain, String html) {
    }

    /** Subject and body from the bundles in the mail's language, with the personal link and who writes. */
    Rendered render(TemplatedMail mail, Language language) {
        Object[] args = mail.args().toArray();
        String subject = translations.getTranslation(mail.subjectKey(), language.locale(), args);
        String body = translations.getTranslation(mail.bodyKey(), language.locale(), args);
        String signature = mail.signature() != null ? mail.signature()
                : translations.getTranslation("app.name", language.locale());
        String closing = translations.getTranslation("mail.footer.team", language.locale(), signature);
        StringBuilder plain = new StringBuilder(body).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.code())
                .append("\" dir=\"").append(language.rtl() ? "rtl" : "ltr").append("\"><body><div dir=\"")
                .append(language.rtl() ? "rtl" : "ltr").append("\" style=\"font-family:sans-serif;line-height:1.5\">")
                .append(paragraphs(body));
        if (mail.manageLink() != null) {
            String linkIntro = translations.getTranslation("mail.footer.link", language.locale());
            plain.append(linkIntro).append('\n').append(mail.manageLink()).append("\n\n");
            String href = HtmlUtils.htmlEscape(mail.manageLink());
            html.append("<p>").append(HtmlUtils.htmlEscape(linkIntro)).append("<br><a dir=\"ltr\" href=\"").append(href)
                    .append("\">").append(href).append("</a></p>");
        }
        plain.append(closing).append('\n');
        html.append(paragraphs(closing)).append("</div></body></html>");
        return new Rendered(subject, plain.toString(), html.toString());
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
