package de.lokalwillkommen.base.mail;

/**
 * Sends {@link TemplatedMail}s through SMTP ({@code spring.mail.*}). Every mail is recorded in the mail log
 * (kind, reference, language, outcome; never the address or the text). When no mail server is configured
 * nothing is sent: the outcome is {@link Outcome#DISABLED} and a line without personal data is logged.
 */
public interface Mailer {

    enum Outcome {
        SENT,
        /** No mail server is configured. */
        DISABLED,
        /** The server refused or could not be reached; logged without personal data. */
        FAILED
    }

    /** Whether a mail server is configured at all. */
    boolean enabled();

    /** Sends now, in this thread, and tells how it went. Never throws for a mail problem. */
    Outcome send(TemplatedMail mail);

    /**
     * Sends in the background once the current transaction has committed (at once when there is none), so a
     * rolled-back change mails nobody and a slow mail server keeps nobody waiting. The usual call for a
     * feature's confirmation mail, e.g. a volunteer's registration.
     */
    void sendAfterCommit(TemplatedMail mail);
}
