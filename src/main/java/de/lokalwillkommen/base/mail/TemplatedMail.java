package de.lokalwillkommen.base.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A mail to one person, written from the translation bundles in their language: the subject and body are
 * translation keys whose {0}, {1}, … are filled with {@code args}. The mailer adds the closing lines: the
 * personal link ({@code manageLink}, which every mail to a booker or volunteer carries) and the office to ask.
 *
 * @param kind       what it is, for the mail log and the logs ("booking.confirmation"); no personal data
 * @param reference  which record it is about ("booking:42"); no personal data
 * @param to         the address; never logged
 * @param language   a configured UI language code; unknown codes fall back to the source language
 * @param replyTo    where answers go (the office's address), or null
 * @param signature  who writes (the office's name and phone), or null for the network's name
 */
public record TemplatedMail(String kind, String reference, String to, String language, String subjectKey,
        String bodyKey, List<Object> args, @Nullable String manageLink, @Nullable String replyTo,
        @Nullable String signature, List<MailAttachment> attachments) {

    public TemplatedMail {
        args = List.copyOf(args);
        attachments = List.copyOf(attachments);
    }

    /** A file that travels with the mail, e.g. the appointment as an .ics calendar file. */
    public record MailAttachment(String filename, String contentType, byte[] content) {
    }
}
