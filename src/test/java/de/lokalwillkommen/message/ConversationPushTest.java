package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushSubscriptions;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.push.TestBrowser;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The writer's phone hears that the office answered (issue 16 item 3 by Web Push): in the conversation's language,
 * with the link, never the answer's text or a name; the subscription goes once the conversation is deleted.
 */
@AppTest
@WithUserDetails("brackel")
class ConversationPushTest {

    @Autowired
    MessageService messages;
    @Autowired
    ConversationService conversations;
    @Autowired
    OfficeService offices;
    @Autowired
    PushSubscriptions push;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext beans;

    @Test
    void anAnswerIsQueuedForTheWritersPhoneWithTheLinkAndWithoutTheAnswersText() {
        MessageReceipt receipt = messages.send(MessageServiceTest.request("brackel-aplerbeck"));
        long id = conversations.messageIdOf(receipt.linkToken()).orElseThrow();
        push.subscribe(OwnerKind.MESSAGE, id, new TestBrowser().subscription(endpoint()), "ar");

        conversations.answer(brackel(), id, "Bitte bringen Sie den Mietvertrag mit.", UUID.randomUUID().toString());

        assertThat(notices(id)).singleElement().satisfies(notice -> {
            assertThat(notice.get("language")).isEqualTo("ar");
            assertThat((String) notice.get("url")).endsWith("conversation/" + receipt.linkToken());
            assertThat((String) notice.get("title")).isEqualTo("ردّ المكتب");
            assertThat(notice.get("title") + " " + notice.get("body")).doesNotContain("Mietvertrag", "Amal",
                    "amal@example.com", "0231");
        });
    }

    @Test
    void theSubscriptionOfADeletedConversationGoesAtTheNextRetentionRun() {
        MessageReceipt receipt = messages.send(MessageServiceTest.request("brackel-aplerbeck"));
        long id = conversations.messageIdOf(receipt.linkToken()).orElseThrow();
        push.subscribe(OwnerKind.MESSAGE, id, new TestBrowser().subscription(endpoint()), "ar");

        conversations.delete(receipt.linkToken());
        beans.getBeansOfType(PersonalDataRetention.class).values().stream()
                .filter(r -> r.name().equals("push subscriptions")).findFirst().orElseThrow()
                .apply(LocalDateTime.of(2026, 12, 7, 3, 0));

        assertThat(jdbc.queryForObject("select count(*) from push_subscription where owner_kind = 'MESSAGE'"
                + " and owner_id = ?", Integer.class, id)).isZero();
        assertThat(conversations.messageIdOf(receipt.linkToken())).isEmpty();
    }

    private long brackel() {
        return offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
    }

    private static String endpoint() {
        return "http://localhost:9/push/" + UUID.randomUUID();
    }

    private List<Map<String, Object>> notices(long messageId) {
        return jdbc.queryForList("select n.* from push_notice n join push_subscription s on s.id = n.subscription_id"
                + " where s.owner_kind = 'MESSAGE' and s.owner_id = ?", messageId);
    }
}
