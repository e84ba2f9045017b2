package de.lokalwillkommen.durability;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production's database: the whole application with the demo data on a real PostgreSQL. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class WritesAfterConnectionRecyclingOnPostgresTest extends WritesAfterConnectionRecyclingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "durability");
    }
}
