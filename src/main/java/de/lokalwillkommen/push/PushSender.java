package de.lokalwillkommen.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import nl.martijndwars.webpush.AbstractPushService;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.Notification;
import nl.martijndwars.webpush.Urgency;
import nl.martijndwars.webpush.Utils;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.jose4j.lang.JoseException;
import org.json.JSONObject;
import org.springframework.stereotype.Component;

/**
 * One request to a push service: the library encrypts the payload (aes128gcm, RFC 8291) and signs the VAPID
 * header (RFC 8292); the JDK's HttpClient sends it with the configured connect and read timeouts, so a slow
 * service holds only the sending job's own virtual thread. The address is checked again just before
 * connecting: a subscription whose host came to point inside the network is never fetched.
 */
@Component
class PushSender {

    /** How a request went. */
    enum Result { SENT, GONE, RETRY }

    private static final Set<String> RTL = Set.of("ar", "fa", "ps");
    private static final int TTL_SECONDS = 24 * 3600;

    private final VapidKeys keys;
    private final SubscriptionCheck check;
    private final PushProperties properties;
    private final HttpClient http;
    /**
     * Encrypting and signing is the CPU-heavy part (about 3 ms a notification): at most half the cores do it at
     * once, so 10,000 reminders leave the other half to the people using the app (bench/push.sh measures both).
     */
    private final Semaphore crypto = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    PushSender(VapidKeys keys, SubscriptionCheck check, PushProperties properties) {
        this.keys = keys;
        this.check = check;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The notification's JSON as the service worker reads it: title, body, url, dir, lang. No personal data. */
    static String payload(String title, String body, String url, String language) {
        return new JSONObject(Map.of("title", title, "body", body, "url", url, "lang", language,
                // A variant ("fa-AF", Dari) is written like its language.
                "dir", RTL.contains(java.util.Locale.forLanguageTag(language).getLanguage()) ? "rtl" : "ltr")).toString();
    }

    Result send(PushStore.Outgoing notice) {
        try {
            URI endpoint = URI.create(notice.endpoint());
            if (!check.publicAddress(endpoint.getHost())) {
                return Result.GONE;
            }
            byte[] json = payload(notice.title(), notice.body(), notice.url(), notice.language())
                    .getBytes(StandardCharsets.UTF_8);
            Notification notification = new OriginWithPort(notice.endpoint(),
                    (ECPublicKey) Utils.loadPublicKey(notice.p256dh()), SubscriptionCheck.decode(notice.auth()), json);
            nl.martijndwars.webpush.HttpRequest prepared;
            crypto.acquireUninterruptibly();
            try {
                prepared = new Requests(keys).prepare(notification);
            } finally {
                crypto.release();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(properties.readTimeout())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(prepared.getBody()));
            prepared.getHeaders().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                    request.header(name, value);
                }
            });
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return Result.SENT;
            }
            return status == 404 || status == 410 ? Result.GONE : Result.RETRY;
        } catch (GeneralSecurityException | JoseException | IllegalArgumentException e) {
            return Result.GONE; // keys that cannot encrypt will never work
        } catch (IOException e) {
            return Result.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.RETRY;
        }
    }

    /**
     * The library's notification, with the VAPID audience (RFC 8292: the push service's origin) keeping a
     * non-default port: the library's own origin drops it.
     */
    private static final class OriginWithPort extends Notification {

        OriginWithPort(String endpoint, ECPublicKey key, byte[] auth, byte[] payload) {
            super(endpoint, key, auth, payload, TTL_SECONDS, Urgency.HIGH, null);
        }

        @Override
        public String getOrigin() {
            URI uri = URI.create(getEndpoint());
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        }
    }

    /** The library's request builder (encryption and VAPID), without its own HTTP client. */
    private static final class Requests extends AbstractPushService<Requests> {

        Requests(VapidKeys keys) {
            super(keys.keyPair(), keys.subject());
        }

        nl.martijndwars.webpush.HttpRequest prepare(Notification notification)
                throws GeneralSecurityException, IOException, JoseException {
            return prepareRequest(notification, Encoding.AES128GCM);
        }
    }
}
