package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import org.jspecify.annotations.Nullable;

/** What the newcomer has chosen so far in the booking flow (step 1 and the time of step 2). */
class BookingDraft {

    /** The language value for "another language": the team asks in person. */
    static final String OTHER_LANGUAGE = "other";

    private @Nullable DistrictChoice district;
    private @Nullable Topic topic;
    private String language = OTHER_LANGUAGE;
    private boolean interpreter;
    private int persons = 1;
    private @Nullable FreeSlot slot;

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
