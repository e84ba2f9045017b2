/**
 * E-mail to the people who book: the confirmation with the appointment as an .ics file, a reminder a day
 * before (once, on one server), and a notice when staff cancel or move their consultation. It implements
 * {@link de.lokalwillkommen.base.mail.Mailer} for every feature (SMTP through Spring Mail, configured from the
 * environment; without a mail server nothing is sent and the app works on). See docs/decisions/0015.
 */
@NullMarked
package de.lokalwillkommen.notification;

import org.jspecify.annotations.NullMarked;
