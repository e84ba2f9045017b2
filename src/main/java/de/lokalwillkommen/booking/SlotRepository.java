package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SlotRepository extends JpaRepository<Slot, Long> {

    /**
     * Takes one place if one is free: a single conditional update, so two people can never both get
     * the last place. Returns 1 when taken, 0 when full, cancelled or too soon.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update slot set booked = booked + 1
            where id = :id and not cancelled and start_local >= :earliest
              and booked < case when :staff then capacity else online_capacity end""", nativeQuery = true)
    int takePlace(@Param("id") long id, @Param("earliest") LocalDateTime earliest, @Param("staff") boolean staff);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update slot set booked = booked - 1 where id = :id and booked > 0", nativeQuery = true)
    int releasePlace(@Param("id") long id);

    @Query("""
            select s from Slot s where s.officeId = :officeId and not s.cancelled and s.start >= :from
              and s.start < :until and s.booked < s.onlineCapacity order by s.start, s.id""")
    List<Slot> freeOnline(@Param("officeId") long officeId, @Param("from") LocalDateTime from,
            @Param("until") LocalDateTime until, Limit limit);

    @Query("""
            select s from Slot s where s.officeId = :officeId and not s.cancelled and s.start >= :from
              and s.start < :until and s.booked < s.capacity order by s.start, s.id""")
    List<Slot> freeForStaff(@Param("officeId") long officeId, @Param("from") LocalDateTime from,
            @Param("until") LocalDateTime until, Limit limit);

    List<Slot> findByOfficeIdAndStartGreaterThanEqualAndStartLessThanOrderByStart(long officeId, LocalDateTime from,
            LocalDateTime until);

    List<Slot> findByRuleIdAndStartGreaterThanEqual(long ruleId, LocalDateTime from);

    List<Slot> findByOfficeIdAndStartGreaterThanEqual(long officeId, LocalDateTime from);

    /** Deletes the slots nobody holds a place in and no booking (not even a cancelled one) refers to. */
    @Modifying
    @Query("""
            delete from Slot s where s.id in :ids and s.booked = 0
              and not exists (select b.id from Booking b where b.slotId = s.id)""")
    int deleteUnbooked(@Param("ids") Collection<Long> ids);

    /**
     * Takes unbooked slots that cancelled bookings still refer to out of the schedule: they can no longer be
     * booked, and without their rule a re-plan may create a fresh slot at the same time.
     */
    @Modifying
    @Query("""
            update Slot s set s.cancelled = true, s.ruleId = null, s.cancelReason = :reason
            where s.id in :ids and s.booked = 0""")
    int retireUnbooked(@Param("ids") Collection<Long> ids, @Param("reason") String reason);

    /** The online places of an office still free from a moment on: what the hourly brake measures against. */
    @Query("""
            select coalesce(sum(s.onlineCapacity - s.booked), 0) from Slot s where s.officeId = :officeId
              and not s.cancelled and s.start >= :from and s.booked < s.onlineCapacity""")
    long freeOnlinePlaces(@Param("officeId") long officeId, @Param("from") LocalDateTime from);
}
