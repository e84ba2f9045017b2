package de.lokalwillkommen.booking;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class BookingConcurrencyOnPostgresTest extends BookingConcurrencyContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "lw_booking");
    }
}
