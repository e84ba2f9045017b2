package de.lokalwillkommen.queue;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The anonymous waits kept after a day's numbers are deleted (table queue_wait). */
interface QueueWaitRepository extends Repository<QueueSession, Long> {

    @Modifying
    @Query(value = "insert into queue_wait (session_id, wait_s, booked) values (:session, :wait, :booked)",
            nativeQuery = true)
    int keep(@Param("session") long sessionId, @Param("wait") int waitSeconds, @Param("booked") boolean booked);
}
