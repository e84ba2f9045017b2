package de.lokalwillkommen.base.client;

import de.lokalwillkommen.base.UserFacingException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An address range as staff type it ({@code 203.0.113.0/24}, {@code 2001:db8:5::/48}, or one address), normalised to
 * its network address. Only literal addresses are read, never a host name (no DNS look-up). A range wider than
 * {@link #WIDEST_IPV4} / {@link #WIDEST_IPV6} is refused: it would give a whole provider's customers a shelter's
 * limits, which is what a typo like {@code /2} instead of {@code /24} would do.
 */
public record AddressRange(byte[] network, int prefix) {

    public static final int WIDEST_IPV4 = 20;
    public static final int WIDEST_IPV6 = 48;
    private static final Pattern FOUR_PARTS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public AddressRange {
        network = mask(network.clone(), prefix);
    }

    /** Reads a range; a refusal carries the translated reason ("sharednetwork.error.*"). */
    public static AddressRange parse(@Nullable String text) {
        String value = text == null ? "" : text.strip();
        int slash = value.indexOf('/');
        String literal = slash < 0 ? value : value.substring(0, slash);
        InetAddress address = ClientKeys.parse(literal);
        // Java also reads "203.0.113" as an address (203.0.0.113): staff mean four parts, so ask for them.
        if (address == null || (!literal.contains(":") && !FOUR_PARTS.matcher(literal).matches())) {
            throw new UserFacingException("sharednetwork.error.cidr");
        }
        int bits = address.getAddress().length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
        } catch (NumberFormatException notANumber) {
            throw new UserFacingException("sharednetwork.error.cidr");
        }
        if (prefix < 0 || prefix > bits) {
            throw new UserFacingException("sharednetwork.error.cidr");
        }
        boolean v4 = address instanceof Inet4Address;
        if (prefix < (v4 ? WIDEST_IPV4 : WIDEST_IPV6)) {
            throw new UserFacingException("sharednetwork.error.tooWide", v4 ? WIDEST_IPV4 : WIDEST_IPV6);
        }
        return new AddressRange(address.getAddress(), prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
    }

    /** The normalised text, e.g. {@code 203.0.113.0/24} or {@code 2001:db8:5::/48}. */
    public String text() {
        if (network.length == 4) {
            return (network[0] & 0xff) + "." + (network[1] & 0xff) + "." + (network[2] & 0xff) + "."
                    + (network[3] & 0xff) + "/" + prefix;
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((network[2 * i] & 0xff) << 8) | (network[2 * i + 1] & 0xff);
        }
        // The longest run of zero groups (at least two) becomes "::", as RFC 5952 writes it.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.append('/').append(prefix).toString();
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.clamp(prefix - i * 8L, 0, 8);
            bytes[i] = (byte) (bytes[i] & (0xff00 >> keep));
        }
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefix == prefix && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return text();
    }
}
