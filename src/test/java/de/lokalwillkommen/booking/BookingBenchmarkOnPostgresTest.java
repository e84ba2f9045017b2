package de.lokalwillkommen.booking;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "lw.booking.attempts-per-window=1000000")
class BookingBenchmarkOnPostgresTest extends BookingBenchmarkContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "lw_bench");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    }
}
