package de.lokalwillkommen.base.proof;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.base.client.AbuseProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final ProofOfWork proofs = proofsAt(NOW);

    private static ProofOfWork proofsAt(Instant now) {
        return new ProofOfWork(new AbuseProperties("DE", "test-secret", List.of()), 5_000, 100_000,
                Duration.ofMinutes(15), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String solve(String challengeJson) {
        return ProofSolver.solve(challengeJson);
    }

    @Test
    void acceptsASolvedChallengeOnce() throws Exception {
        String answer = solve(proofs.challenge(false));
        assertThat(proofs.verify(answer)).isTrue();
        assertThat(proofs.verify(answer)).as("the same answer again").isFalse();
    }

    @Test
    void refusesMissingWrongAndForeignAnswers() throws Exception {
        assertThat(proofs.verify(null)).isFalse();
        assertThat(proofs.verify("not base64 at all")).isFalse();
        JSONObject wrong = new JSONObject(new String(Base64.getDecoder().decode(solve(proofs.challenge(false))),
                StandardCharsets.UTF_8));
        wrong.put("number", wrong.getLong("number") + 1);
        assertThat(proofs.verify(Base64.getEncoder().encodeToString(wrong.toString().getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        ProofOfWork otherServerKey = new ProofOfWork(new AbuseProperties("DE", "another", List.of()), 5_000, 100_000,
                Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(proofs.verify(solve(otherServerKey.challenge(false)))).isFalse();
    }

    @Test
    void refusesAnAnswerAfterItsChallengeExpired() throws Exception {
        String answer = solve(proofs.challenge(false));
        assertThat(proofsAt(NOW.plus(Duration.ofMinutes(16))).verify(answer)).isFalse();
    }

    @Test
    void raisesTheCostUnderUnusualLoad() {
        assertThat(new JSONObject(proofs.challenge(false)).getLong("maxnumber")).isEqualTo(5_000);
        assertThat(new JSONObject(proofs.challenge(true)).getLong("maxnumber")).isEqualTo(100_000);
    }
}
