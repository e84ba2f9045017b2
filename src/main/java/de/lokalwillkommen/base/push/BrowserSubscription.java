package de.lokalwillkommen.base.push;

/**
 * A subscription as the browser's {@code PushSubscription.toJSON()} gives it: the push service's endpoint and
 * the two keys (base64url). Untrusted until {@link SubscriptionCheck} accepted it.
 */
public record BrowserSubscription(String endpoint, String p256dh, String auth) {
}
