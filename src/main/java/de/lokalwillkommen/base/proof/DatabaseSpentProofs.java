package de.lokalwillkommen.base.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The used answers in the table {@code spent_proof}, shared by all servers: the primary key lets exactly one server
 * take an answer. Bounded: a row lives until its challenge expires (15 minutes); every 100th answer deletes the
 * expired rows. Times are stored in UTC.
 */
@Component
class DatabaseSpentProofs implements SpentProofs {

    private static final int CLEAN_UP_EVERY = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicInteger sinceCleanUp = new AtomicInteger();

    DatabaseSpentProofs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean spend(String salt, Instant expires) {
        if (sinceCleanUp.incrementAndGet() >= CLEAN_UP_EVERY) {
            sinceCleanUp.set(0);
            jdbc.update("delete from spent_proof where expires_at < ?", utc(clock.instant()));
        }
        try {
            jdbc.update("insert into spent_proof (salt_hash, expires_at) values (?, ?)", sha256(salt), utc(expires));
            return true;
        } catch (DuplicateKeyException usedBefore) {
            return false;
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime());
    }

    private static String sha256(String salt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(salt.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
