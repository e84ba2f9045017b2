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
              link_token = null, anonymised_at = :now
            where status = 'CLOSED' and closed_at < :cutoff and anonymised_at is null""", nativeQuery = true)
    int anonymiseClosedBefore(@Param("cutoff") LocalDateTime cutoff, @Param("now") LocalDateTime now);

    /**
     * Erases text and contact details of messages never closed whose last activity (received, last note, last answer
     * or reply) was before the cutoff, whatever their status: a forgotten message must not keep its sender's data for
     * ever.
     */
    @Modifying
    @Query(value = """
            update message set body = null, contact_name = null, contact_phone = null, contact_email = null,
              link_token = null, anonymised_at = :now
            where status <> 'CLOSED' and anonymised_at is null and received_at < :cutoff
              and not exists (select 1 from message_note n where n.message_id = message.id and n.written_at >= :cutoff)
              and not exists (select 1 from message_reply r where r.message_id = message.id and r.written_at >= :cutoff)""",
            nativeQuery = true)
    int anonymiseOpenInactiveBefore(@Param("cutoff") LocalDateTime cutoff, @Param("now") LocalDateTime now);

    @Modifying
    @Query(value = """
            update message_note set body = null where message_id in
              (select id from message where anonymised_at is not null) and body is not null""", nativeQuery = true)
    int eraseNotesOfAnonymised();

    Optional<Message> findByLinkToken(String linkToken);

    /** The office answered: the status moves to ANSWERED; a racing writer's reply is a row of its own and stays. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            update message set status = 'ANSWERED', closed_at = null, last_answer_at = :now,
              first_answer_at = coalesce(first_answer_at, :now), version = version + 1
            where id = :id and anonymised_at is null""", nativeQuery = true)
    int markAnswered(@Param("id") long id, @Param("now") LocalDateTime now);

    /** The writer replied: an answered or closed conversation is open again for the team. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            update message set status = case when status in ('ANSWERED', 'CLOSED') then 'IN_PROGRESS' else status end,
              closed_at = null, writer_seen_at = :now, version = version + 1
            where id = :id and anonymised_at is null""", nativeQuery = true)
    int markWriterReplied(@Param("id") long id, @Param("now") LocalDateTime now);

    /** The writer opened the link; no version change, so the team's open dialog stays current. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "update message set writer_seen_at = :now where id = :id", nativeQuery = true)
    int markSeen(@Param("id") long id, @Param("now") LocalDateTime now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            update message set status = 'CLOSED', closed_at = :now, version = version + 1
            where id = :id and anonymised_at is null""", nativeQuery = true)
    int markSolved(@Param("id") long id, @Param("now") LocalDateTime now);

    /** The writer deleted the conversation: its personal data goes at once, the counts stay. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            update message set body = null, contact_name = null, contact_phone = null, contact_email = null,
              link_token = null, anonymised_at = :now, status = 'CLOSED', closed_at = coalesce(closed_at, :now),
              version = version + 1
            where id = :id and anonymised_at is null""", nativeQuery = true)
    int eraseNow(@Param("id") long id, @Param("now") LocalDateTime now);

    /**
     * Closes answered conversations the writer has left alone since before the cutoff: neither the last answer
     * nor the writer's last opening of the link is newer.
     */
    @Modifying
    @Query(value = """
            update message set status = 'CLOSED', closed_at = :now, version = version + 1
            where status = 'ANSWERED' and anonymised_at is null and last_answer_at < :cutoff
              and (writer_seen_at is null or writer_seen_at < :cutoff)""", nativeQuery = true)
    int closeUnreadAnsweredBefore(@Param("cutoff") LocalDateTime cutoff, @Param("now") LocalDateTime now);
}
