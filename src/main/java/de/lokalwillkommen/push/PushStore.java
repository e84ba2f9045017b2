package de.lokalwillkommen.push;

import de.lokalwillkommen.base.push.BrowserSubscription;
import de.lokalwillkommen.base.push.OwnerKind;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The push tables. Every write is one statement, safe against a second server doing the same at the same time:
 * unique keys make subscribing and queuing idempotent, and a claim only takes rows whose lease has run out.
 */
@Repository
class PushStore {

    /** A claimed notice with what the request needs. */
    record Outgoing(long noticeId, long subscriptionId, String endpoint, String p256dh, String auth, String title,
            String body, String url, String language, int attempts, String ownerKind, long ownerId, String dedupKey) {
    }

    record Target(long subscriptionId, String language, LocalDateTime createdAt) {
    }

    private final JdbcTemplate jdbc;

    PushStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a subscription; the same browser subscribing again for the same owner keeps its one row. */
    void subscribe(OwnerKind kind, long ownerId, BrowserSubscription subscription, String language,
            LocalDateTime now) {
        try {
            jdbc.update("insert into push_subscription (owner_kind, owner_id, endpoint, p256dh, auth, language,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)", kind.name(), ownerId, subscription.endpoint(),
                    subscription.p256dh(), subscription.auth(), language, now);
        } catch (DuplicateKeyException alreadySubscribed) {
            jdbc.update("update push_subscription set p256dh = ?, auth = ?, language = ? where owner_kind = ?"
                    + " and owner_id = ? and endpoint = ?", subscription.p256dh(), subscription.auth(), language,
                    kind.name(), ownerId, subscription.endpoint());
        }
    }

    int unsubscribe(OwnerKind kind, long ownerId, String endpoint) {
        return jdbc.update("delete from push_subscription where owner_kind = ? and owner_id = ? and endpoint = ?",
                kind.name(), ownerId, endpoint);
    }

    int unsubscribeAll(OwnerKind kind, long ownerId) {
        return jdbc.update("delete from push_subscription where owner_kind = ? and owner_id = ?", kind.name(), ownerId);
    }

    boolean subscribed(OwnerKind kind, long ownerId, String endpoint) {
        Integer count = jdbc.queryForObject("select count(*) from push_subscription where owner_kind = ? and owner_id = ?"
                + " and endpoint = ?", Integer.class, kind.name(), ownerId, endpoint);
        return count != null && count > 0;
    }

    List<Target> targets(OwnerKind kind, long ownerId) {
        return jdbc.query("select id, language, created_at from push_subscription where owner_kind = ? and owner_id = ?"
                + " order by id", (rs, i) -> new Target(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toLocalDateTime()), kind.name(), ownerId);
    }

    /** The owners of one kind that have at least one subscription (the reminder job's candidates). */
    List<Long> owners(OwnerKind kind) {
        return jdbc.queryForList("select distinct owner_id from push_subscription where owner_kind = ? order by owner_id",
                Long.class, kind.name());
    }

    /** Queues a notice for one subscription; false when that subscription already has one with this key. */
    boolean queue(long subscriptionId, String dedupKey, NoticeText text, String url, @Nullable LocalDateTime expiresAt,
            LocalDateTime now) {
        try {
            jdbc.update("insert into push_notice (subscription_id, dedup_key, title, body, url, language, status,"
                    + " attempts, next_attempt_at, expires_at, created_at) values (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?)",
                    subscriptionId, dedupKey, text.title(), text.body(), url, text.language(), now, expiresAt, now);
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    /** Drops notices not yet sent whose key starts with {@code prefix} (reminders of a cancelled booking). */
    int dropQueued(OwnerKind kind, long ownerId, String prefix) {
        return jdbc.update("delete from push_notice where status = 'QUEUED' and dedup_key like ? and subscription_id in"
                + " (select id from push_subscription where owner_kind = ? and owner_id = ?)", prefix + "%", kind.name(),
                ownerId);
    }

    /**
     * Claims up to {@code limit} due notices for this server: writes {@code token} and a lease on rows nobody holds
     * (or whose holder's lease ran out). On PostgreSQL a row another server is claiming at the same moment is
     * re-checked after its update commits, so it is never claimed twice.
     */
    List<Outgoing> claim(String token, LocalDateTime now, LocalDateTime leaseEnd, int limit) {
        jdbc.update("update push_notice set status = 'EXPIRED' where status = 'QUEUED' and expires_at < ?", now);
        jdbc.update("""
                update push_notice set claim_token = ?, claimed_until = ?
                 where status = 'QUEUED' and (claimed_until is null or claimed_until < ?) and id in (
                   select id from push_notice where status = 'QUEUED' and next_attempt_at <= ?
                      and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id limit ?)""",
                token, leaseEnd, now, now, now, limit);
        return jdbc.query("""
                select n.id, s.id, s.endpoint, s.p256dh, s.auth, n.title, n.body, n.url, n.language, n.attempts,
                       s.owner_kind, s.owner_id, n.dedup_key
                  from push_notice n join push_subscription s on s.id = n.subscription_id
                 where n.claim_token = ? and n.status = 'QUEUED' order by n.id""",
                (rs, i) -> new Outgoing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getInt(10), rs.getString(11), rs.getLong(12), rs.getString(13)), token);
    }

    void sent(Outgoing notice, LocalDateTime now) {
        jdbc.update("update push_notice set status = 'SENT', sent_at = ?, attempts = attempts + 1, claim_token = null,"
                + " claimed_until = null, title = '', body = '', url = '' where id = ?", now, notice.noticeId());
        if (notice.dedupKey().startsWith(BookingPush.REMINDER_PREFIX)) {
            try {
                jdbc.update("insert into push_reminded (owner_kind, owner_id, sent_at) values (?, ?, ?)",
                        notice.ownerKind(), notice.ownerId(), now);
            } catch (DuplicateKeyException remindedBefore) {
                // one row per owner is enough for the figures
            }
        }
    }

    /** The push service says the subscription is gone (404/410): forget it and its notices. */
    void gone(Outgoing notice) {
        jdbc.update("delete from push_subscription where id = ?", notice.subscriptionId());
    }

    /** A failed attempt: try again at {@code next}, or give up after the last attempt. */
    void failed(Outgoing notice, @Nullable LocalDateTime next) {
        if (next == null) {
            jdbc.update("update push_notice set status = 'FAILED', attempts = attempts + 1, claim_token = null,"
                    + " claimed_until = null where id = ?", notice.noticeId());
        } else {
            jdbc.update("update push_notice set attempts = attempts + 1, next_attempt_at = ?, claim_token = null,"
                    + " claimed_until = null where id = ?", next, notice.noticeId());
        }
    }

    Optional<String> status(long noticeId) {
        return jdbc.queryForList("select status from push_notice where id = ?", String.class, noticeId).stream()
                .findFirst();
    }

}
