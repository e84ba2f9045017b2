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
        register(registry, "postgres");
    }

    /** A database of its own on the shared server, so tests that keep their data do not meet. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        EmbeddedPostgres pg = server();
        if (!"postgres".equals(database)) {
            try (var connection = pg.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
                var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
                if (!exists.next()) {
                    statement.execute("create database " + database);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("could not create database " + database, e);
            }
        }
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
