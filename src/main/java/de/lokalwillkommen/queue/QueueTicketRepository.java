package de.lokalwillkommen.queue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QueueTicketRepository extends JpaRepository<QueueTicket, Long> {

    Optional<QueueTicket> findByToken(String token);

    @Query("""
            select t from QueueTicket t where t.sessionId = :session and t.deviceHash = :device
              and t.status in (de.lokalwillkommen.queue.QueueStatus.WAITING, de.lokalwillkommen.queue.QueueStatus.CALLED,
                               de.lokalwillkommen.queue.QueueStatus.SKIPPED)""")
    List<QueueTicket> activeOfDevice(@Param("session") long sessionId, @Param("device") String deviceHash);

    @Query("select t from QueueTicket t where t.sessionId = :session and t.bookingId = :booking")
    List<QueueTicket> ofBooking(@Param("session") long sessionId, @Param("booking") long bookingId);

    List<QueueTicket> findBySessionIdOrderBySortAtAscIdAsc(long sessionId);

    /** The first waiting numbers in queue order: the candidates "call next" tries to claim. */
    @Query("""
            select t.id from QueueTicket t where t.sessionId = :session
              and t.status = de.lokalwillkommen.queue.QueueStatus.WAITING order by t.sortAt, t.id""")
    List<Long> waitingIds(@Param("session") long sessionId, Limit limit);

    @Query("""
            select count(t) from QueueTicket t where t.sessionId = :session
              and t.status = de.lokalwillkommen.queue.QueueStatus.WAITING
              and (t.sortAt < :sortAt or (t.sortAt = :sortAt and t.id < :id))""")
    int waitingAhead(@Param("session") long sessionId, @Param("sortAt") LocalDateTime sortAt, @Param("id") long id);

    /** The session's last served numbers, newest first: the recent service times. */
    @Query("""
            select t from QueueTicket t where t.sessionId = :session and t.status = de.lokalwillkommen.queue.QueueStatus.SERVED
              and t.calledAt is not null and t.doneAt is not null order by t.doneAt desc""")
    List<QueueTicket> recentlyServed(@Param("session") long sessionId, Limit limit);

    /**
     * Moves a number from one status to another if, and only if, it is still in the first one: of two staff
     * pressing at once, one gets 1 and the other 0.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update queue_ticket set status = :to,
              called_at = case when :to = 'CALLED' then cast(:now as timestamp) else called_at end,
              done_at = case when :to in ('SERVED', 'SKIPPED', 'LEFT') then cast(:now as timestamp) else cast(null as timestamp) end
            where id = :id and session_id = :session and status = :from""", nativeQuery = true)
    int move(@Param("session") long sessionId, @Param("id") long id, @Param("from") String from,
            @Param("to") String to, @Param("now") LocalDateTime now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from queue_ticket where session_id = :session", nativeQuery = true)
    int deleteOfSession(@Param("session") long sessionId);
}
