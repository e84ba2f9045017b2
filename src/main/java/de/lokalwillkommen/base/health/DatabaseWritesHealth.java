package de.lokalwillkommen.base.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether the database takes writes, not only answers "SELECT 1": inserts a row with a CHECK constraint into
 * {@code health_probe} and rolls it back. Reported as {@code databaseWrites} in /actuator/health and part of
 * the readiness group, so a monitor or load balancer sees a database that reads but refuses writes.
 */
@Component("databaseWrites")
class DatabaseWritesHealth extends AbstractHealthIndicator {

    private static final int TIMEOUT_SECONDS = 3;

    private final DataSource dataSource;
    private final Clock clock;

    DatabaseWritesHealth(DataSource dataSource, Clock clock) {
        super("The database refused the health check's write probe");
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into health_probe (kind, probed_at) values ('WRITE', ?)")) {
                insert.setQueryTimeout(TIMEOUT_SECONDS);
                insert.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                insert.executeUpdate();
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
        builder.up().withDetail("probe", "insert with a check constraint, rolled back");
    }
}
