package de.lokalwillkommen.queue;

import org.springframework.test.context.TestPropertySource;

@QueueSlice
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:lw-queue;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class QueueOnH2Test extends QueueContract {
}
