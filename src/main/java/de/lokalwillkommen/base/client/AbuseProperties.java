package de.lokalwillkommen.base.client;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How clients are told apart (README, "Booking abuse").
 *
 * @param phoneRegion the region a phone number without a country code belongs to (ISO 3166, e.g. DE)
 * @param secret the key of the hashed client keys stored on bookings; the same on every server. Empty: a random
 *        key per start (hashes then only group bookings made since the last start)
 * @param sharedNetworks address ranges many people share (a shelter's Wi-Fi), with their higher limits
 */
@ConfigurationProperties("lw.abuse")
public record AbuseProperties(@Nullable String phoneRegion, @Nullable String secret,
        @Nullable List<SharedNetwork> sharedNetworks) {

    public AbuseProperties {
        phoneRegion = phoneRegion == null || phoneRegion.isBlank() ? "DE" : phoneRegion;
        sharedNetworks = sharedNetworks == null ? List.of() : List.copyOf(sharedNetworks);
    }

    /**
     * @param cidr e.g. {@code 203.0.113.0/24} or {@code 2001:db8:5::/48}
     * @param factor how many times the normal limits everyone behind it shares together
     * @param name what staff call the place, for the record
     */
    public record SharedNetwork(String cidr, int factor, @Nullable String name) {
    }
}
