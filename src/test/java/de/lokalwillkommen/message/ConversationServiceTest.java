package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AppTest
@RecordApplicationEvents
class ConversationServiceTest {

    @Autowired
    MessageService messages;
    @Autowired
    ConversationService conversations;
    @Autowired
    MessageRetention retention;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    Clock clock;

    private long brackel() {
        return offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
    }

    private MessageReceipt write(String office) {
        return messages.send(MessageServiceTest.request(office));
    }

    private long idOf(MessageReceipt receipt) {
        return jdbc.queryForObject("select id from message where reference = ?", Long.class, receipt.reference());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String client() {
        return "client-" + UUID.randomUUID();
    }

    private Conversation page(MessageReceipt receipt) {
        return conversations.open(receipt.linkToken()).orElseThrow();
    }

    @Test
    @WithUserDetails("brackel")
    void theThreadShowsTheFirstMessageThenAnswersAndRepliesOldestFirstAndTheStatusFollows() {
        MessageReceipt receipt = write("brackel-aplerbeck");
        long id = idOf(receipt);
        assertThat(receipt.linkToken()).hasSizeGreaterThanOrEqualTo(43);

        MessageDetails answered = conversations.answer(brackel(), id, "سلام، لطفاً قرارداد اجاره را بیاورید.", key());
        assertThat(answered.status()).isEqualTo(MessageStatus.ANSWERED);
        conversations.reply(receipt.linkToken(), "Danke, ich komme am Dienstag.", key(), client());
        assertThat(messages.open(brackel(), id).status()).isEqualTo(MessageStatus.IN_PROGRESS);
        conversations.answer(brackel(), id, "Gut, bis Dienstag.", key());

        Conversation conversation = page(receipt);
        assertThat(conversation.text()).startsWith("Die Heizung");
        assertThat(conversation.entries()).extracting(ThreadEntry::text).containsExactly(
                "سلام، لطفاً قرارداد اجاره را بیاورید.", "Danke, ich komme am Dienstag.", "Gut, bis Dienstag.");
        assertThat(conversation.entries()).extracting(ThreadEntry::fromOffice).containsExactly(true, false, true);
        // The answer is marked with the writer's chosen language (Arabic in this request), whoever typed it.
        assertThat(conversation.entries()).allSatisfy(e -> assertThat(e.language()).isEqualTo("ar"));
        assertThat(conversation.status()).isEqualTo(MessageStatus.ANSWERED);
        assertThat(events.stream(MessageEvents.Answered.class).filter(e -> e.messageId() == id))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.officeId()).isEqualTo(brackel());
                    assertThat(e.language()).isEqualTo("ar");
                });
    }

    @Test
    @WithUserDetails("brackel")
    void aReplyRacingAStaffAnswerKeepsBothInTheOrderTheyWereSaved() throws Exception {
        MessageReceipt receipt = write("brackel-aplerbeck");
        long id = idOf(receipt);
        SecurityContext staff = SecurityContextHolder.getContext();
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<?> answer = race(start, () -> {
            SecurityContextHolder.setContext(staff);
            return conversations.answer(brackel(), id, "Antwort des Teams", key());
        });
        CompletableFuture<?> reply = race(start, () -> conversations.reply(receipt.linkToken(), "Nachtrag", key(), client()));
        answer.get();
        reply.get();

        List<String> saved = jdbc.queryForList("select body from message_reply where message_id = ? order by id",
                String.class, id);
        assertThat(saved).containsExactlyInAnyOrder("Antwort des Teams", "Nachtrag");
        assertThat(page(receipt).entries()).extracting(ThreadEntry::text).containsExactlyElementsOf(saved);
    }

    private static CompletableFuture<?> race(CyclicBarrier start, Supplier<?> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return work.get();
        });
    }

    @Test
    @WithUserDetails("brackel")
    void aStaffMemberOfAnotherOfficeCanNeitherReadNorAnswer() {
        MessageReceipt theirs = write("mengede-huckarde");
        long mengede = offices.findBySlug("mengede-huckarde").orElseThrow().id();

        assertThatThrownBy(() -> conversations.answer(mengede, idOf(theirs), "Hallo", key()))
                .isInstanceOf(AccessDeniedException.class);
        // Through one's own office the other office's conversation does not exist.
        assertThatThrownBy(() -> conversations.answer(brackel(), idOf(theirs), "Hallo", key()))
                .hasMessage("error.notFound");
        assertThat(jdbc.queryForObject("select count(*) from message_reply where message_id = ?", Integer.class,
                idOf(theirs))).isZero();
    }

    @Test
    @WithUserDetails("brackel")
    void internalNotesAndStaffNamesNeverReachTheLinkPage() {
        MessageReceipt receipt = write("brackel-aplerbeck");
        long id = idOf(receipt);
        messages.addNote(brackel(), id, "Vermieter ist bekannt schwierig");
        conversations.answer(brackel(), id, "Wir kümmern uns.", key());

        Conversation conversation = page(receipt);
        assertThat(conversation.toString()).doesNotContain("Vermieter ist bekannt schwierig")
                .doesNotContain("Team Brackel/Aplerbeck");
        assertThat(conversation.entries()).singleElement().satisfies(e -> assertThat(e.author()).isNull());
        // The team sees who answered.
        assertThat(messages.open(brackel(), id).replies()).singleElement()
                .satisfies(e -> assertThat(e.author()).isEqualTo("Team Brackel/Aplerbeck"));
    }

    @Test
    @WithUserDetails("brackel")
    void anAnsweredConversationTheWriterLeavesAloneClosesByItselfAndOneOpenedLatelyStays() {
        LocalDateTime now = municipality.now(clock);
        MessageReceipt forgotten = write("brackel-aplerbeck");
        MessageReceipt readLately = write("brackel-aplerbeck");
        for (MessageReceipt receipt : List.of(forgotten, readLately)) {
            conversations.answer(brackel(), idOf(receipt), "Antwort", key());
            jdbc.update("update message set last_answer_at = ? where id = ?", now.minusDays(31), idOf(receipt));
        }
        jdbc.update("update message set writer_seen_at = ? where id = ?", now.minusDays(2), idOf(readLately));

        retention.anonymiseClosedMessages();

        assertThat(jdbc.queryForObject("select status from message where id = ?", String.class, idOf(forgotten)))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select status from message where id = ?", String.class, idOf(readLately)))
                .isEqualTo("ANSWERED");
        // Closed is not erased: the writer can still read it until retention's 90 days are over.
        assertThat(conversations.open(forgotten.linkToken())).isPresent();
    }

    @Test
    @WithUserDetails("brackel")
    void deletingTheConversationErasesItsPersonalDataAtOnceAndTheLinkThenAnswersLikeAnUnknownOne() {
        MessageReceipt receipt = write("brackel-aplerbeck");
        long id = idOf(receipt);
        messages.addNote(brackel(), id, "Notiz");
        conversations.answer(brackel(), id, "Antwort", key());
        conversations.reply(receipt.linkToken(), "Rückfrage", key(), client());

        conversations.delete(receipt.linkToken());

        assertThat(jdbc.queryForMap("select body, contact_name, contact_email, link_token, category from message where id = ?", id))
                .containsEntry("body", null).containsEntry("contact_name", null).containsEntry("contact_email", null)
                .containsEntry("link_token", null).containsEntry("category", "LANDLORD");
        assertThat(jdbc.queryForList("select body from message_reply where message_id = ?", String.class, id))
                .hasSize(2).containsOnlyNulls();
        assertThat(jdbc.queryForObject("select body from message_note where message_id = ?", String.class, id)).isNull();
        assertThat(conversations.open(receipt.linkToken())).isEmpty();
        assertThat(conversations.open("never-issued-" + UUID.randomUUID())).isEmpty();
        assertThatThrownBy(() -> conversations.reply(receipt.linkToken(), "Hallo?", key(), client()))
                .hasMessage("conversation.notFound");
        assertThatThrownBy(() -> conversations.reply("never-issued", "Hallo?", key(), client()))
                .hasMessage("conversation.notFound");
    }

    @Test
    @WithUserDetails("brackel")
    void retentionErasesAConversationLikeAMessageAndItsLinkStopsWorking() {
        MessageReceipt receipt = write("brackel-aplerbeck");
        long id = idOf(receipt);
        conversations.answer(brackel(), id, "Antwort", key());
        conversations.markSolved(receipt.linkToken());
        jdbc.update("update message set closed_at = ? where id = ?", municipality.now(clock).minusDays(91), id);

        retention.anonymiseClosedMessages();

        assertThat(conversations.open(receipt.linkToken())).isEmpty();
        assertThat(jdbc.queryForObject("select body from message_reply where message_id = ?", String.class, id)).isNull();
    }

    @Test
    @WithUserDetails("brackel")
    void aDoubleTapSavesOneReplyAndOneAnswer() throws Exception {
        MessageReceipt receipt = write("brackel-aplerbeck");
        long id = idOf(receipt);
        String replyKey = key();
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<?> first = race(start, () -> conversations.reply(receipt.linkToken(), "Doppelt", replyKey, client()));
        CompletableFuture<?> second = race(start, () -> conversations.reply(receipt.linkToken(), "Doppelt", replyKey, client()));
        first.get();
        second.get();
        String answerKey = key();
        conversations.answer(brackel(), id, "Einmal", answerKey);
        conversations.answer(brackel(), id, "Einmal", answerKey);

        assertThat(jdbc.queryForList("select body from message_reply where message_id = ? order by id", String.class, id))
                .containsExactly("Doppelt", "Einmal");
        assertThat(events.stream(MessageEvents.Answered.class).filter(e -> e.messageId() == id)).hasSize(1);
    }

    @Test
    void theFloodLimitCoversReplies() {
        MessageReceipt receipt = write("brackel-aplerbeck");
        String client = "flood-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            conversations.reply(receipt.linkToken(), "Antwort " + i, key(), client);
        }
        assertThatThrownBy(() -> conversations.reply(receipt.linkToken(), "Noch eine", key(), client))
                .hasMessage("message.error.tooMany");
    }

    @Test
    void emptyOverLongAndControlCharacterRepliesAreRefusedWithAReason() {
        MessageReceipt receipt = write("brackel-aplerbeck");
        assertThatThrownBy(() -> conversations.reply(receipt.linkToken(), "  \n ", key(), client()))
                .hasMessage("conversation.error.empty");
        assertThatThrownBy(() -> conversations.reply(receipt.linkToken(), "x".repeat(conversations.replyMax() + 1),
                key(), client())).isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("conversation.error.tooLong");
                    assertThat(e.args()).containsExactly(4000);
                });
        assertThatThrownBy(() -> conversations.reply(receipt.linkToken(), "Hallo\u0000", key(), client()))
                .hasMessage("validation.controlCharacters");
        assertThat(page(receipt).entries()).isEmpty();
    }

    @Test
    void solvedClosesTheConversationAndAReplyOpensItAgainForTheTeam() {
        MessageReceipt receipt = write("brackel-aplerbeck");
        assertThat(conversations.markSolved(receipt.linkToken()).closed()).isTrue();
        assertThat(conversations.reply(receipt.linkToken(), "Doch noch eine Frage", key(), client()).status())
                .isEqualTo(MessageStatus.IN_PROGRESS);
    }
}
