package de.lokalwillkommen.waitlist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param holdFor       how long an offer holds its place (30 minutes by default)
 * @param maxOffers     offers one entry receives at most (3 by default); then it only waits for staff
 * @param maxDays       how far ahead the last useful date may lie (180 days by default)
 * @param checkInterval how often the job ends holds that ran out and offers free places (1 minute)
 */
@ConfigurationProperties("lw.waitlist")
public record WaitlistProperties(Duration holdFor, int maxOffers, int maxDays, Duration checkInterval) {

    public WaitlistProperties {
        holdFor = holdFor == null || holdFor.isNegative() || holdFor.isZero() ? Duration.ofMinutes(30) : holdFor;
        maxOffers = maxOffers <= 0 ? 3 : maxOffers;
        maxDays = maxDays <= 0 ? 180 : maxDays;
        checkInterval = checkInterval == null ? Duration.ofMinutes(1) : checkInterval;
    }
}
