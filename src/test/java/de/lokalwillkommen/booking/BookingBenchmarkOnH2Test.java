package de.lokalwillkommen.booking;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:lw-bench;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "lw.booking.attempts-per-window=1000000"})
@ActiveProfiles("test")
class BookingBenchmarkOnH2Test extends BookingBenchmarkContract {
}
