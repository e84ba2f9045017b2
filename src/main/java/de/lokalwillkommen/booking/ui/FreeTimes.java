package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.booking.FreeSlot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Free times as people look for them on a phone: the next days first, one heading per day in their
 * language, big time buttons below, and where it takes place. No month grid.
 */
class FreeTimes extends Composite<Div> {

    FreeTimes(List<FreeSlot> slots, Function<@Nullable Long, Place> places, Consumer<FreeSlot> onPick) {
        Div content = getContent();
        content.addClassName("lw-times");
        LocalDates dates = LocalDates.of(this);
        Map<LocalDate, List<FreeSlot>> byDay = new LinkedHashMap<>();
        slots.forEach(slot -> byDay.computeIfAbsent(slot.start().toLocalDate(), d -> new ArrayList<>()).add(slot));
        byDay.forEach((day, daySlots) -> {
            Div dayBlock = new Div(new H3(dates.day(day)));
            dayBlock.addClassName("lw-times-day");
            Long venue = null;
            Div buttons = null;
            for (FreeSlot slot : daySlots) {
                if (buttons == null || !Objects.equals(venue, slot.venueId())) {
                    venue = slot.venueId();
                    Paragraph place = new Paragraph(getTranslation("book.place", Bidi.isolate(places.apply(venue).line())));
                    place.addClassName("lw-times-place");
                    buttons = new Div();
                    buttons.addClassName("lw-times-buttons");
                    dayBlock.add(place, buttons);
                }
                buttons.add(timeButton(slot, dates, onPick));
            }
            content.add(dayBlock);
        });
    }

    private Button timeButton(FreeSlot slot, LocalDates dates, Consumer<FreeSlot> onPick) {
        Button button = new Button(dates.time(slot.start()), e -> onPick.accept(slot));
        button.addClassName("lw-time-button");
        // One phrase per button for screen readers: "Dienstag, 24. November 2026, 10:00–10:30 Uhr".
        button.setAriaLabel(dates.appointment(slot.start(), slot.end()));
        return button;
    }
}
