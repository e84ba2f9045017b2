package de.lokalwillkommen.base.client;

/**
 * One client as the limits see it.
 *
 * @param value the IPv4 address or the IPv6 /64 prefix, e.g. {@code 2001:db8:1:2::/64}; never stored as such
 * @param allowance how many times the normal limits this client gets: 1, or more for a shared network (a shelter)
 */
public record ClientKey(String value, int allowance) {

    public ClientKey {
        allowance = Math.max(1, allowance);
    }

    public static ClientKey of(String value) {
        return new ClientKey(value, 1);
    }
}
