package de.lokalwillkommen.base.proof;

import de.lokalwillkommen.base.client.AbuseProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The proof of work in the app tests. Browserless view tests and the simulated browsers run no JavaScript, so no
 * answer ever arrives: this bean lets a missing answer through. An answer that does arrive (the browser journeys
 * solve for real, at the lowest cost) is verified exactly as in production, and counted. Production has only
 * {@link ProofOfWork}, which never lets a missing answer through.
 */
@TestConfiguration
public class ProofsInTests {

    /** How many real answers the browsers sent and the server accepted. */
    public static final AtomicInteger VERIFIED = new AtomicInteger();

    @Bean
    @Primary
    ProofOfWork proofsForTests(AbuseProperties abuse, Clock clock) {
        return new ProofOfWork(abuse, 1, 1, Duration.ofMinutes(15), clock) {
            @Override
            public boolean verify(@Nullable String payload) {
                if (payload == null) {
                    return true;
                }
                boolean ok = super.verify(payload);
                if (ok) {
                    VERIFIED.incrementAndGet();
                }
                return ok;
            }
        };
    }
}
