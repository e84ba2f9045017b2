package de.lokalwillkommen.base.proof;

import de.lokalwillkommen.base.client.AbuseProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.altcha.altcha.Altcha;
import org.json.JSONObject;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the proof-of-work challenges of the public forms. A challenge asks the browser to find a
 * number up to its cost whose SHA-256 with a salt gives a value; it is signed (HMAC), expires, and is good once.
 * The normal cost is nearly free (a cheap phone needs well under a second); a client or an office under unusual
 * load gets the raised cost.
 */
@Component
public class ProofOfWork {

    private static final int SOLVED_BEFORE_CLEAN_UP = 10_000;

    private final String key;
    private final long cost;
    private final long raisedCost;
    private final Duration expiry;
    private final Clock clock;
    /** Salts of solutions already used, until they expire: a solution books once (in the whole installation). */
    private final SpentProofs spent;

    /** Remembering used answers in this object only (unit tests, one server). */
    public ProofOfWork(AbuseProperties abuse, long cost, long raisedCost, Duration expiry, Clock clock) {
        this(abuse, cost, raisedCost, expiry, clock, new InMemory(clock));
    }

    /** The application's: used answers are remembered in the database, shared by all servers. */
    @Autowired
    ProofOfWork(AbuseProperties abuse, @Value("${lw.abuse.proof.cost:5000}") long cost,
            @Value("${lw.abuse.proof.raised-cost:100000}") long raisedCost,
            @Value("${lw.abuse.proof.expiry:PT15M}") Duration expiry, Clock clock, SpentProofs spent) {
        this.spent = spent;
        String secret = abuse.secret();
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
        }
        this.key = "proof:" + secret;
        this.cost = Math.max(1, cost);
        this.raisedCost = Math.max(this.cost, raisedCost);
        this.expiry = expiry;
        this.clock = clock;
    }

    /** A new challenge as the JSON the browser script reads. */
    public String challenge(boolean raised) {
        try {
            Altcha.ChallengeOptions options = new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(raised ? raisedCost : cost)
                    .setHmacKey(key)
                    .setExpires(clock.instant().plus(expiry).getEpochSecond());
            Altcha.Challenge challenge = Altcha.createChallenge(options);
            return new JSONObject().put("algorithm", challenge.algorithm).put("challenge", challenge.challenge)
                    .put("maxnumber", challenge.maxnumber).put("salt", challenge.salt)
                    .put("signature", challenge.signature).toString();
        } catch (Exception e) {
            throw new IllegalStateException("could not create a proof-of-work challenge", e);
        }
    }

    /** Whether the browser's answer (ALTCHA's base64 payload) solves a challenge of ours that is unused and current. */
    public boolean verify(@Nullable String payload) {
        if (payload == null || payload.isBlank() || payload.length() > 2_000) {
            return false;
        }
        try {
            JSONObject solution = new JSONObject(new String(java.util.Base64.getDecoder().decode(payload),
                    java.nio.charset.StandardCharsets.UTF_8));
            String salt = solution.getString("salt");
            Instant expires = Instant.ofEpochSecond(Long.parseLong(Altcha.extractParams(salt).getOrDefault("expires",
                    "0")));
            Instant now = clock.instant();
            if (!expires.isAfter(now) || !Altcha.verifySolution(payload, key, false)) {
                return false;
            }
            return spent.spend(salt, expires);
        } catch (Exception unreadable) {
            return false;
        }
    }

    /** Per object, bounded the same way: expired salts are dropped once there are many. */
    private static final class InMemory implements SpentProofs {
        private final Map<String, Instant> used = new ConcurrentHashMap<>();
        private final Clock clock;

        InMemory(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean spend(String salt, Instant expires) {
            if (used.size() > SOLVED_BEFORE_CLEAN_UP) {
                Instant now = clock.instant();
                used.values().removeIf(until -> !until.isAfter(now));
            }
            return used.putIfAbsent(salt, expires) == null;
        }
    }
}
