package de.lokalwillkommen.base.push;

import org.jspecify.annotations.Nullable;

/**
 * Subscribing a browser to a record's notices; implemented by the push feature ({@code push.PushNotices}). The
 * caller must have checked that the visitor may act on the record (e.g. holds the booking's personal link).
 */
public interface PushSubscriptions {

    /** The VAPID public key for {@code pushManager.subscribe} (base64url). */
    String publicKey();

    /**
     * Stores the subscription, idempotently. Throws {@link de.lokalwillkommen.base.UserFacingException}
     * ({@code push.error.invalid}) for a forged or malformed one, which is never contacted.
     */
    void subscribe(OwnerKind kind, long ownerId, @Nullable BrowserSubscription subscription, String language);

    void unsubscribe(OwnerKind kind, long ownerId, String endpoint);

    boolean isSubscribed(OwnerKind kind, long ownerId, String endpoint);
}
