package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.StaffDirectory;
import de.lokalwillkommen.message.ConversationService;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.message.MessageStatus;
import de.lokalwillkommen.message.MessageSummary;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The messages of one inbox, newest first, filtered by state; a row opens the message. An inbox is an
 * office's (its id) or the coordination's own (null: reports of accessibility barriers).
 */
class MessageList extends Composite<Div> {

    /** "Open" is what still needs work: new and in progress. */
    enum Filter {
        OPEN(EnumSet.of(MessageStatus.NEW, MessageStatus.IN_PROGRESS)),
        ANSWERED(EnumSet.of(MessageStatus.ANSWERED)),
        CLOSED(EnumSet.of(MessageStatus.CLOSED)),
        ALL(EnumSet.allOf(MessageStatus.class));

        final Set<MessageStatus> states;

        Filter(Set<MessageStatus> states) {
            this.states = states;
        }
    }

    private final MessageService messages;
    private final ConversationService conversations;
    private final Languages languages;
    private final Select<Filter> filter = new Select<>();
    private final Grid<MessageSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private @Nullable Long inbox;
    private boolean shown;
    private Map<Long, String> team = Map.of();

    MessageList(MessageService messages, ConversationService conversations, Languages languages) {
        this.messages = messages;
        this.conversations = conversations;
        this.languages = languages;
        String municipality = messages.municipalityName();
        filter.setLabel(getTranslation("message.inbox.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("message.inbox.filter." + f.name()));
        filter.setValue(Filter.OPEN);
        filter.addValueChangeListener(e -> refresh());
        LocalDates dates = LocalDates.of(this);
        grid.addColumn(m -> dates.stamp(m.receivedAt())).setHeader(getTranslation("message.inbox.received"));
        grid.addColumn(MessageSummary::reference).setHeader(getTranslation("message.inbox.reference"));
        grid.addColumn(m -> getTranslation(m.category().labelKey(), municipality))
                .setHeader(getTranslation("message.category"));
        grid.addColumn(m -> languages.byCode(m.answerLanguage()).map(l -> l.name()).orElse(m.answerLanguage()))
                .setHeader(getTranslation("message.answerLanguage"));
        grid.addColumn(m -> getTranslation("message.status." + m.status().name()))
                .setHeader(getTranslation("message.inbox.status"));
        grid.addColumn(m -> m.assigneeId() == null ? "" : team.getOrDefault(m.assigneeId(), ""))
                .setHeader(getTranslation("message.inbox.assignee"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("lw-contact-inbox");
        getContent().add(empty, grid);
    }

    /** The state filter, for the page to place beside its other choices. */
    Select<Filter> filter() {
        return filter;
    }

    void show(@Nullable Long inbox) {
        this.inbox = inbox;
        this.shown = true;
        team = messages.team(inbox).stream()
                .collect(Collectors.toMap(StaffDirectory.StaffMember::id, StaffDirectory.StaffMember::displayName));
        refresh();
    }

    private void refresh() {
        if (!shown) {
            return;
        }
        @Nullable Long current = inbox;
        Set<MessageStatus> states = filter.getValue().states;
        grid.setItems(query -> messages.inbox(current, states, query.getOffset(), query.getLimit()).stream(),
                query -> (int) messages.count(current, states));
        empty.setText(getTranslation("message.inbox.empty"));
        empty.setVisible(messages.count(current, states) == 0);
    }

    private void open(MessageSummary row) {
        if (shown) {
            new MessageDialog(messages, conversations, inbox, row.id(), languages, this::refresh).open();
        }
    }
}
