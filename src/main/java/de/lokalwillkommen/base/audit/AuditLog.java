package de.lokalwillkommen.base.audit;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import de.lokalwillkommen.base.security.SignedInStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and searches the {@code audit_log} table. Changes are written in the transaction of the change (no change
 * without its line, no line for a change that rolled back); views of personal data in a transaction of their own
 * (the reading transaction is read-only). The actor is the signed-in staff member; a request without one is the
 * booker acting through the personal link. A staff member opening the same record again within
 * {@code lw.audit.repeat-view-window} (10 minutes) is not written again. Nothing in the application updates a
 * line; only the retention job removes lines older than {@code lw.retention.audit-days}.
 */
@Component
public class AuditLog implements PersonalDataRetention {

    /** The actor of a change made through a booking's (or a volunteer's) personal link. */
    public static final String BOOKER = "(booker)";
    /** The actor of the app's own jobs. */
    public static final String SYSTEM = "(system)";

    private static final int RECENT_VIEWS_MAX = 20_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final Duration repeatViewWindow;
    private final int retentionDays;
    private final Map<String, Instant> recentViews = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > RECENT_VIEWS_MAX;
        }
    };

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, MunicipalityProperties municipality,
            Clock clock, RetentionProperties retention,
            @Value("${lw.audit.repeat-view-window:PT10M}") Duration repeatViewWindow) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.municipality = municipality;
        this.clock = clock;
        this.repeatViewWindow = repeatViewWindow;
        this.retentionDays = retention.auditDays();
    }

    /** A staff member was shown the personal data of these records. */
    public void viewed(String recordType, Collection<?> recordIds, @Nullable Long officeId) {
        Actor actor = actor();
        Instant now = clock.instant();
        List<String> fresh = new ArrayList<>();
        synchronized (recentViews) {
            for (Object id : recordIds) {
                String key = actor.name() + "|" + recordType + "|" + id;
                Instant last = recentViews.get(key);
                if (last == null || !last.plus(repeatViewWindow).isAfter(now)) {
                    recentViews.put(key, now);
                    fresh.add(String.valueOf(id));
                }
            }
        }
        if (!fresh.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> insert(actor, AuditAction.VIEW, recordType, fresh, officeId, null));
        }
    }

    /** A record was created, changed, cancelled…; written in the caller's transaction. */
    public void changed(AuditAction action, String recordType, Object recordId, @Nullable Long officeId,
            @Nullable String detail) {
        insert(actor(), action, recordType, List.of(String.valueOf(recordId)), officeId, detail);
    }

    /** The same for several records at once (a cancelled session's bookings). */
    public void changedAll(AuditAction action, String recordType, Collection<?> recordIds, @Nullable Long officeId,
            @Nullable String detail) {
        if (!recordIds.isEmpty()) {
            insert(actor(), action, recordType, recordIds.stream().map(String::valueOf).toList(), officeId, detail);
        }
    }

    private void insert(Actor actor, AuditAction action, String recordType, List<String> recordIds,
            @Nullable Long officeId, @Nullable String detail) {
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String shortDetail = detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail;
        jdbc.batchUpdate("insert into audit_log (occurred_at, actor_id, actor_name, action, record_type, record_id,"
                + " office_id, detail) values (?, ?, ?, ?, ?, ?, ?, ?)", recordIds, recordIds.size(), (insert, id) -> {
                    insert.setObject(1, at);
                    insert.setObject(2, actor.id());
                    insert.setString(3, actor.name());
                    insert.setString(4, action.name());
                    insert.setString(5, recordType);
                    insert.setString(6, id);
                    insert.setObject(7, officeId);
                    insert.setString(8, shortDetail);
                });
    }

    /** The newest lines matching the query, at most {@code limit}. ADMIN only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int limit) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, actor_name, action, record_type, record_id,"
                + " office_id, detail from audit_log where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(utc(query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(utc(query.to().plusDays(1).atStartOfDay()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and lower(actor_name) like ?");
            args.add("%" + query.actor().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (query.action() != null) {
            sql.append(" and action = ?");
            args.add(query.action().name());
        }
        if (query.recordType() != null && !query.recordType().isBlank()) {
            sql.append(" and record_type = ?");
            args.add(query.recordType());
        }
        if (query.recordId() != null && !query.recordId().isBlank()) {
            sql.append(" and record_id = ?");
            args.add(query.recordId().strip());
        }
        if (query.officeId() != null) {
            sql.append(" and office_id = ?");
            args.add(query.officeId());
        }
        sql.append(" order by occurred_at desc, id desc limit ").append(Math.max(1, Math.min(limit, 5_000)));
        return jdbc.query(sql.toString(), (row, n) -> new AuditEntry(row.getLong(1),
                local(row.getObject(2, OffsetDateTime.class)), row.getString(3), AuditAction.valueOf(row.getString(4)),
                row.getString(5), row.getString(6), (Long) row.getObject(7, Long.class), row.getString(8)),
                args.toArray());
    }

    /** The record types written so far, for the search form. ADMIN only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> recordTypes() {
        return jdbc.queryForList("select distinct record_type from audit_log order by record_type", String.class);
    }

    private OffsetDateTime utc(LocalDateTime municipalTime) {
        return municipalTime.atZone(municipality.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private LocalDateTime local(OffsetDateTime at) {
        return at.atZoneSameInstant(municipality.zone()).toLocalDateTime();
    }

    private record Actor(@Nullable Long id, String name) {
    }

    private static Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff) {
            return new Actor(staff.accountId(), staff.getUsername());
        }
        return new Actor(null, BOOKER);
    }

    @Override
    public String name() {
        return "audit log";
    }

    @Override
    public int apply(LocalDateTime now) {
        if (retentionDays <= 0) {
            return 0;
        }
        return jdbc.update("delete from audit_log where occurred_at < ?", utc(now.minusDays(retentionDays)));
    }

}
