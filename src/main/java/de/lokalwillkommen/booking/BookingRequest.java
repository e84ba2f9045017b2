package de.lokalwillkommen.booking;

import org.jspecify.annotations.Nullable;

/**
 * A booking as the newcomer (or staff on their behalf) asked for it.
 *
 * @param idempotencyKey the same for a double tap or a retried request, so they book once
 * @param deviceId a random id the browser keeps, to limit active bookings per device
 * @param clientKey who is asking (e.g. the client address), for slowing down floods; not stored
 */
public record BookingRequest(long slotId, Topic topic, String language, boolean interpreter, int persons, String name,
        @Nullable String phone, @Nullable String email, boolean consent, @Nullable String note,
        @Nullable String idempotencyKey, @Nullable String deviceId, @Nullable String clientKey) {
}
