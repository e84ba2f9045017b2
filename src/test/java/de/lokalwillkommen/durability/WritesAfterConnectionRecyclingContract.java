package de.lokalwillkommen.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import de.lokalwillkommen.booking.BookingStatus;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The embedded database once stopped taking every booking, message and offer as soon as the connection pool
 * retired the connections that had run the migrations (H2 2.4.240 evaluated a CHECK constraint against the
 * closed session that created it). Here the pool retires every connection it holds, one connection stays
 * open as a long-lived one would, and then the main writes must still work.
 */
abstract class WritesAfterConnectionRecyclingContract {

    @Autowired
    ApplicationContext beans;
    @Autowired
    DataSource dataSource;

    @Test
    void theMainWritesStillWorkAfterThePoolRetiredTheConnectionsThatRanTheMigrations() throws Exception {
        MainWrites writes = new MainWrites(beans);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection longLived = dataSource.getConnection()) {
            pool.getHikariPoolMXBean().softEvictConnections();
            assertThat(longLived.isValid(1)).isTrue();

            assertThat(writes.book().status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(writes.writeMessage()).isNotBlank();
            assertThat(writes.offerHelp()).isNotBlank();
            assertThat(writes.markNoShow().status()).isEqualTo(BookingStatus.NO_SHOW);
        }
    }
}
