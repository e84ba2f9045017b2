package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.security.StaffDirectory;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.ui.StaffOfficePicker;
import de.lokalwillkommen.message.MessageService;
import de.lokalwillkommen.message.MessageStatus;
import de.lokalwillkommen.message.MessageSummary;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The messages of one office, newest first, filtered by state; a row opens the message. STAFF see and
 * choose only their own offices (the office is in the URL, {@code ?office=}), the coordination all.
 */
@Route(value = "staff/messages", layout = StaffLayout.class)
@PermitAll
public class InboxView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

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
    private final Languages languages;
    private final StaffOfficePicker picker;
    private final Select<Filter> filter = new Select<>();
    private final Grid<MessageSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private @Nullable OfficeRef office;
    private Map<Long, String> team = Map.of();

    public InboxView(MessageService messages, OfficeService offices, CurrentStaff currentStaff, Languages languages) {
        this.messages = messages;
        this.languages = languages;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        picker.onChoice(chosen -> StaffOfficePicker.navigate(InboxView.class, chosen.id()));
        filter.setLabel(getTranslation("message.inbox.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("message.inbox.filter." + f.name()));
        filter.setValue(Filter.OPEN);
        filter.addValueChangeListener(e -> refresh());
        DateTimeFormatter received = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(m -> received.format(m.receivedAt())).setHeader(getTranslation("message.inbox.received"));
        grid.addColumn(MessageSummary::reference).setHeader(getTranslation("message.inbox.reference"));
        grid.addColumn(m -> getTranslation("message.category." + m.category().name()))
                .setHeader(getTranslation("message.category"));
        grid.addColumn(m -> languages.byCode(m.answerLanguage()).map(l -> l.name()).orElse(m.answerLanguage()))
                .setHeader(getTranslation("message.answerLanguage"));
        grid.addColumn(m -> getTranslation("message.status." + m.status().name()))
                .setHeader(getTranslation("message.inbox.status"));
        grid.addColumn(m -> m.assigneeId() == null ? "" : team.getOrDefault(m.assigneeId(), ""))
                .setHeader(getTranslation("message.inbox.assignee"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("lw-contact-inbox");
        HorizontalLayout bar = new HorizontalLayout(picker, filter);
        bar.addClassName("lw-contact-inbox-bar");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("message.inbox.title")), bar, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Runnable noOffice = () -> getContent().add(new Paragraph(getTranslation("agenda.noOffice")));
        picker.enter(event, InboxView.class, noOffice).ifPresent(chosen -> {
            office = chosen;
            team = messages.team(chosen.id()).stream()
                    .collect(Collectors.toMap(StaffDirectory.StaffMember::id, StaffDirectory.StaffMember::displayName));
            refresh();
        });
    }

    private void refresh() {
        if (office == null) {
            return;
        }
        long officeId = office.id();
        Set<MessageStatus> states = filter.getValue().states;
        grid.setItems(query -> messages.inbox(officeId, states, query.getOffset(), query.getLimit()).stream(),
                query -> (int) messages.count(officeId, states));
        boolean none = messages.count(officeId, states) == 0;
        empty.setText(getTranslation("message.inbox.empty"));
        empty.setVisible(none);
    }

    private void open(MessageSummary row) {
        if (office != null) {
            new MessageDialog(messages, office.id(), row.id(), languages, this::refresh).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("message.inbox.title") + " – " + getTranslation("app.name");
    }
}
