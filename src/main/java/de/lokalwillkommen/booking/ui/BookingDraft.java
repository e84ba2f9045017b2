package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import org.jspecify.annotations.Nullable;

/**
 * What the newcomer has chosen and typed so far in the booking flow, and at which step they are. The tab's
 * UI keeps the latest draft, so switching the language (which rebuilds the page) takes nothing away.
 */
class BookingDraft {

    enum Step { CHOICES, TIMES, CONTACT }

    /** The language value for "another language": the team asks in person. */
    static final String OTHER_LANGUAGE = "other";

    private @Nullable DistrictChoice district;
    private @Nullable Topic topic;
    private String language = OTHER_LANGUAGE;
    private boolean interpreter;
    private int persons = 1;
    private @Nullable FreeSlot slot;
    private Step step = Step.CHOICES;
    private int timesWanted;
    private final ContactDetails contact = new ContactDetails();

    /** The draft this tab worked on last, if any. */
    static @Nullable BookingDraft latest(UI ui) {
        return ComponentUtil.getData(ui, BookingDraft.class);
    }

    /** Makes this the draft the tab works on. */
    BookingDraft keptBy(UI ui) {
        ComponentUtil.setData(ui, BookingDraft.class, this);
        return this;
    }

    /** After booking: the next booking in this tab starts afresh. */
    static void forget(UI ui) {
        ComponentUtil.setData(ui, BookingDraft.class, null);
    }

    Step getStep() {
        return step;
    }

    void setStep(Step step) {
        this.step = step;
    }

    int getTimesWanted() {
        return timesWanted;
    }

    void setTimesWanted(int timesWanted) {
        this.timesWanted = timesWanted;
    }

    ContactDetails getContact() {
        return contact;
    }

    public @Nullable DistrictChoice getDistrict() {
        return district;
    }

    public void setDistrict(@Nullable DistrictChoice district) {
        this.district = district;
    }

    public @Nullable Topic getTopic() {
        return topic;
    }

    public void setTopic(@Nullable Topic topic) {
        this.topic = topic;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? OTHER_LANGUAGE : language;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public void setInterpreter(boolean interpreter) {
        this.interpreter = interpreter;
    }

    public int getPersons() {
        return persons;
    }

    public void setPersons(@Nullable Integer persons) {
        this.persons = persons == null ? 1 : persons;
    }

    public @Nullable FreeSlot getSlot() {
        return slot;
    }

    public void setSlot(@Nullable FreeSlot slot) {
        this.slot = slot;
    }
}
