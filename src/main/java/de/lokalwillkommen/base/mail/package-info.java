/**
 * Sending a mail in the recipient's language, for any feature: build a {@link de.lokalwillkommen.base.mail.TemplatedMail}
 * from translation keys and hand it to the {@link de.lokalwillkommen.base.mail.Mailer} (implemented by the
 * notification feature). Without a mail server nothing is sent and the app works on.
 */
@NullMarked
package de.lokalwillkommen.base.mail;

import org.jspecify.annotations.NullMarked;
