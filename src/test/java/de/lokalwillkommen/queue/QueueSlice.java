package de.lokalwillkommen.queue;

import de.lokalwillkommen.SettableClock;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.client.AbuseProperties;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.booking.SessionDays;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue service on a real database without the web layer, on a clock the test sets (Monday 2026-12-07 09:00 in
 * Dortmund, whatever day the suite runs): for the rules and the concurrent "call next" on H2 and PostgreSQL. Not
 * transactional, so the threads of a test see what it wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({QueueService.class, QueueCodes.class, QueueFloodGuard.class, QueueRetention.class, QueueFigures.class, SessionDays.class,
        ClientKeys.class, QueueSlice.Time.class})
@EnableConfigurationProperties({MunicipalityProperties.class, QueueProperties.class, AbuseProperties.class})
@interface QueueSlice {

    /** 08:00 UTC = 09:00 in Dortmund on a Monday that is no holiday. */
    String START = "2026-12-07T08:00:00Z";

    @TestConfiguration
    class Time {
        @Bean
        SettableClock clock() {
            return SettableClock.at(START);
        }
    }
}
