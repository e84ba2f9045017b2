package de.lokalwillkommen.booking;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@HoardingSlice
@TestPropertySource(properties = {"lw.abuse.shared-networks[0].cidr=198.51.100.0/24",
        "lw.abuse.shared-networks[0].factor=6", "lw.abuse.shared-networks[0].name=Unterkunft Test"})
class HoardingDefenceOnPostgresTest extends HoardingDefenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "lw_hoarding");
    }
}
