package de.lokalwillkommen.booking;

import org.springframework.test.context.TestPropertySource;

@HoardingSlice
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:lw-hoarding;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "lw.abuse.shared-networks[0].cidr=198.51.100.0/24",
        "lw.abuse.shared-networks[0].factor=6", "lw.abuse.shared-networks[0].name=Unterkunft Test"})
class HoardingDefenceOnH2Test extends HoardingDefenceContract {
}
