package de.lokalwillkommen.booking;

import org.springframework.test.context.TestPropertySource;

@BookingSlice
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:lw-concurrency;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class BookingConcurrencyOnH2Test extends BookingConcurrencyContract {
}
