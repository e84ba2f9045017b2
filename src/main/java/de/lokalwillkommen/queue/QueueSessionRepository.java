package de.lokalwillkommen.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QueueSessionRepository extends JpaRepository<QueueSession, Long> {

    Optional<QueueSession> findByCode(String code);

    Optional<QueueSession> findByOfficeIdAndVenueKeyAndDay(long officeId, long venueKey, LocalDate day);

    boolean existsByCode(String code);

    /**
     * Draws the session's next number. The update locks the session's row until the transaction ends, so the
     * device check that follows in the same transaction cannot race another tap of the same phone.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update queue_session set last_number = last_number + 1 where id = :id", nativeQuery = true)
    int drawNumber(@Param("id") long id);

    @Query(value = "select last_number from queue_session where id = :id", nativeQuery = true)
    int lastNumber(@Param("id") long id);

    @Query(value = "select id from queue_session where session_day < :today and figures_at is null order by id", nativeQuery = true)
    List<Long> overBefore(@Param("today") LocalDate today);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update queue_session set figures_at = :at, walk_ins = :walkIns, checked_in = :checkedIn, served = :served,
              left_early = :leftEarly, wait_median_s = :median, wait_p90_s = :p90 where id = :id""", nativeQuery = true)
    int keepFigures(@Param("id") long id, @Param("at") LocalDateTime at, @Param("walkIns") int walkIns,
            @Param("checkedIn") int checkedIn, @Param("served") int served, @Param("leftEarly") int leftEarly,
            @Param("median") Integer median, @Param("p90") Integer p90);
}
