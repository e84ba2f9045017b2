package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.message.ThreadEntry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A conversation, oldest first and newest last: who wrote, when, and the text as text in its own direction. */
class ThreadList extends Composite<OrderedList> {

    /**
     * @param first      the first message (null once erased) and when it came
     * @param writerName how the writer is named ("You" on the link page, "Writer" for the team)
     * @param officeName how an answer is named: the office (link page) or the staff member (team)
     */
    ThreadList(@Nullable String first, LocalDateTime received, String language, List<ThreadEntry> entries,
            String writerName, Function<ThreadEntry, String> officeName) {
        OrderedList list = getContent();
        list.addClassName("lw-conversation");
        list.add(entry(false, writerName, received, first, language));
        for (ThreadEntry e : entries) {
            list.add(entry(e.fromOffice(), e.fromOffice() ? officeName.apply(e) : writerName, e.writtenAt(), e.text(),
                    e.language()));
        }
    }

    private ListItem entry(boolean fromOffice, String who, LocalDateTime when, @Nullable String text, String language) {
        Div meta = new Div(who + " · "
                + LocalDates.of(this).stamp(when));
        meta.addClassName("lw-conversation-meta");
        ListItem item = new ListItem(meta, text == null
                ? ConversationText.paragraph(getTranslation("message.dialog.anonymised"), getLocale().getLanguage())
                : ConversationText.paragraph(text, language));
        item.addClassNames("lw-conversation-entry", fromOffice ? "lw-conversation-office" : "lw-conversation-writer");
        return item;
    }
}
