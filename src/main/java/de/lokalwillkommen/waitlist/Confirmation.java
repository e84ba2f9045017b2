package de.lokalwillkommen.waitlist;

import org.jspecify.annotations.Nullable;

/** What a booking needs that the waitlist never asked for: asked only once a time is offered. */
public record Confirmation(String name, @Nullable String phone, boolean consent) {
}
