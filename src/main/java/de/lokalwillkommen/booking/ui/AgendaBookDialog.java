package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRules;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import de.lokalwillkommen.booking.Topic;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Books a free time for someone who called or came in: name or initials, and a phone number if they like. */
class AgendaBookDialog extends Dialog {

    private final BookingService bookings;
    private final long officeId;
    private final LocalDate from;
    private final Consumer<BookingDetails> booked;
    private final Binder<AgendaBookingForm> binder = new Binder<>();
    private final AgendaBookingForm form = new AgendaBookingForm();
    private final Select<FreeSlot> slot = new Select<>();
    /** One key per dialog: a double tap on "book" books once. */
    private final String idempotencyKey = UUID.randomUUID().toString();

    AgendaBookDialog(BookingService bookings, long officeId, Languages languages, Map<Long, String> venues,
            LocalDate from, Consumer<BookingDetails> booked) {
        this.bookings = bookings;
        this.officeId = officeId;
        this.from = from;
        this.booked = booked;
        setHeaderTitle(getTranslation("agenda.bookOnBehalf"));
        slot.setLabel(getTranslation("agenda.book.slot"));
        slot.setItemLabelGenerator(s -> StaffFormat.freeSlot(this, s, venues));
        loadSlots();
        Select<Topic> topic = new Select<>();
        topic.setLabel(getTranslation("agenda.book.topic"));
        topic.setItems(Topic.values());
        topic.setItemLabelGenerator(t -> StaffFormat.topic(this, t));
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("agenda.book.language"));
        language.setItems(languages.all());
        language.setItemLabelGenerator(Language::name);
        form.setLanguage(languages.source());
        Checkbox interpreter = new Checkbox(getTranslation("agenda.book.interpreter"));
        IntegerField persons = new IntegerField(getTranslation("agenda.book.persons"));
        persons.setMin(1);
        persons.setMax(BookingRules.PERSONS_MAX);
        persons.setStepButtonsVisible(true);
        TextField name = new TextField(getTranslation("agenda.book.name"));
        name.setHelperText(getTranslation("agenda.book.name.help"));
        name.setMaxLength(BookingRules.NAME_MAX);
        TextField phone = new TextField(getTranslation("field.phone"));
        EmailField email = new EmailField(getTranslation("field.email"));
        TextArea note = new TextArea(getTranslation("agenda.book.note"));
        note.setMaxLength(BookingRules.NOTE_MAX);
        String required = getTranslation("validation.required");
        binder.forField(slot).asRequired(required).bind(AgendaBookingForm::getSlot, AgendaBookingForm::setSlot);
        binder.forField(topic).asRequired(required).bind(AgendaBookingForm::getTopic, AgendaBookingForm::setTopic);
        binder.forField(language).asRequired(required)
                .bind(AgendaBookingForm::getLanguage, AgendaBookingForm::setLanguage);
        binder.forField(interpreter).bind(AgendaBookingForm::isInterpreter, AgendaBookingForm::setInterpreter);
        binder.forField(persons).withValidator(p -> p != null && BookingRules.isPersons(p),
                        getTranslation("agenda.error.persons", BookingRules.PERSONS_MAX))
                .bind(AgendaBookingForm::getPersons, AgendaBookingForm::setPersons);
        binder.forField(name).withValidator(BookingRules::isName, getTranslation("agenda.error.name"))
                .bind(AgendaBookingForm::getName, AgendaBookingForm::setName);
        binder.forField(phone).withValidator(BookingRules::isOptionalPhone, getTranslation("validation.phone"))
                .bind(AgendaBookingForm::getPhone, AgendaBookingForm::setPhone);
        binder.forField(email).withValidator(BookingRules::isOptionalEmail, getTranslation("validation.email"))
                .bind(AgendaBookingForm::getEmail, AgendaBookingForm::setEmail);
        binder.forField(note).withValidator(BookingRules::isNote, getTranslation("agenda.error.note"))
                .bind(AgendaBookingForm::getNote, AgendaBookingForm::setNote);
        binder.readBean(form);
        FormLayout fields = new FormLayout(slot, topic, language, interpreter, persons, name, phone, email, note);
        fields.setColspan(slot, 2);
        fields.setColspan(note, 2);
        add(fields);
        Button book = new Button(getTranslation("agenda.book.confirm"), e -> book());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), book);
    }

    private void loadSlots() {
        var free = bookings.freeSlotsForStaff(officeId, from, AgendaMoveDialog.CHOICES);
        slot.setItems(free);
        slot.setHelperText(free.isEmpty() ? getTranslation("agenda.noFreeSlots") : null);
    }

    private void book() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            BookingDetails done = bookings.bookOnBehalf(officeId, form.toRequest(idempotencyKey));
            close();
            StaffNotices.done(this, "agenda.booked", done.name() == null ? "" : done.name(),
                    StaffFormat.day(this, done.start().toLocalDate()) + " " + StaffFormat.times(this, done.start(), done.end()),
                    done.code());
            booked.accept(done);
        } catch (SlotTakenException taken) {
            StaffNotices.refused(this, taken);
            loadSlots();
        } catch (UserFacingException refusal) {
            StaffNotices.refused(this, refusal);
        }
    }
}
