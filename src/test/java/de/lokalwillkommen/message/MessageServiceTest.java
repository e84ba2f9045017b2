package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AppTest
@RecordApplicationEvents
public class MessageServiceTest {

    @Autowired
    MessageService messages;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;


    public static MessageRequest request(String office, String text, String email, boolean consent, String key) {
        return new MessageRequest(office, MessageCategory.LANDLORD, text, "ar", "Amal", "0231 123456", email, consent,
                key, "client-" + UUID.randomUUID());
    }

    public static MessageRequest request(String office) {
        return request(office, "Die Heizung in der Wohnung meiner Mieterin ist kaputt.", "amal@example.com", true,
                UUID.randomUUID().toString());
    }

    private long officeId(String slug) {
        return offices.findBySlug(slug).orElseThrow().id();
    }

    private long idOf(String reference) {
        return jdbc.queryForObject("select id from message where reference = ?", Long.class, reference);
    }

    @Test
    void aMessageWithANulByteIsRefusedWithAMessageInsteadOfFailingOnPostgres() {
        assertThatThrownBy(() -> messages.send(request("luetgendortmund", "Hallo\u0000 Welt", "amal@example.com", true,
                UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.controlCharacters"));
    }

    @Test
    void aMessageGetsAReferenceCodeAndIsAnnouncedWithoutItsContent() {
        MessageReceipt receipt = messages.send(request("brackel-aplerbeck"));
        assertThat(receipt.reference()).matches("N-[A-HJ-NP-Z2-9]{6}");
        assertThat(receipt.officeName()).isEqualTo("Brackel/Aplerbeck");
        assertThat(events.stream(MessageEvents.MessageReceived.class))
                .anySatisfy(e -> {
                    assertThat(e.messageId()).isEqualTo(idOf(receipt.reference()));
                    assertThat(e.officeId()).isEqualTo(officeId("brackel-aplerbeck"));
                    assertThat(e.category()).isEqualTo(MessageCategory.LANDLORD);
                });
    }

    @Test
    void sendingTheSameFormTwiceGivesOneMessage() throws Exception {
        String key = UUID.randomUUID().toString();
        MessageRequest request = request("brackel-aplerbeck", "Doppelt getippt", "", true, key);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<MessageReceipt>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return messages.send(request);
        })).toList();
        String first = both.get(0).get().reference();
        assertThat(both.get(1).get().reference()).isEqualTo(first);
        assertThat(messages.send(request).reference()).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from message where idempotency_key = ?", Integer.class, key))
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithATranslatableReason() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> messages.send(request("brackel-aplerbeck", "   ", "", true, key)))
                .isInstanceOf(UserFacingException.class).hasMessage("message.error.text");
        assertThatThrownBy(() -> messages.send(request("brackel-aplerbeck", "x".repeat(2001), "", true, key)))
                .hasMessage("message.error.textTooLong");
        assertThatThrownBy(() -> messages.send(request("brackel-aplerbeck", "Hallo", "kein-at-zeichen", true, key)))
                .hasMessage("message.error.email");
        assertThatThrownBy(() -> messages.send(request("brackel-aplerbeck", "Hallo", "", false, key)))
                .hasMessage("message.error.consent");
        assertThatThrownBy(() -> messages.send(request("atlantis")))
                .hasMessage("error.notFound");
    }

    @Test
    void aFloodFromOneClientIsSlowedDown() {
        String client = "flood-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            messages.send(new MessageRequest("brackel-aplerbeck", MessageCategory.OTHER, "Nachricht " + i, "de", "",
                    "", "", true, UUID.randomUUID().toString(), client));
        }
        assertThatThrownBy(() -> messages.send(new MessageRequest("brackel-aplerbeck", MessageCategory.OTHER,
                "Noch eine", "de", "", "", "", true, UUID.randomUUID().toString(), client)))
                .hasMessage("message.error.tooMany");
    }

    @Test
    @WithUserDetails("brackel")
    void aTeamNeverSeesAnotherOfficesMessages() {
        long brackel = officeId("brackel-aplerbeck");
        long mengede = officeId("mengede-huckarde");
        String theirs = messages.send(request("mengede-huckarde")).reference();
        String ours = messages.send(request("brackel-aplerbeck")).reference();

        assertThatThrownBy(() -> messages.inbox(mengede, Set.of(MessageStatus.values()), 0, 50))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.open(mengede, idOf(theirs))).isInstanceOf(AccessDeniedException.class);
        // Asking for the other office's message through one's own office finds nothing.
        assertThatThrownBy(() -> messages.open(brackel, idOf(theirs))).hasMessage("error.notFound");
        assertThatThrownBy(() -> messages.changeStatus(brackel, idOf(theirs), 0, MessageStatus.CLOSED))
                .hasMessage("error.notFound");
        assertThat(messages.inbox(brackel, Set.of(MessageStatus.values()), 0, 500)).extracting(MessageSummary::reference)
                .contains(ours).doesNotContain(theirs);
    }

    @Test
    @WithUserDetails("koordination")
    void theCoordinationSeesEveryOffice() {
        String theirs = messages.send(request("mengede-huckarde")).reference();
        assertThat(messages.open(officeId("mengede-huckarde"), idOf(theirs)).text()).startsWith("Die Heizung");
    }

    @Test
    @WithUserDetails("brackel")
    void theTeamAssignsChangesStateAndKeepsInternalNotes() {
        long brackel = officeId("brackel-aplerbeck");
        long id = idOf(messages.send(request("brackel-aplerbeck")).reference());
        long me = messages.team(brackel).getFirst().id();

        MessageDetails assigned = messages.assign(brackel, id, messages.open(brackel, id).version(), me);
        assertThat(assigned.assigneeId()).isEqualTo(me);
        assertThat(assigned.status()).isEqualTo(MessageStatus.IN_PROGRESS);
        MessageDetails noted = messages.addNote(brackel, id, "Rückruf am Dienstag vereinbart.");
        assertThat(noted.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Rückruf am Dienstag vereinbart.");
            assertThat(n.author()).isEqualTo("Team Brackel/Aplerbeck");
        });
        MessageDetails answered = messages.changeStatus(brackel, id, noted.version(), MessageStatus.ANSWERED);
        assertThat(answered.status()).isEqualTo(MessageStatus.ANSWERED);
        assertThatThrownBy(() -> messages.changeStatus(brackel, id, assigned.version(), MessageStatus.CLOSED))
                .hasMessage("error.changedMeanwhile");
        assertThatThrownBy(() -> messages.addNote(brackel, id, " ")).hasMessage("message.error.note");
    }

    @Test
    @WithUserDetails("brackel")
    void openingAMessageAndChangingItIsWrittenToTheAuditLog() {
        long brackel = officeId("brackel-aplerbeck");
        long id = idOf(messages.send(request("brackel-aplerbeck")).reference());
        MessageDetails opened = messages.open(brackel, id);
        messages.changeStatus(brackel, id, opened.version(), MessageStatus.ANSWERED);

        // Read past the service: searching the log is for ADMIN only.
        List<String> lines = jdbc.queryForList("select action || ' ' || actor_name || ' ' || coalesce(detail, '')"
                + " from audit_log where record_type = 'message' and record_id = ?", String.class, String.valueOf(id));
        assertThat(lines).hasSize(2).anySatisfy(l -> assertThat(l).startsWith("VIEW brackel"))
                .anySatisfy(l -> assertThat(l).startsWith("CHANGE brackel status ANSWERED"))
                .noneSatisfy(l -> assertThat(l).contains("Heizung"));
    }
}
