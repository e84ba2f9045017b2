package de.lokalwillkommen.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.TwentyFourHourTimePicker;
import de.lokalwillkommen.event.EventForm;
import de.lokalwillkommen.event.EventService;
import de.lokalwillkommen.event.EventType;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.stream.Collectors;

/** Publishing or changing an event; a refusal is said in the dialog and everything typed stays. */
class EventFormDialog extends Dialog {

    private final EventService events;
    private final Runnable saved;
    private final Binder<EventForm> binder = new Binder<>(EventForm.class);
    private final Paragraph refusal = new Paragraph();
    private final EventForm edited;

    EventFormDialog(EventService events, EventForm form, Languages languages, Runnable saved) {
        this.events = events;
        this.saved = saved;
        this.edited = form;
        setHeaderTitle(getTranslation(form.getId() == null ? "event.staff.new" : "event.staff.edit"));
        Select<EventType> type = new Select<>();
        type.setLabel(getTranslation("event.field.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> getTranslation("event.type." + t.name()));
        TextField title = new TextField(getTranslation("event.field.title"));
        title.setMaxLength(EventForm.TITLE_MAX);
        DatePicker date = new DatePicker(getTranslation("event.field.date"));
        TimePicker start = new TwentyFourHourTimePicker(getTranslation("schedule.rule.start"));
        TimePicker end = new TwentyFourHourTimePicker(getTranslation("schedule.rule.end"));
        TextField place = new TextField(getTranslation("event.field.place"));
        place.setMaxLength(EventForm.PLACE_MAX);
        MultiSelectComboBox<Language> spoken = new MultiSelectComboBox<>(getTranslation("field.languages"));
        spoken.setItems(languages.all());
        spoken.setItemLabelGenerator(Language::name);
        TextArea text = new TextArea(getTranslation("event.field.text"));
        text.setMaxLength(EventForm.TEXT_MAX);
        binder.forField(type).asRequired(getTranslation("validation.required")).bind(EventForm::getType, EventForm::setType);
        binder.forField(title).asRequired(getTranslation("event.error.title")).bind(EventForm::getTitle, EventForm::setTitle);
        binder.forField(date).asRequired(getTranslation("event.error.date")).bind(EventForm::getDate, EventForm::setDate);
        binder.forField(start).asRequired(getTranslation("validation.required")).bind(EventForm::getStart, EventForm::setStart);
        binder.forField(end).asRequired(getTranslation("validation.required"))
                .withValidator(e -> start.getValue() == null || start.getValue().isBefore(e), getTranslation("event.error.times"))
                .bind(EventForm::getEnd, EventForm::setEnd);
        binder.forField(place).asRequired(getTranslation("event.error.place")).bind(EventForm::getPlace, EventForm::setPlace);
        binder.forField(spoken).bind(
                f -> f.getLanguages().stream().map(languages::byCode).flatMap(Optional::stream)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (f, chosen) -> f.setLanguages(chosen.stream().map(Language::code)
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
        binder.forField(text).bind(EventForm::getDescription, EventForm::setDescription);
        binder.readBean(form);
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(new FormLayout(type, title, date, start, end, place, spoken, text), refusal);
        Button save = new Button(getTranslation("event.staff.publish"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        try {
            events.save(edited);
            close();
            saved.run();
        } catch (UserFacingException refused) {
            refusal.setText(getTranslation(refused.messageKey(), refused.args()));
            refusal.setVisible(true);
        }
    }
}
