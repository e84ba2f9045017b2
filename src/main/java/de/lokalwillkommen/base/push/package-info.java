/**
 * Where features plug into Web Push without depending on the push feature: the kinds of record a browser can
 * subscribe for, the subscription as the browser sends it, {@link de.lokalwillkommen.base.push.PushSubscriptions}
 * (implemented by the push feature) and the opt-in component {@link de.lokalwillkommen.base.push.PushOptIn}
 * that the booking page (and later the waitlist and message pages) shows.
 */
@NullMarked
package de.lokalwillkommen.base.push;

import org.jspecify.annotations.NullMarked;
