package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import de.lokalwillkommen.base.mail.Mailer.Outcome;
import de.lokalwillkommen.base.mail.TemplatedMail;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code mail_log} table: which mail about which record went out in which language, never the address or
 * the text. A once-only mail (the reminder) is claimed first: the unique {@code once_key} lets exactly one
 * server, and one run, insert the claim. Rows are removed after {@code lw.retention.mail-log-days}.
 */
@Component
class MailLog implements PersonalDataRetention {

    private final JdbcTemplate jdbc;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final int retentionDays;

    MailLog(JdbcTemplate jdbc, MunicipalityProperties municipality, Clock clock, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.municipality = municipality;
        this.clock = clock;
        this.retentionDays = retention.mailLogDays();
    }

    void record(TemplatedMail mail, Outcome outcome) {
        jdbc.update("insert into mail_log (kind, reference, language, outcome, created_at) values (?, ?, ?, ?, ?)",
                mail.kind(), mail.reference(), mail.language(), outcome.name(), municipality.now(clock));
    }

    /** Claims a once-only mail; empty when it was claimed before (by this server or another). */
    Optional<Long> claim(TemplatedMail mail, String onceKey) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("insert into mail_log (kind, reference, language,"
                        + " outcome, once_key, created_at) values (?, ?, ?, 'PENDING', ?, ?)", new String[] {"id"});
                insert.setString(1, mail.kind());
                insert.setString(2, mail.reference());
                insert.setString(3, mail.language());
                insert.setString(4, onceKey);
                insert.setObject(5, municipality.now(clock));
                return insert;
            }, key);
        } catch (DuplicateKeyException alreadyClaimed) {
            return Optional.empty();
        }
        return Optional.of(Objects.requireNonNull(key.getKey()).longValue());
    }

    /** Records how a claimed mail went; a failed one gives up its claim, so the next run tries again. */
    void complete(long claimId, Outcome outcome) {
        if (outcome == Outcome.FAILED) {
            jdbc.update("update mail_log set outcome = 'FAILED', once_key = null where id = ?", claimId);
        } else {
            jdbc.update("update mail_log set outcome = ? where id = ?", outcome.name(), claimId);
        }
    }

    long count(String kind, String reference) {
        Long count = jdbc.queryForObject("select count(*) from mail_log where kind = ? and reference = ?", Long.class,
                kind, reference);
        return count == null ? 0 : count;
    }

    @Override
    public String name() {
        return "mail log";
    }

    @Override
    public int apply(LocalDateTime now) {
        return retentionDays <= 0 ? 0 : jdbc.update("delete from mail_log where created_at < ?", now.minusDays(retentionDays));
    }
}
