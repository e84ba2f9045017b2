package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import org.jspecify.annotations.Nullable;

/** What staff enter when they book for someone who called or came in; consent is not asked here. */
class AgendaBookingForm {

    private @Nullable FreeSlot slot;
    private @Nullable Topic topic;
    private @Nullable Language language;
    private boolean interpreter;
    private int persons = 1;
    private String name = "";
    private String phone = "";
    private String email = "";
    private String note = "";

    @Nullable FreeSlot getSlot() { return slot; }
    void setSlot(@Nullable FreeSlot slot) { this.slot = slot; }
    @Nullable Topic getTopic() { return topic; }
    void setTopic(@Nullable Topic topic) { this.topic = topic; }
    @Nullable Language getLanguage() { return language; }
    void setLanguage(@Nullable Language language) { this.language = language; }
    boolean isInterpreter() { return interpreter; }
    void setInterpreter(boolean interpreter) { this.interpreter = interpreter; }
    int getPersons() { return persons; }
    void setPersons(int persons) { this.persons = persons; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getPhone() { return phone; }
    void setPhone(String phone) { this.phone = phone; }
    String getEmail() { return email; }
    void setEmail(String email) { this.email = email; }
    String getNote() { return note; }
    void setNote(String note) { this.note = note; }

    /** The request for the booking service; the form has been validated, so slot, topic and language are set. */
    BookingRequest toRequest(String idempotencyKey) {
        if (slot == null || topic == null || language == null) {
            throw new IllegalStateException("form not validated");
        }
        return new BookingRequest(slot.slotId(), topic, language.code(), interpreter, persons, name.strip(),
                blankToNull(phone), blankToNull(email), false, blankToNull(note), idempotencyKey, null, null);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
