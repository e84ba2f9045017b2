package de.lokalwillkommen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server (binaries from Maven Central) for the whole test run, on a free port. */
public final class EmbeddedPostgresSupport {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is a temporary one
                }
            }));
        }
        return server;
    }

    public static void register(DynamicPropertyRegistry registry) {
        EmbeddedPostgres pg = server();
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
