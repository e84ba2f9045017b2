package de.lokalwillkommen.booking;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@BookingSlice
class BookingConcurrencyOnPostgresTest extends BookingConcurrencyContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "lw_booking");
    }
}
