package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.client.AbuseProperties;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.client.ContactKeys;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import de.lokalwillkommen.base.security.OfficeAccess;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The booking service on a real database without the web layer: for the concurrency tests on H2 and
 * PostgreSQL. (A second full application context would replace Vaadin's global security-context
 * strategy under the view tests' feet.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({BookingService.class, BookingCodes.class, AttemptLimiter.class, OfficeAccess.class, AuditLog.class,
        ClientKeys.class, ContactKeys.class, OnlineBookingGuard.class, BookingSlice.Time.class})
@EnableConfigurationProperties({MunicipalityProperties.class, RetentionProperties.class, AbuseProperties.class,
        AbuseLimits.class})
@interface BookingSlice {

    @TestConfiguration
    class Time {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
