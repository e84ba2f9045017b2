/**
 * Who is asking, in keys that really identify a client: an IPv6 /64 prefix (what one home gets) or an IPv4
 * address, with shared networks (shelters) allowed more; phone numbers in E.164 and e-mail addresses without
 * their {@code +tag}. The public forms' limits and the booking brake are keyed on them. See the README,
 * "Security / Booking abuse".
 */
@NullMarked
package de.lokalwillkommen.base.client;

import org.jspecify.annotations.NullMarked;
