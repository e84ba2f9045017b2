package de.lokalwillkommen.base.proof;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.SettableClock;
import de.lokalwillkommen.base.client.AbuseProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13: a proof-of-work answer counted once per server, so a replay on another server within the 15-minute
 * expiry went through. Two servers (same secret, one database) now accept an answer once between them, and the
 * table forgets answers whose challenge expired.
 */
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:lw-proofs;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class SpentProofsAcrossServersTest {

    @Autowired
    JdbcTemplate jdbc;

    final SettableClock clock = SettableClock.at("2026-11-24T10:00:00Z");

    private ProofOfWork server() {
        return new ProofOfWork(new AbuseProperties("DE", "shared-secret", List.of()), 50, 50, Duration.ofMinutes(15),
                clock, new DatabaseSpentProofs(jdbc, clock));
    }

    @Test
    void anAnswerAcceptedByOneServerIsRefusedByTheOtherAndExpiredAnswersAreForgotten() {
        ProofOfWork a = server();
        ProofOfWork b = server();
        String answer = ProofSolver.solve(a.challenge(false));
        assertThat(a.verify(answer)).isTrue();
        assertThat(b.verify(answer)).as("the same answer on the other server").isFalse();
        assertThat(a.verify(answer)).isFalse();
        assertThat(b.verify(ProofSolver.solve(b.challenge(false)))).as("a fresh answer").isTrue();

        clock.advance(Duration.ofMinutes(20));
        for (int i = 0; i < 100; i++) {
            assertThat(b.verify(ProofSolver.solve(a.challenge(false)))).isTrue();
        }
        // The 100th answer cleared the two that expired; the table holds only current answers.
        assertThat(jdbc.queryForObject("select count(*) from spent_proof", Integer.class)).isLessThanOrEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from spent_proof where expires_at < ?", Integer.class,
                java.sql.Timestamp.valueOf("2026-11-24 10:20:00"))).isZero();
    }
}
