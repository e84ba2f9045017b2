package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The read-only look-ups {@link SessionDays} makes for the walk-in queue. */
interface SessionDayRepository extends Repository<Slot, Long> {

    @Query("""
            select s from Slot s where s.officeId = :office and not s.cancelled and s.start >= :from and s.start < :until
            order by s.start, s.id""")
    List<Slot> openBetween(@Param("office") long officeId, @Param("from") LocalDateTime from,
            @Param("until") LocalDateTime until);

    @Query("""
            select new de.lokalwillkommen.booking.Appointment(b.id, s.start, b.language, b.interpreter, b.topic)
            from Booking b, Slot s where s.id = b.slotId and b.officeId = :office and b.code = :code
              and b.status = de.lokalwillkommen.booking.BookingStatus.BOOKED and s.start >= :from and s.start < :until""")
    Optional<Appointment> booked(@Param("office") long officeId, @Param("code") String code,
            @Param("from") LocalDateTime from, @Param("until") LocalDateTime until);
}
