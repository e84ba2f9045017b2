package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The waitlist's tables. Every change of an offer's status or of an entry's "offer open" flag is one conditional
 * update: whoever changes the row first wins, everyone else changes nothing and is told so (0 rows).
 */
@Component
class WaitlistStore {

    private static final String ENTRY_COLUMNS = "id, office_id, topic, language, interpreter, persons, last_date,"
            + " booking_id, email, token, created_at, offers_made";

    private final JdbcTemplate jdbc;

    WaitlistStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertDemand(long officeId, Topic topic, String language, LocalDateTime now) {
        return insert("insert into waitlist_demand (office_id, topic, language, joined_at) values (?, ?, ?, ?)",
                officeId, topic.name(), language, now);
    }

    long insertEntry(WaitlistRequest request, @Nullable Long bookingId, String token, long demandId, LocalDateTime now) {
        return insert("insert into waitlist_entry (office_id, topic, language, interpreter, persons, last_date,"
                + " booking_id, email, token, created_at, demand_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                request.officeId(), request.topic().name(), request.language(), request.interpreter(),
                request.persons(), request.lastDate(), bookingId, request.email(), token, now, demandId);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                insert.setObject(i + 1, args[i]);
            }
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    Optional<WaitlistEntry> byToken(String token) {
        return entries("where token = ?", token).stream().findFirst();
    }

    Optional<WaitlistEntry> byId(long id) {
        return entries("where id = ?", id).stream().findFirst();
    }

    List<WaitlistEntry> ofOffice(long officeId) {
        return entries("where office_id = ? order by created_at, id", officeId);
    }

    List<WaitlistEntry> ofBooking(long bookingId) {
        return entries("where booking_id = ?", bookingId);
    }

    /** Entries that may get an offer now, first come first: none open, offers left, not past their date. */
    List<WaitlistEntry> waiting(long officeId, LocalDate today, int maxOffers) {
        return entries("where office_id = ? and not offer_open and offers_made < ? and last_date >= ?"
                + " order by created_at, id", officeId, maxOffers, today);
    }

    List<Long> officesWithWaiting(LocalDate today, int maxOffers) {
        return jdbc.queryForList("select distinct office_id from waitlist_entry where not offer_open"
                + " and offers_made < ? and last_date >= ?", Long.class, maxOffers, today);
    }

    private List<WaitlistEntry> entries(String where, Object... args) {
        List<WaitlistEntry> found = jdbc.query("select " + ENTRY_COLUMNS + " from waitlist_entry " + where,
                (rs, row) -> entry(rs, List.of()), args);
        if (found.isEmpty()) {
            return found;
        }
        String ids = found.stream().map(e -> Long.toString(e.id())).collect(Collectors.joining(","));
        Map<Long, List<WaitlistEntry.Offer>> offers = jdbc.query("select id, entry_id, slot_id, slot_start, slot_end,"
                + " venue_id, hold_until, status from waitlist_offer where entry_id in (" + ids + ") order by id desc",
                (rs, row) -> Map.entry(rs.getLong("entry_id"), offer(rs))).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return found.stream().map(e -> new WaitlistEntry(e.id(), e.officeId(), e.topic(), e.language(),
                e.interpreter(), e.persons(), e.lastDate(), e.bookingId(), e.email(), e.token(), e.createdAt(),
                e.offersMade(), offers.getOrDefault(e.id(), List.of()))).toList();
    }

    private static WaitlistEntry entry(ResultSet rs, List<WaitlistEntry.Offer> offers) throws SQLException {
        long bookingId = rs.getLong("booking_id");
        Long booking = rs.wasNull() ? null : bookingId;
        return new WaitlistEntry(rs.getLong("id"), rs.getLong("office_id"), Topic.valueOf(rs.getString("topic")),
                rs.getString("language"), rs.getBoolean("interpreter"), rs.getInt("persons"),
                rs.getObject("last_date", LocalDate.class), booking, rs.getString("email"),
                rs.getString("token"), rs.getObject("created_at", LocalDateTime.class), rs.getInt("offers_made"),
                offers);
    }

    private static WaitlistEntry.Offer offer(ResultSet rs) throws SQLException {
        long venue = rs.getLong("venue_id");
        Long venueId = rs.wasNull() ? null : venue;
        return new WaitlistEntry.Offer(rs.getLong("id"), rs.getLong("slot_id"),
                rs.getObject("slot_start", LocalDateTime.class), rs.getObject("slot_end", LocalDateTime.class),
                venueId, rs.getObject("hold_until", LocalDateTime.class),
                WaitlistEntry.Status.valueOf(rs.getString("status")));
    }

    /** Claims the right to make the entry one more offer; false when another server or run was first. */
    boolean claimOffer(long entryId, int maxOffers) {
        return jdbc.update("update waitlist_entry set offer_open = true, offers_made = offers_made + 1"
                + " where id = ? and not offer_open and offers_made < ?", entryId, maxOffers) == 1;
    }

    long insertOffer(long entryId, FreeSlot slot, LocalDateTime holdUntil, LocalDateTime now) {
        return insert("insert into waitlist_offer (entry_id, slot_id, slot_start, slot_end, venue_id, hold_until,"
                + " status, created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)", entryId, slot.slotId(), slot.start(),
                slot.end(), slot.venueId(), holdUntil, now);
    }

    List<Long> slotsOffered(long entryId) {
        return jdbc.queryForList("select slot_id from waitlist_offer where entry_id = ?", Long.class, entryId);
    }

    /** Confirms an open offer whose hold still runs; false when it ran out, was declined or someone else was first. */
    boolean confirm(long offerId, LocalDateTime now) {
        return jdbc.update("update waitlist_offer set status = 'CONFIRMED', decided_at = ? where id = ?"
                + " and status = 'OPEN' and hold_until > ?", now, offerId, now) == 1;
    }

    /** Ends an open offer (declined, expired, withdrawn); false when it had already ended. */
    boolean end(long offerId, WaitlistEntry.Status status, LocalDateTime now) {
        return jdbc.update("update waitlist_offer set status = ?, decided_at = ? where id = ? and status = 'OPEN'",
                status.name(), now, offerId) == 1;
    }

    void reopen(long entryId) {
        jdbc.update("update waitlist_entry set offer_open = false where id = ?", entryId);
    }

    /** Open offers whose hold has run out: (offer id, entry id, slot id, office id, slot start). */
    List<Expired> expiredOffers(LocalDateTime now) {
        return jdbc.query("select o.id, o.entry_id, o.slot_id, e.office_id, o.slot_start from waitlist_offer o"
                + " join waitlist_entry e on e.id = o.entry_id where o.status = 'OPEN' and o.hold_until <= ?",
                (rs, row) -> new Expired(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDateTime.class)), now);
    }

    record Expired(long offerId, long entryId, long slotId, long officeId, LocalDateTime slotStart) {
    }

    void served(long entryId, LocalDateTime now) {
        jdbc.update("update waitlist_demand set served_at = ? where id = (select demand_id from waitlist_entry"
                + " where id = ?)", now, entryId);
    }

    void delete(long entryId) {
        jdbc.update("delete from waitlist_entry where id = ?", entryId);
    }

    /** Entries whose last useful day has passed. */
    List<WaitlistEntry> expired(LocalDate today) {
        return entries("where last_date < ?", today);
    }

    List<Demand> demand(LocalDateTime from, LocalDateTime until) {
        return jdbc.query("select office_id, topic, language, joined_at, served_at from waitlist_demand"
                + " where joined_at >= ? and joined_at < ?", (rs, row) -> new Demand(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)),
                from, until);
    }

    record Demand(long officeId, String topic, String language, LocalDateTime joinedAt,
            @Nullable LocalDateTime servedAt) {
    }
}
