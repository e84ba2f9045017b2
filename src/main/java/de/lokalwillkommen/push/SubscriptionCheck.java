package de.lokalwillkommen.push;

import de.lokalwillkommen.base.push.BrowserSubscription;

import de.lokalwillkommen.base.UserFacingException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Refuses forged or malformed subscriptions before they are stored, without ever contacting the endpoint: it
 * must be an https URL of a known push service host (or any public host when {@code lw.push.endpoint-hosts} is
 * empty), never an IP address of a private, loopback or link-local network; the keys must decode to a P-256
 * public point (65 bytes, uncompressed) and a 16-byte authentication secret. The sending job checks the address
 * again before each request ({@link #publicAddress}), so a name that later points inside the network is not
 * fetched either.
 */
@Component
class SubscriptionCheck {

    static final String INVALID = "push.error.invalid";
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+=*");

    private final PushProperties properties;

    SubscriptionCheck(PushProperties properties) {
        this.properties = properties;
    }

    /** The accepted subscription (trimmed), or a {@link UserFacingException} saying it cannot be used. */
    BrowserSubscription accept(@Nullable BrowserSubscription subscription) {
        if (subscription == null || subscription.endpoint() == null || subscription.p256dh() == null
                || subscription.auth() == null || subscription.endpoint().length() > 1000) {
            throw new UserFacingException(INVALID);
        }
        URI endpoint = endpoint(subscription.endpoint().strip());
        byte[] key = decode(subscription.p256dh());
        byte[] auth = decode(subscription.auth());
        if (key.length != 65 || key[0] != 0x04 || auth.length != 16 || !onCurve(key)) {
            throw new UserFacingException(INVALID);
        }
        return new BrowserSubscription(endpoint.toString(), subscription.p256dh().strip(), subscription.auth().strip());
    }

    private URI endpoint(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new UserFacingException(INVALID);
        }
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new UserFacingException(INVALID);
        }
        if (properties.allowLocalEndpoints() && isLocalHost(host)) {
            return uri; // tests: a push service inside the test (http://localhost or 127.0.0.1)
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || isLiteralAddress(host) || isLocalName(host)
                || !knownService(host)) {
            throw new UserFacingException(INVALID);
        }
        return uri;
    }

    private boolean knownService(String host) {
        if (properties.endpointHosts().isEmpty()) {
            return true;
        }
        String name = IDN.toASCII(host).toLowerCase(Locale.ROOT);
        return properties.endpointHosts().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .anyMatch(suffix -> name.equals(suffix) || name.endsWith("." + suffix));
    }

    /**
     * Whether a request to {@code host} may be made now: its addresses are all public (or it is the test push
     * service while local endpoints are allowed). Called by the sending job just before it connects.
     */
    boolean publicAddress(String host) {
        if (properties.allowLocalEndpoints() && isLocalHost(host)) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPublic(address)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] raw = address.getAddress();
        if (raw.length == 16) {
            return (raw[0] & 0xfe) != 0xfc; // unique local fc00::/7
        }
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                && !(first == 192 && second == 0 && (raw[2] & 0xff) == 0);
    }

    private static boolean isLocalHost(String host) {
        return host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    private static boolean isLiteralAddress(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+") || host.matches("(?i)0x[0-9a-f.x]+");
    }

    private static boolean isLocalName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return !name.contains(".") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".internal") || name.endsWith(".lan") || name.endsWith(".home.arpa");
    }

    private static boolean onCurve(byte[] point) {
        try {
            VapidKeys.class.getName(); // registers BouncyCastle
            nl.martijndwars.webpush.Utils.loadPublicKey(point);
            return true;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] decode(String value) {
        String stripped = value.strip();
        if (!BASE64URL.matcher(stripped).matches() || stripped.length() > 120) {
            throw new UserFacingException(INVALID);
        }
        try {
            return Base64.getUrlDecoder().decode(stripped.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(INVALID);
        }
    }
}
