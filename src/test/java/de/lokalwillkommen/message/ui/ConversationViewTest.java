package de.lokalwillkommen.message.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.MessageCategory;
import de.lokalwillkommen.message.MessageReceipt;
import de.lokalwillkommen.message.MessageRequest;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class ConversationViewTest extends GermanUiTest {

    @Autowired
    MessageService messages;
    @Autowired
    ConversationService conversations;
    @Autowired
    OfficeService offices;

    private MessageReceipt write(String language, String text) {
        return messages.send(new MessageRequest("brackel-aplerbeck", MessageCategory.NEWCOMER, text, language, "", "",
                "", true, UUID.randomUUID().toString(), "client-" + UUID.randomUUID()));
    }

    private List<String> thread() {
        return $view(ListItem.class).all().stream().map(li -> li.getElement().getTextRecursively()).toList();
    }

    @Test
    @WithUserDetails("brackel")
    void theWriterReadsTheAnswerOnTheLinkPageAndRepliesNewestLast() {
        MessageReceipt receipt = write("de", "Wo bekomme ich einen Sprachkurs?");
        long brackel = offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
        long id = messages.inbox(brackel, List.of(de.lokalwillkommen.message.MessageStatus.values()), 0, 500).stream()
                .filter(m -> m.reference().equals(receipt.reference())).findFirst().orElseThrow().id();
        conversations.answer(brackel, id, "Bei der VHS, <b>Kursnummer</b> 12.", UUID.randomUUID().toString());

        navigate(ConversationView.class, receipt.linkToken());

        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText)).contains("Das Team hat Ihnen geantwortet.",
                "Fotos und Dateien können Sie hier nicht mitschicken. Bitte bringen Sie Briefe zu einem Termin mit.");
        // Text stays text: the markup is shown, not interpreted.
        assertThat(thread()).hasSize(2).last().asString().endsWith("Bei der VHS, <b>Kursnummer</b> 12.");
        test($view(TextArea.class).withLabel("Ihre Antwort").single()).setValue("Danke! Ich melde mich dort.");
        test($view(Button.class).withText("Antwort senden").single()).click();

        assertThat(thread()).hasSize(3).last().asString().startsWith("Sie · ").endsWith("Danke! Ich melde mich dort.");
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText)).contains("Ihre Antwort ist angekommen.");
        assertThat($view(TextArea.class).withLabel("Ihre Antwort").single().getValue()).isEmpty();
    }

    @Test
    void anOverLongReplyIsRefusedAtTheFieldAndEverythingTypedStays() {
        MessageReceipt receipt = write("de", "Frage zur Anmeldung");
        navigate(ConversationView.class, receipt.linkToken());
        String tooLong = "Sehr lang. ".repeat(400);
        test($view(TextArea.class).withLabel("Ihre Antwort").single()).setValue(tooLong);
        test($view(Button.class).withText("Antwort senden").single()).click();

        TextArea reply = $view(TextArea.class).withLabel("Ihre Antwort").single();
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).contains("4.000");
        assertThat(reply.getValue()).isEqualTo(tooLong);
        assertThat(thread()).hasSize(1);
    }

    @Test
    void aDeletedConversationAndAnUnknownLinkGetTheSameAnswer() {
        MessageReceipt receipt = write("de", "Bitte löschen");
        navigate(ConversationView.class, receipt.linkToken());
        test($view(Button.class).withText("Gespräch löschen").single()).click();
        test($view(Button.class).withText("Ja, jetzt löschen").single()).click();
        assertThat($view(H1.class).single().getText()).isEqualTo("Ihr Gespräch ist gelöscht.");

        navigate(ConversationView.class, receipt.linkToken());
        List<String> deleted = $view(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        navigate(ConversationView.class, "nie-vergeben-" + UUID.randomUUID());
        assertThat($view(H1.class).single().getText()).isEqualTo("Gespräch nicht gefunden");
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText).toList()).isEqualTo(deleted);
    }

    @Test
    void aFarsiConversationIsShownInFarsiRightToLeftAndOverrideCharactersCannotReorderThePage() {
        MessageReceipt receipt = write("fa", "سلام \u202Eabc\u202C کمک لازم دارم");
        navigate(ConversationView.class, receipt.linkToken());
        navigate(ConversationView.class, receipt.linkToken());
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fa");
        assertThat(uiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.RIGHT_TO_LEFT);
        Paragraph text = $view(Paragraph.class).all().stream().filter(p -> p.hasClassName("lw-conversation-text"))
                .findFirst().orElseThrow();
        assertThat(text.getText()).isEqualTo("سلام abc کمک لازم دارم");
        assertThat(text.getElement().getAttribute("dir")).isEqualTo("auto");
    }

    @Test
    void theConfirmationOfAMessageShowsThePersonalLinkToSave() {
        navigate(MessageView.class, "brackel-aplerbeck");
        test((com.vaadin.flow.component.select.Select<Object>) $view(com.vaadin.flow.component.select.Select.class)
                .withLabel("Wer schreibt?").single()).selectItem("Nachbarin oder Nachbar");
        test($view(TextArea.class).single()).setValue("Gibt es ein Sprachcafé?");
        test($view(com.vaadin.flow.component.checkbox.Checkbox.class).single()).click();
        test($view(Button.class).withText("Nachricht senden").single()).click();

        assertThat($view(com.vaadin.flow.component.html.H2.class).all().stream().map(h -> h.getText()))
                .contains("Bitte speichern Sie diesen Link");
        assertThat($view(Anchor.class).all().stream().map(Anchor::getHref))
                .anyMatch(href -> href.matches("http://localhost:\\d+/conversation/[A-Za-z0-9_-]{43}|.*/conversation/[A-Za-z0-9_-]{43}"));
    }
}
