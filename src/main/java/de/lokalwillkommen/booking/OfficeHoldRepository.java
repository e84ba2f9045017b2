package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfficeHoldRepository extends JpaRepository<OfficeHold, Long> {

    /** Counts one more held attempt in one statement (servers race here); a hold that had ended starts anew. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update booking_hold set held = case when last_at < :ended then 1 else held + 1 end,
              since = case when last_at < :ended then :now else since end, last_at = :now
            where office_id = :office""", nativeQuery = true)
    int countHeld(@Param("office") long officeId, @Param("now") LocalDateTime now, @Param("ended") LocalDateTime ended);
}
