/**
 * Web Push (RFC 8030, 8291, 8292 with VAPID): browsers subscribe for one thing (a booking now; a message
 * conversation, a waitlist entry or a volunteer offer later), notices are queued in an outbox
 * ({@link de.lokalwillkommen.push.PushNotices#queue}) and sent once, across servers, by the sending job only.
 * No name, phone number or e-mail address is stored or sent (docs/decisions/0025).
 */
@NullMarked
package de.lokalwillkommen.push;

import org.jspecify.annotations.NullMarked;
