package de.lokalwillkommen.message;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.PlainText;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.client.ClientKey;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.security.SignedInStaff;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message as a conversation: the writer reads and replies through the personal link (no account; the link's
 * token is the only key), the office's team answers from the inbox. A reply and an answer are rows of their own, so
 * a reply racing an answer keeps both, in order; one request id per typed text makes a double tap save once.
 * Refusals are {@link UserFacingException}s with a translation key. An unknown and an erased link answer alike.
 */
@Service
public class ConversationService {

    /** Tokens are 43 characters; anything much longer needs no database look-up. */
    private static final int TOKEN_MAX = 100;

    private final MessageRepository messages;
    private final MessageReplyRepository replies;
    private final MessageService inbox;
    private final OfficeService offices;
    private final FloodGuard flood;
    private final ClientKeys clientKeys;
    private final ConversationSettings settings;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ConversationService(MessageRepository messages, MessageReplyRepository replies, MessageService inbox,
            OfficeService offices, FloodGuard flood, ClientKeys clientKeys, ConversationSettings settings,
            ApplicationEventPublisher events, AuditLog audit, MunicipalityProperties municipality, Clock clock,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.replies = replies;
        this.inbox = inbox;
        this.offices = offices;
        this.flood = flood;
        this.clientKeys = clientKeys;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.municipality = municipality;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public int replyMax() {
        return settings.replyMax();
    }

    /** The conversation behind a link, without counting as opened. */
    public Optional<Conversation> peek(String token) {
        return transaction.execute(status -> byToken(token).map(this::asWriterSees));
    }

    /** The conversation behind a link, and a note that the writer opened it (which keeps it from closing). */
    public Optional<Conversation> open(String token) {
        return transaction.execute(status -> {
            Optional<Message> found = byToken(token);
            found.ifPresent(m -> messages.markSeen(m.getId(), now()));
            return found.map(this::asWriterSees);
        });
    }

    /** The writer's reply; the same {@code requestId} saves once. */
    public Conversation reply(String token, String text, String requestId, @Nullable String clientAddress) {
        Message message = byToken(token).orElseThrow(() -> new UserFacingException("conversation.notFound"));
        if (replies.findByMessageIdAndRequestId(message.getId(), requestId).isEmpty()) {
            refuseBadText(text, requestId);
            ClientKey client = clientKeys.of(clientAddress);
            if (client != null && !flood.tryAcquire(client)) {
                throw new UserFacingException("message.error.tooMany");
            }
            save(message.getId(), requestId, () -> {
                replies.save(new MessageReply(message.getId(), false, null, message.getAnswerLanguage(), text.strip(),
                        requestId, now()));
                messages.markWriterReplied(message.getId(), now());
            });
        }
        return open(token).orElseThrow(() -> new UserFacingException("conversation.notFound"));
    }

    /** The writer says the question is settled: the conversation closes (retention then runs its course). */
    public Conversation markSolved(String token) {
        Message message = byToken(token).orElseThrow(() -> new UserFacingException("conversation.notFound"));
        transaction.executeWithoutResult(status -> messages.markSolved(message.getId(), now()));
        return open(token).orElseThrow(() -> new UserFacingException("conversation.notFound"));
    }

    /** The writer deletes the conversation: text, contact details, replies and notes are erased now, the link dies. */
    public void delete(String token) {
        Message message = byToken(token).orElseThrow(() -> new UserFacingException("conversation.notFound"));
        transaction.executeWithoutResult(status -> {
            messages.eraseNow(message.getId(), now());
            replies.eraseRepliesOfAnonymised();
            messages.eraseNotesOfAnonymised();
            audit.changed(AuditAction.DELETE, MessageService.RECORD, message.getId(), message.getOfficeId(),
                    "erased by the writer");
        });
    }

    /**
     * The team's answer, in the writer's language; the status moves to ANSWERED and
     * {@link MessageEvents.Answered} tells the notices. The same {@code requestId} saves once.
     */
    public MessageDetails answer(@Nullable Long officeId, long messageId, String text, String requestId) {
        SignedInStaff author = inbox.requireInbox(officeId);
        Message message = inbox.find(officeId, messageId);
        if (message.isAnonymised()) {
            throw new UserFacingException("conversation.error.erased");
        }
        if (replies.findByMessageIdAndRequestId(messageId, requestId).isEmpty()) {
            refuseBadText(text, requestId);
            save(messageId, requestId, () -> {
                MessageReply saved = replies.save(new MessageReply(messageId, true, author.displayName(),
                        message.getAnswerLanguage(), text.strip(), requestId, now()));
                messages.markAnswered(messageId, now());
                audit.changed(AuditAction.CHANGE, MessageService.RECORD, messageId, officeId, "answered");
                events.publishEvent(new MessageEvents.Answered(messageId, saved.getId(), officeId,
                        message.getAnswerLanguage()));
            });
        }
        return Objects.requireNonNull(transaction.execute(status -> inbox.details(inbox.find(officeId, messageId))));
    }

    /** What the notice of an answer needs: where to (if anywhere), in which language, which link. Never the text. */
    public Optional<AnswerNotice> forNotice(long messageId) {
        return Optional.ofNullable(transaction.execute(status -> messages.findById(messageId)
                .filter(m -> !m.isAnonymised() && m.getLinkToken() != null && m.getContactEmail() != null)
                .map(m -> new AnswerNotice(m.getReference(), Objects.requireNonNull(m.getContactEmail()),
                        m.getAnswerLanguage(), Objects.requireNonNull(m.getLinkToken()), officeOf(m)))
                .orElse(null)));
    }

    /**
     * What a push notice of an answer needs (issue 15's push): the link and the language, whether or not an
     * e-mail address was given. Empty once the conversation is erased.
     */
    public Optional<PushTarget> forPush(long messageId) {
        return Optional.ofNullable(transaction.execute(status -> messages.findById(messageId)
                .filter(m -> !m.isAnonymised() && m.getLinkToken() != null)
                .map(m -> new PushTarget(Objects.requireNonNull(m.getLinkToken()), m.getAnswerLanguage(),
                        officeOf(m) == null ? municipality.coordinationName()
                                : Objects.requireNonNull(officeOf(m)).name()))
                .orElse(null)));
    }

    public record PushTarget(String linkToken, String language, String officeName) {
    }

    /** The record a link stands for, for the push opt-in on the link page; empty for an unknown or erased link. */
    public Optional<Long> messageIdOf(String token) {
        return transaction.execute(status -> byToken(token).map(Message::getId));
    }

    public record AnswerNotice(String reference, String email, String language, String linkToken,
            @Nullable OfficeDetails office) {
    }

    private void save(long messageId, String requestId, Runnable work) {
        try {
            transaction.executeWithoutResult(status -> work.run());
        } catch (DataIntegrityViolationException duplicate) {
            // The same text raced itself (double tap): the first one was saved.
            if (replies.findByMessageIdAndRequestId(messageId, requestId).isEmpty()) {
                throw duplicate;
            }
        }
    }

    private void refuseBadText(String text, String requestId) {
        if (PlainText.hasControlCharacters(text)) {
            throw new UserFacingException(PlainText.PROBLEM);
        }
        if (text.isBlank()) {
            throw new UserFacingException("conversation.error.empty");
        }
        if (text.strip().length() > settings.replyMax()) {
            throw new UserFacingException("conversation.error.tooLong", settings.replyMax());
        }
        if (requestId.isBlank() || requestId.length() > 64) {
            throw new UserFacingException("validation.invalidForm");
        }
    }

    private Optional<Message> byToken(String token) {
        if (token.isBlank() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        return messages.findByLinkToken(token).filter(m -> !m.isAnonymised());
    }

    private Conversation asWriterSees(Message m) {
        LocalDateTime answered = m.getLastAnswerAt();
        LocalDateTime seen = m.getWriterSeenAt();
        boolean newAnswer = answered != null && (seen == null || seen.isBefore(answered));
        return new Conversation(m.getReference(), officeOf(m) == null ? municipality.coordinationName()
                : Objects.requireNonNull(officeOf(m)).name(), m.getCategory(), m.getAnswerLanguage(),
                m.getReceivedAt(), Objects.requireNonNullElse(m.getBody(), ""), m.getStatus(), newAnswer,
                replies.findByMessageIdOrderByIdAsc(m.getId()).stream().map(r -> r.toEntry(false)).toList());
    }

    private @Nullable OfficeDetails officeOf(Message m) {
        Long officeId = m.getOfficeId();
        return officeId == null ? null : offices.findById(officeId).orElse(null);
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }
}
