package de.lokalwillkommen.base.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.base.UserFacingException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressRangeTest {

    @Test
    void aRangeIsReadInIpv4AndIpv6AndNormalisedToItsNetworkAddress() throws Exception {
        assertThat(AddressRange.parse(" 203.0.113.77/24 ").text()).isEqualTo("203.0.113.0/24");
        assertThat(AddressRange.parse("203.0.113.77").text()).isEqualTo("203.0.113.77/32");
        assertThat(AddressRange.parse("2001:DB8:5:0:1::9/48").text()).isEqualTo("2001:db8:5::/48");
        assertThat(AddressRange.parse("2001:db8:5:7::/64").text()).isEqualTo("2001:db8:5:7::/64");
        AddressRange range = AddressRange.parse("2001:db8:5::/48");
        assertThat(range.contains(InetAddress.getByName("2001:db8:5:ffff::1"))).isTrue();
        assertThat(range.contains(InetAddress.getByName("2001:db8:6::1"))).isFalse();
        assertThat(range.contains(InetAddress.getByName("203.0.113.1"))).isFalse();
    }

    @Test
    void somethingThatIsNoRangeOrAHostNameIsRefusedWithATranslatedReason() {
        for (String wrong : new String[] {"", "shelter.example.org", "203.0.113.0/33", "203.0.113/24", "203.0.113.0/x",
                "2001:db8::/129", "1.2.3.4/24/1"}) {
            assertThatThrownBy(() -> AddressRange.parse(wrong)).as(wrong).isInstanceOfSatisfying(
                    UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("sharednetwork.error.cidr"));
        }
    }

    @Test
    void aRangeWiderThanAShelterNeedsIsRefused() {
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/8")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sharednetwork.error.tooWide"));
        assertThatThrownBy(() -> AddressRange.parse("2001:db8::/32")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sharednetwork.error.tooWide"));
    }
}
