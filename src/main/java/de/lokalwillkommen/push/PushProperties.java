package de.lokalwillkommen.push;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push settings ({@code lw.push.*}).
 *
 * @param vapidPublicKey      the VAPID public key (base64url, uncompressed P-256 point); from
 *                            {@code LW_PUSH_VAPID_PUBLIC_KEY}. Empty: a pair is generated once and kept in the database
 * @param vapidPrivateKey     the matching private key (base64url, 32 bytes); {@code LW_PUSH_VAPID_PRIVATE_KEY}
 * @param vapidSubject        how push services reach the operator: {@code mailto:…} or an https URL
 *                            ({@code LW_PUSH_VAPID_SUBJECT}); empty: the public base URL
 * @param reminderLeads       when reminders go out before an appointment (a day and two hours)
 * @param sendInterval        how often the sending job looks at the outbox
 * @param batchSize           how many notices a server claims at once
 * @param parallel            how many requests to push services one server has open at a time
 * @param lease               how long a claim holds before another server may take the notice over
 * @param maxAttempts         attempts before a notice is given up
 * @param firstRetry          the wait after the first failure; it doubles with every further one
 * @param connectTimeout      connecting to a push service
 * @param readTimeout         waiting for its answer
 * @param allowLocalEndpoints tests only: accept http://localhost endpoints (a test push service)
 * @param endpointHosts       host suffixes of the push services browsers use; a subscription to any other host is
 *                            refused (empty: any public host)
 */
@ConfigurationProperties("lw.push")
record PushProperties(
        @Nullable String vapidPublicKey,
        @Nullable String vapidPrivateKey,
        @Nullable String vapidSubject,
        @DefaultValue({"PT24H", "PT2H"}) List<Duration> reminderLeads,
        @DefaultValue("PT15S") Duration sendInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("64") int parallel,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration readTimeout,
        @DefaultValue("false") boolean allowLocalEndpoints,
        @DefaultValue({"googleapis.com", "push.services.mozilla.com", "push.apple.com", "notify.windows.com"})
        List<String> endpointHosts) {

    boolean configuredKeys() {
        return vapidPublicKey != null && !vapidPublicKey.isBlank() && vapidPrivateKey != null
                && !vapidPrivateKey.isBlank();
    }
}
