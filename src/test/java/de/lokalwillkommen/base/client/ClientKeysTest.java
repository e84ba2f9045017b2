package de.lokalwillkommen.base.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientKeysTest {

    private final ClientKeys keys = new ClientKeys(new AbuseProperties("DE", "test-secret", List.of(
            new AbuseProperties.SharedNetwork("198.51.100.0/24", 6, "Unterkunft A"),
            new AbuseProperties.SharedNetwork("2001:db8:5::/48", 4, "Unterkunft B"))));

    @Test
    void countsEveryAddressOfOneHomesIpv6PrefixAsOneClient() {
        ClientKey one = keys.of("2001:db8:1:2:aaaa:bbbb:cccc:1");
        ClientKey other = keys.of("2001:0db8:0001:0002:ffff::42");
        assertThat(one).isEqualTo(other);
        assertThat(one.value()).isEqualTo("2001:db8:1:2::/64");
        assertThat(keys.of("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(keys.of("[2001:db8:1:2::9]")).isEqualTo(one);
    }

    @Test
    void countsIpv4AddressesOneByOne() {
        assertThat(keys.of("192.0.2.10").value()).isEqualTo("192.0.2.10");
        assertThat(keys.of("192.0.2.11")).isNotEqualTo(keys.of("192.0.2.10"));
        assertThat(keys.of("::ffff:192.0.2.10")).isEqualTo(keys.of("192.0.2.10"));
    }

    @Test
    void givesSharedNetworksTheirHigherAllowance() {
        assertThat(keys.of("198.51.100.77").allowance()).isEqualTo(6);
        assertThat(keys.of("2001:db8:5:9::1").allowance()).isEqualTo(4);
        assertThat(keys.of("192.0.2.10").allowance()).isEqualTo(1);
    }

    @Test
    void neverResolvesHostNames() {
        assertThat(keys.of("example.org").value()).isEqualTo("example.org");
        assertThat(keys.of(null)).isNull();
    }

    @Test
    void storesAKeyedHashInsteadOfTheAddress() {
        ClientKey client = keys.of("192.0.2.10");
        String hash = keys.hash(client);
        assertThat(hash).hasSize(32).doesNotContain("192");
        assertThat(keys.hash(keys.of("192.0.2.10"))).isEqualTo(hash);
        ClientKeys otherSecret = new ClientKeys(new AbuseProperties("DE", "another", List.of()));
        assertThat(otherSecret.hash(client)).isNotEqualTo(hash);
    }
}
