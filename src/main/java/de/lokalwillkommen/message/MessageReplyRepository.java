package de.lokalwillkommen.message;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MessageReplyRepository extends JpaRepository<MessageReply, Long> {

    /** The thread in the order the turns were saved (identity order: two racing turns keep theirs). */
    List<MessageReply> findByMessageIdOrderByIdAsc(long messageId);

    Optional<MessageReply> findByMessageIdAndRequestId(long messageId, String requestId);

    @Modifying
    @Query(value = """
            update message_reply set body = null where message_id in
              (select id from message where anonymised_at is not null) and body is not null""", nativeQuery = true)
    int eraseRepliesOfAnonymised();
}
