package de.lokalwillkommen.base.client;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The address ranges the coordination marks as shared (a shelter's or a language school's Wi-Fi), table
 * {@code shared_network}: everyone behind one shares {@code factor} times the per-client limits. Only ADMIN keeps
 * them: a range counts for every office and every public form, so a wrong one opens the door network-wide
 * (docs/decisions/0023). Each change is in the audit log. The client keys read the ranges from a copy that is at
 * most {@code lw.abuse.shared-networks-refresh} (1 minute) old, so other servers follow within that time.
 */
@Service
public class SharedNetworks {

    public static final int MIN_FACTOR = 2;
    public static final int MAX_FACTOR = 20;
    static final String AUDIT_TYPE = "shared_network";

    private static final Logger log = LoggerFactory.getLogger(SharedNetworks.class);

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final long refreshNanos;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Long.MIN_VALUE);

    SharedNetworks(JdbcTemplate jdbc, AuditLog audit, MunicipalityProperties municipality, Clock clock,
            @Value("${lw.abuse.shared-networks-refresh:PT1M}") Duration refresh) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.municipality = municipality;
        this.clock = clock;
        this.refreshNanos = refresh.toNanos();
    }

    /** A marked range as the staff view lists it. */
    public record SharedNetwork(long id, String cidr, int factor, String label, @Nullable Long officeId,
            String createdBy, LocalDateTime createdAt) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SharedNetwork> list() {
        return jdbc.query("select id, cidr, factor, label, office_id, created_by, created_at from shared_network"
                + " order by label, cidr", (row, i) -> new SharedNetwork(row.getLong(1), row.getString(2),
                        row.getInt(3), row.getString(4), row.getObject(5, Long.class), row.getString(6),
                        row.getObject(7, LocalDateTime.class)));
    }

    /**
     * Marks a range. Refusals (translated keys): not a range, wider than /20 (IPv4) or /48 (IPv6), a factor outside
     * 2…20, no label, a range marked already.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long add(String cidr, int factor, String label, @Nullable Long officeId) {
        AddressRange range = AddressRange.parse(cidr);
        if (factor < MIN_FACTOR || factor > MAX_FACTOR) {
            throw new UserFacingException("sharednetwork.error.factor", MIN_FACTOR, MAX_FACTOR);
        }
        String name = label.strip();
        if (name.isEmpty() || name.length() > 150) {
            throw new UserFacingException("sharednetwork.error.label");
        }
        long id;
        try {
            jdbc.update("insert into shared_network (cidr, factor, label, office_id, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?)", range.text(), factor, name, officeId, actor(),
                    municipality.now(clock));
            Long created = jdbc.queryForObject("select id from shared_network where cidr = ?", Long.class, range.text());
            id = created == null ? 0 : created;
        } catch (DuplicateKeyException markedAlready) {
            throw new UserFacingException("sharednetwork.error.duplicate", range.text());
        }
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, id, officeId, range.text() + " ×" + factor);
        refreshAfterCommit();
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(long id) {
        List<String> cidr = jdbc.queryForList("select cidr from shared_network where id = ?", String.class, id);
        if (jdbc.update("delete from shared_network where id = ?", id) > 0) {
            audit.changed(AuditAction.DELETE, AUDIT_TYPE, id, null, cidr.getFirst());
            refreshAfterCommit();
        }
    }

    /** The largest factor of a marked range holding the address; 1 when none does. */
    int factorOf(InetAddress address) {
        int factor = 1;
        for (Marked marked : current()) {
            if (marked.range().contains(address)) {
                factor = Math.max(factor, marked.factor());
            }
        }
        return factor;
    }

    private List<Marked> current() {
        Snapshot now = snapshot;
        long time = System.nanoTime();
        if (now.loadedAt() != Long.MIN_VALUE && time - now.loadedAt() < refreshNanos) {
            return now.ranges();
        }
        try {
            List<Marked> ranges = jdbc.query("select cidr, factor from shared_network",
                    (row, i) -> new Marked(AddressRange.parse(row.getString(1)), row.getInt(2)));
            snapshot = new Snapshot(ranges, time);
            return ranges;
        } catch (DataAccessException | UserFacingException unreadable) {
            // A database outage must not turn every form into an error: keep the last copy, try again next time.
            log.warn("Could not read the shared networks ({}); keeping the last copy.",
                    unreadable.getClass().getSimpleName());
            snapshot = new Snapshot(now.ranges(), time);
            return now.ranges();
        }
    }

    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = new Snapshot(snapshot.ranges(), Long.MIN_VALUE);
                }
            });
        } else {
            snapshot = new Snapshot(snapshot.ranges(), Long.MIN_VALUE);
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "(system)" : authentication.getName();
    }

    private record Marked(AddressRange range, int factor) {
    }

    private record Snapshot(List<Marked> ranges, long loadedAt) {
    }
}
