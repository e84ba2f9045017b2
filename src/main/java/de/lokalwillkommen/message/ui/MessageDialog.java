package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.StaffDirectory.StaffMember;
import de.lokalwillkommen.message.MessageDetails;
import de.lokalwillkommen.message.MessageRules;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.message.MessageStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One message for the team: what was written, in which language to answer, how to reach the sender; the
 * state, who takes care of it, and the team's internal notes. Every change is saved at once.
 */
class MessageDialog extends Dialog {

    private final MessageService messages;
    private final ConversationService conversations;
    private final @Nullable Long officeId;
    private final Languages languages;
    private final Runnable changed;
    private final List<StaffMember> team;
    private final Div body = new Div();
    private final Paragraph refusal = new Paragraph();
    private MessageDetails shown;

    MessageDialog(MessageService messages, ConversationService conversations, @Nullable Long officeId, long messageId,
            Languages languages, Runnable changed) {
        this.messages = messages;
        this.conversations = conversations;
        this.officeId = officeId;
        this.languages = languages;
        this.changed = changed;
        this.team = messages.team(officeId);
        this.shown = messages.open(officeId, messageId);
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        body.addClassName("lw-contact-message-details");
        add(refusal, body);
        getFooter().add(new Button(getTranslation("message.dialog.close"), e -> close()));
        render();
    }

    private void render() {
        MessageDetails m = shown;
        setHeaderTitle(getTranslation("message.dialog.title", m.reference()));
        refusal.setVisible(false);
        body.removeAll();
        String when = LocalDates.of(this).stamp(m.receivedAt());
        body.add(new Paragraph(getTranslation("message.dialog.from", getTranslation(m.category().labelKey(), messages.municipalityName()), when)));
        body.add(new Paragraph(getTranslation("message.dialog.answerIn",
                languages.byCode(m.answerLanguage()).map(l -> l.name()).orElse(m.answerLanguage()))));
        body.add(new Paragraph(contact(m)));
        body.add(new H3(getTranslation("message.dialog.thread")), new ThreadList(m.text(), m.receivedAt(),
                m.answerLanguage(), m.replies(), getTranslation("message.dialog.writer"),
                e -> Objects.requireNonNullElse(e.author(), "")));
        if (!m.anonymised()) {
            body.add(answerBox(m));
        }

        Select<MessageStatus> status = new Select<>();
        status.setLabel(getTranslation("message.inbox.status"));
        status.setItems(MessageStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("message.status." + s.name()));
        status.setValue(m.status());
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(() -> messages.changeStatus(officeId, m.id(), shown.version(), e.getValue()));
            }
        });
        Select<Optional<StaffMember>> assignee = new Select<>();
        assignee.setLabel(getTranslation("message.inbox.assignee"));
        List<Optional<StaffMember>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        team.forEach(member -> choices.add(Optional.of(member)));
        assignee.setItems(choices);
        assignee.setItemLabelGenerator(o -> o.map(StaffMember::displayName).orElse(getTranslation("message.dialog.nobody")));
        assignee.setValue(choices.stream().filter(o -> Objects.equals(o.map(StaffMember::id).orElse(null), m.assigneeId()))
                .findFirst().orElse(Optional.empty()));
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(() -> messages.assign(officeId, m.id(), shown.version(), e.getValue().map(StaffMember::id).orElse(null)));
            }
        });
        body.add(new Div(status, assignee));

        body.add(new H3(getTranslation("message.dialog.notes")),
                new Paragraph(getTranslation("message.dialog.notes.internal")));
        UnorderedList notes = new UnorderedList();
        m.notes().forEach(n -> notes.add(new ListItem(n.author() + " · "
                + LocalDates.of(this).stamp(n.writtenAt())
                + ": " + (n.text() == null ? getTranslation("message.dialog.anonymised") : n.text()))));
        TextArea note = new TextArea(getTranslation("message.dialog.newNote"));
        note.setMaxLength(MessageRules.NOTE_MAX);
        Button add = new Button(getTranslation("message.dialog.addNote"),
                e -> apply(() -> messages.addNote(officeId, m.id(), note.getValue())));
        body.add(notes, note, add);
    }

    /** The answer goes to the writer's link page, in the language they chose: the field is marked with it. */
    private ReplyBox answerBox(MessageDetails m) {
        Optional<Language> language = languages.byCode(m.answerLanguage());
        String name = language.map(Language::name).orElse(m.answerLanguage());
        return new ReplyBox(getTranslation("message.dialog.answer", name), getTranslation("message.dialog.answer.help", name),
                conversations.replyMax(), getTranslation("message.dialog.send"), m.answerLanguage(),
                language.map(Language::rtl).orElse(false), (text, requestId) -> {
                    shown = conversations.answer(officeId, m.id(), text, requestId);
                    render();
                    changed.run();
                });
    }

    private String contact(MessageDetails m) {
        List<String> parts = new java.util.ArrayList<>();
        if (m.name() != null) {
            parts.add(m.name());
        }
        if (m.phone() != null) {
            parts.add(m.phone());
        }
        if (m.email() != null) {
            parts.add(m.email());
        }
        return parts.isEmpty() ? getTranslation("message.dialog.noContactButLink")
                : getTranslation("message.dialog.contact", String.join(" · ", parts));
    }

    private void apply(Supplier<MessageDetails> change) {
        try {
            shown = change.get();
            render();
            changed.run();
        } catch (UserFacingException refused) {
            refusal.setText(getTranslation(refused.messageKey(), refused.args()));
            refusal.setVisible(true);
        }
    }
}
