package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.ui.NativeSelect;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeService;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps of the booking flow as a person takes them, in German, for the view tests. */
abstract class BookingUiTest extends GermanUiTest {

    @Autowired
    protected BookingService bookings;

    @Autowired
    protected OfficeService offices;

    /** A text without the Unicode isolates that keep addresses and names in their own direction. */
    static String plain(String text) {
        return text.replace("\u2068", "").replace("\u2069", "");
    }

    protected long officeId(String slug) {
        return offices.findBySlug(slug).orElseThrow().id();
    }

    /** Step 1 in the Brackel district (office Brackel/Aplerbeck), housing, German, two persons. */
    protected void chooseBrackelAndGoOn() {
        navigate(BookView.class);
        test(select("In welchem Stadtbezirk wohnen Sie?")).selectItem("Brackel");
        test(select("Worum geht es?")).selectItem("Wohnen");
        test(select("Wie viele Personen kommen?")).selectItem("2");
        click("Weiter");
    }

    /** Step 2: the earliest time offered. */
    protected Button firstTime() {
        return $view(Button.class).withClassName("lw-time-button").first();
    }

    protected void fill(String label, String value) {
        test($view(TextField.class).withLabel(label).single()).setValue(value);
    }

    protected void agree() {
        test($view(Checkbox.class).single()).click();
    }

    protected void click(String text) {
        test($view(Button.class).withText(text).single()).click();
    }

    @SuppressWarnings("unchecked")
    protected <T> NativeSelect<T> select(String label) {
        return $view(NativeSelect.class).withCondition(s -> label.equals(s.getLabel())).single();
    }

    /** Books a free time directly, as another person (no rate limit: no client key). */
    protected BookingDetails bookDirectly(FreeSlot slot, String name) {
        return bookings.book(new BookingRequest(slot.slotId(), Topic.WORK, "de", false, 1, name, null, null, true,
                null, UUID.randomUUID().toString(), UUID.randomUUID().toString(), null));
    }

    /** A fresh booking at the given office, for the tests of the personal page. */
    protected BookingDetails someBooking(String officeSlug, String name) {
        for (FreeSlot slot : bookings.freeSlots(officeId(officeSlug), 20)) {
            try {
                return bookDirectly(slot, name);
            } catch (SlotTakenException full) {
                // someone (another test) filled it meanwhile: take the next
            }
        }
        throw new IllegalStateException("no free time at " + officeSlug);
    }

    /** Fills the given time up, so the next person who tries it is refused. */
    protected void fillUp(FreeSlot slot) {
        for (int i = 0; i < 10; i++) {
            try {
                bookDirectly(slot, "Jemand Anderes");
            } catch (SlotTakenException full) {
                return;
            }
        }
        throw new IllegalStateException("the time never filled up");
    }
}
