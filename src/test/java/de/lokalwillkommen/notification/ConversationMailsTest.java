package de.lokalwillkommen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.mail.TemplatedMail;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.MessageCategory;
import de.lokalwillkommen.message.MessageDetails;
import de.lokalwillkommen.message.MessageEvents;
import de.lokalwillkommen.message.MessageReceipt;
import de.lokalwillkommen.message.MessageRequest;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.message.MessageStatus;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
@WithUserDetails("brackel")
class ConversationMailsTest {

    @Autowired
    MessageService messages;
    @Autowired
    ConversationService conversations;
    @Autowired
    ConversationMails mails;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;

    private long countLogged(String reference) {
        return jdbc.queryForObject("select count(*) from mail_log where kind = 'message.answered' and reference = ?",
                Long.class, "message:" + reference);
    }

    private MessageDetails answered(String email) {
        MessageReceipt receipt = messages.send(new MessageRequest("brackel-aplerbeck", MessageCategory.NEWCOMER,
                "Wie melde ich mich an?", "fa", "", "", email, true, UUID.randomUUID().toString(), null));
        long office = offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
        long id = messages.inbox(office, List.of(MessageStatus.values()), 0, 1000).stream()
                .filter(m -> m.reference().equals(receipt.reference())).findFirst().orElseThrow().id();
        return conversations.answer(office, id, "Geheimer Antworttext", UUID.randomUUID().toString());
    }

    @Test
    void theNoticeOfAnAnswerCarriesTheLinkNeverTheTextAndGoesOutOncePerAnswer() throws Exception {
        MessageDetails message = answered("leyla@example.org");
        for (int i = 0; i < 100 && countLogged(message.reference()) == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(countLogged(message.reference())).isEqualTo(1);

        // The same event again (a retry, a second server): nothing more goes out.
        MessageEvents.Answered again = new MessageEvents.Answered(message.id(), message.replies().getFirst().id(),
                message.officeId(), "fa");
        assertThat(mails.notify(again)).isEmpty();
        assertThat(countLogged(message.reference())).isEqualTo(1);

        TemplatedMail mail = mails.mail(conversations.forNotice(message.id()).orElseThrow());
        assertThat(mail.language()).isEqualTo("fa");
        assertThat(mail.manageLink()).matches(".*/conversation/[A-Za-z0-9_-]{43}");
        assertThat(mail.toString()).doesNotContain("Geheimer Antworttext").doesNotContain("Wie melde ich mich an");
    }

    @Test
    void aWriterWithoutAnAddressGetsNoMailButTheLinkPageShowsTheAnswer() {
        MessageDetails message = answered("");
        assertThat(conversations.forNotice(message.id())).isEmpty();
        assertThat(mails.notify(new MessageEvents.Answered(message.id(), message.replies().getFirst().id(),
                message.officeId(), "fa"))).isEmpty();
    }
}
