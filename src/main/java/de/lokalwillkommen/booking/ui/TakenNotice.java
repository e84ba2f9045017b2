package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Someone was faster: says so, and offers the next free times right here, so nothing typed is lost. */
class TakenNotice extends Div {

    TakenNotice(SlotTakenException taken, Function<@Nullable Long, Place> places, Consumer<FreeSlot> onPick) {
        addClassName("lw-notice");
        Paragraph message = new Paragraph(getTranslation(taken.messageKey(), taken.args()));
        message.getElement().setAttribute("role", "alert");
        add(message);
        if (taken.alternatives().isEmpty()) {
            add(new Paragraph(getTranslation("book.taken.none")));
        } else {
            add(new Paragraph(getTranslation("book.taken.pick")), new FreeTimes(taken.alternatives(), places, onPick));
        }
    }
}
