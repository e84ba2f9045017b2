package de.lokalwillkommen.base.client;

import com.vaadin.flow.server.VaadinRequest;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Turns a client address into the key the limits count on. One home gets a whole IPv6 /64 (and can pick any
 * address in it), so IPv6 addresses count by their /64 prefix; IPv4 addresses count as they are. Behind a
 * proxy the address is the forwarded one, as Spring resolves it with {@code server.forward-headers-strategy}.
 */
@Component
public class ClientKeys {

    /** Only literal addresses are parsed: a host name must never cause a DNS look-up. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final int HASH_HEX_CHARS = 32;

    private final List<Shared> shared;
    private final Supplier<@Nullable SharedNetworks> staffMarked;
    private final byte[] secret;

    /**
     * @param staffMarked the ranges the coordination marked in the staff view (table {@code shared_network}); both
     *        they and the configured ones count, the larger factor wins
     */
    @Autowired
    public ClientKeys(AbuseProperties properties, ObjectProvider<SharedNetworks> staffMarked) {
        this(staffMarked::getIfAvailable, properties);
    }

    /** Only the configured ranges (unit tests). */
    ClientKeys(AbuseProperties properties) {
        this(() -> null, properties);
    }

    private ClientKeys(Supplier<@Nullable SharedNetworks> staffMarked, AbuseProperties properties) {
        this.shared = properties.sharedNetworks().stream()
                .map(n -> new Shared(new IpAddressMatcher(n.cidr()), n.factor())).toList();
        this.staffMarked = staffMarked;
        String configured = properties.secret();
        if (configured == null || configured.isBlank()) {
            this.secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The key of the client sending the current Vaadin request, or null outside a request. */
    public @Nullable ClientKey current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : of(request.getRemoteAddr());
    }

    /** The address of the current Vaadin request as the forms pass it to the services; null outside a request. */
    public static @Nullable String currentAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    /** The key of a client address; null for no address. Something that is not an address counts as itself. */
    public @Nullable ClientKey of(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String stripped = address.strip();
        InetAddress parsed = parse(stripped);
        if (parsed == null) {
            return ClientKey.of(stripped);
        }
        return new ClientKey(keyOf(parsed), allowanceOf(parsed));
    }

    /**
     * The key as it is stored on a booking: a keyed hash (HMAC-SHA-256), so the database never holds an address
     * and the same client always has the same hash.
     */
    public String hash(ClientKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(key.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_CHARS);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }

    private static String keyOf(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                int value = ((bytes[group * 2] & 0xff) << 8) | (bytes[group * 2 + 1] & 0xff);
                prefix.append(Integer.toHexString(value)).append(':');
            }
            return prefix.append(":/64").toString();
        }
        return address.getHostAddress();
    }

    private int allowanceOf(InetAddress parsed) {
        String address = parsed.getHostAddress();
        int allowance = 1;
        for (Shared network : shared) {
            if (network.matcher().matches(address)) {
                allowance = Math.max(allowance, network.factor());
            }
        }
        SharedNetworks marked = staffMarked.get();
        return marked == null ? allowance : Math.max(allowance, marked.factorOf(parsed));
    }

    /** A literal IPv4 or IPv6 address (brackets and a zone allowed), or null; never a DNS look-up. */
    static @Nullable InetAddress parse(String address) {
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        if (zone > 0) {
            literal = literal.substring(0, zone);
        }
        if (!LITERAL.matcher(literal).matches() || (!literal.contains(":") && !literal.contains("."))) {
            return null;
        }
        try {
            // A literal never resolves over DNS; an IPv4-mapped IPv6 address comes back as IPv4.
            InetAddress parsed = InetAddress.getByName(literal);
            return parsed instanceof Inet4Address || parsed instanceof Inet6Address ? parsed : null;
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    private record Shared(IpAddressMatcher matcher, int factor) {
    }
}
