package de.lokalwillkommen.booking;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.client.AbuseProperties;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.client.ContactKeys;
import de.lokalwillkommen.base.client.SharedNetworks;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The booking service with its abuse limits on a real database, a clock the test moves, without the web layer. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({BookingService.class, HoardingService.class, BookingCodes.class, AttemptLimiter.class, AuditLog.class,
        ClientKeys.class, ContactKeys.class, SharedNetworks.class, OnlineBookingGuard.class, HoardingDefenceContract.Time.class})
@EnableConfigurationProperties({MunicipalityProperties.class, RetentionProperties.class, AbuseProperties.class,
        AbuseLimits.class})
@interface HoardingSlice {
}
