package de.lokalwillkommen.queue;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@QueueSlice
class QueueOnPostgresTest extends QueueContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "lw_queue");
    }
}
