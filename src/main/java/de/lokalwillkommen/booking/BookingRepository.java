package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookingRepository extends JpaRepository<Booking, Long> {

    Optional<Booking> findByManageToken(String manageToken);

    /**
     * Removes the personal data of bookings whose consultation is older than the cut-off; topic,
     * language, persons and status stay for the office's figures.
     */
    @Modifying
    @Query(value = """
            update booking set name = null, phone = null, email = null, device_id = null, note = null,
              cancel_reason = null, idempotency_key = null, client_hash = null, phone_key = null, email_key = null
            where (name is not null or phone is not null or email is not null or device_id is not null
                   or note is not null)
              and slot_id in (select id from slot where start_local < :cutoff)""", nativeQuery = true)
    int anonymiseBefore(@Param("cutoff") LocalDateTime cutoff);

    Optional<Booking> findByIdempotencyKey(String idempotencyKey);

    /** Active bookings with an e-mail address whose consultation starts in (from, until]: reminder candidates. */
    @Query("""
            select b from Booking b, Slot s where b.slotId = s.id and b.status = de.lokalwillkommen.booking.BookingStatus.BOOKED
              and b.email is not null and s.start > :from and s.start <= :until order by s.start, b.id""")
    List<Booking> activeWithEmailStartingBetween(@Param("from") LocalDateTime from, @Param("until") LocalDateTime until);

    boolean existsByCode(String code);

    List<Booking> findBySlotIdAndStatus(long slotId, BookingStatus status);

    List<Booking> findBySlotIdInOrderBySlotId(Collection<Long> slotIds);

    @Query("""
            select count(b) from Booking b, Slot s where b.slotId = s.id and b.status = de.lokalwillkommen.booking.BookingStatus.BOOKED
              and s.start >= :now and b.phoneKey = :phone""")
    long activeByPhone(@Param("phone") String phone, @Param("now") LocalDateTime now);

    @Query("""
            select count(b) from Booking b, Slot s where b.slotId = s.id and b.status = de.lokalwillkommen.booking.BookingStatus.BOOKED
              and s.start >= :now and b.emailKey = :email""")
    long activeByEmail(@Param("email") String email, @Param("now") LocalDateTime now);

    @Query("""
            select count(b) from Booking b, Slot s where b.slotId = s.id and b.status = de.lokalwillkommen.booking.BookingStatus.BOOKED
              and s.start >= :now and b.deviceId = :device""")
    long activeByDevice(@Param("device") String device, @Param("now") LocalDateTime now);

    /** Online bookings of an office made since a moment, whatever became of them: how fast places go. */
    @Query("""
            select count(b) from Booking b where b.officeId = :office and b.channel = de.lokalwillkommen.booking.Channel.SELF
              and b.createdAt >= :since""")
    long onlineSince(@Param("office") long officeId, @Param("since") LocalDateTime since);

    /** Online bookings one client key made since a moment, in any office. */
    @Query("""
            select count(b) from Booking b where b.clientHash = :client and b.channel = de.lokalwillkommen.booking.Channel.SELF
              and b.createdAt >= :since""")
    long onlineByClientSince(@Param("client") String clientHash, @Param("since") LocalDateTime since);

    /**
     * Whether the office knows this phone number: a consultation its owner came to, or a booking staff made. (Two
     * queries instead of one with optional parameters: PostgreSQL cannot type a null parameter in "is null".)
     */
    @Query("""
            select count(b) > 0 from Booking b where b.officeId = :office and b.phoneKey = :phone
              and (b.status = de.lokalwillkommen.booking.BookingStatus.ATTENDED or b.channel = de.lokalwillkommen.booking.Channel.STAFF)""")
    boolean knownPhone(@Param("office") long officeId, @Param("phone") String phoneKey);

    /** Whether the office knows this e-mail address (see {@link #knownPhone}). */
    @Query("""
            select count(b) > 0 from Booking b where b.officeId = :office and b.emailKey = :email
              and (b.status = de.lokalwillkommen.booking.BookingStatus.ATTENDED or b.channel = de.lokalwillkommen.booking.Channel.STAFF)""")
    boolean knownEmail(@Param("office") long officeId, @Param("email") String emailKey);

    /** Active online bookings of an office made since a moment, oldest first: the agenda groups them by client. */
    @Query("""
            select b from Booking b where b.officeId = :office and b.channel = de.lokalwillkommen.booking.Channel.SELF
              and b.status = de.lokalwillkommen.booking.BookingStatus.BOOKED and b.createdAt >= :since
            order by b.createdAt, b.id""")
    List<Booking> activeOnlineSince(@Param("office") long officeId, @Param("since") LocalDateTime since);
}
