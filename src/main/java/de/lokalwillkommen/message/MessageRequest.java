package de.lokalwillkommen.message;

import org.jspecify.annotations.Nullable;

/**
 * A message as someone sends it. {@code idempotencyKey} is one per filled-in form, so a double tap or a
 * retry after a lost answer sends once; {@code clientKey} (the client address) only slows floods down.
 */
public record MessageRequest(String officeSlug, @Nullable MessageCategory category, String text,
        String answerLanguage, String name, String phone, String email, boolean consent, String idempotencyKey,
        @Nullable String clientKey) {
}
