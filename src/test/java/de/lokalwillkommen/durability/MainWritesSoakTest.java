package de.lokalwillkommen.durability;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.booking.BookingStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A few minutes of the app's main writes while the pool retires its connections as fast as Hikari allows
 * (30 s lifetime, 10 s idle): what only breaks once the first connections are gone shows here, in CI,
 * instead of half an hour into a real day. The duration is {@code -Dlw.soak.duration=PT10M} for a longer run.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:lw-soak;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.hikari.max-lifetime=30000",
        "spring.datasource.hikari.idle-timeout=10000",
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.maximum-pool-size=4"})
@ActiveProfiles({"demo", "test"})
class MainWritesSoakTest {

    private static final Logger log = LoggerFactory.getLogger(MainWritesSoakTest.class);

    @Autowired
    ApplicationContext beans;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bookingsMessagesOffersAndNoShowsKeepWorkingWhileThePoolRetiresEveryConnection() throws Exception {
        Duration duration = Duration.parse(System.getProperty("lw.soak.duration", "PT2M"));
        MainWrites writes = new MainWrites(beans);
        Set<Integer> firstSessions = new HashSet<>();
        Set<Integer> lastSessions = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int rounds = 0;
        long end = System.nanoTime() + duration.toNanos();
        long lastThird = System.nanoTime() + duration.toNanos() * 2 / 3;
        while (System.nanoTime() < end) {
            try {
                assertThat(writes.book().status()).isEqualTo(BookingStatus.BOOKED);
                writes.writeMessage();
                writes.offerHelp();
                assertThat(writes.markNoShow().status()).isEqualTo(BookingStatus.NO_SHOW);
            } catch (RuntimeException | AssertionError e) {
                failures.add("round " + rounds + ": " + e);
            }
            int session = jdbc.queryForObject("select session_id()", Integer.class);
            (rounds < 5 ? firstSessions : lastSessions).add(session);
            if (System.nanoTime() < lastThird) {
                lastSessions.clear();
            }
            rounds++;
            Thread.sleep(250);
        }
        log.info("Soak: {} rounds of 4 writes in {}, database sessions at the start {}, in the last third {}",
                rounds, duration, firstSessions, lastSessions);
        assertThat(failures).as("writes that failed").isEmpty();
        assertThat(rounds).isGreaterThan(20);
        assertThat(lastSessions).as("the pool retired the connections of the start").isNotEmpty()
                .doesNotContainAnyElementsOf(firstSessions);
    }
}
