package de.lokalwillkommen.message;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MessageRepository extends JpaRepository<Message, Long> {

    Optional<Message> findByIdempotencyKey(String idempotencyKey);

    boolean existsByReference(String reference);

    Optional<Message> findByIdAndOfficeId(long id, @Nullable Long officeId);

    List<Message> findByOfficeIdAndStatusInOrderByReceivedAtDesc(@Nullable Long officeId, Collection<MessageStatus> statuses,
            Pageable page);

    long countByOfficeIdAndStatusIn(@Nullable Long officeId, Collection<MessageStatus> statuses);

    /** Erases text and contact details of messages closed before the cutoff; the counts stay. */
    @Modifying
    @Query(value = """
            update message set body = null, contact_name = null, contact_phone = null, contact_email = null,
              anonymised_at = :now
            where status = 'CLOSED' and closed_at < :cutoff and anonymised_at is null""", nativeQuery = true)
    int anonymiseClosedBefore(@Param("cutoff") LocalDateTime cutoff, @Param("now") LocalDateTime now);

    /**
     * Erases text and contact details of messages never closed whose last activity (received, last note) was before
     * the cutoff, whatever their status: a forgotten message must not keep its sender's data for ever.
     */
    @Modifying
    @Query(value = """
            update message set body = null, contact_name = null, contact_phone = null, contact_email = null,
              anonymised_at = :now
            where status <> 'CLOSED' and anonymised_at is null and received_at < :cutoff
              and not exists (select 1 from message_note n where n.message_id = message.id and n.written_at >= :cutoff)""",
            nativeQuery = true)
    int anonymiseOpenInactiveBefore(@Param("cutoff") LocalDateTime cutoff, @Param("now") LocalDateTime now);

    @Modifying
    @Query(value = """
            update message_note set body = null where message_id in
              (select id from message where anonymised_at is not null) and body is not null""", nativeQuery = true)
    int eraseNotesOfAnonymised();
}
