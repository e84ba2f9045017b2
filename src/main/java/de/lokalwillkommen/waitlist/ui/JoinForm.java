package de.lokalwillkommen.waitlist.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.BookingRules;
import de.lokalwillkommen.booking.Topic;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the waiting is for. For an existing booking only the e-mail address is asked: the rest is the booking's.
 * Everything typed stays when the service refuses; the message stands at the field it is about.
 */
class JoinForm extends Composite<FormLayout> {

    private final Select<Topic> topic = new Select<>();
    private final Select<Language> language = new Select<>();
    private final Checkbox interpreter = new Checkbox();
    private final IntegerField persons = new IntegerField();
    private final DatePicker lastDate = new DatePicker();
    private final EmailField email = new EmailField();
    private final boolean full;

    JoinForm(Languages languages, boolean full, LocalDate today, QueryParameters query, String uiLanguage) {
        this.full = full;
        topic.setLabel(getTranslation("book.topic"));
        topic.setItems(Topic.values());
        topic.setItemLabelGenerator(t -> getTranslation("topic." + t.name()));
        topic.setValue(query.getSingleParameter("topic").flatMap(name -> Arrays.stream(Topic.values())
                .filter(t -> t.name().equals(name)).findFirst()).orElse(Topic.OTHER));
        language.setLabel(getTranslation("waitlist.join.language"));
        language.setItems(languages.all());
        language.setItemLabelGenerator(Language::name);
        language.setValue(languages.byCode(query.getSingleParameter("language").orElse(uiLanguage))
                .orElse(languages.source()));
        interpreter.setLabel(getTranslation("waitlist.join.interpreter"));
        interpreter.setValue(query.getSingleParameter("interpreter").map(Boolean::parseBoolean).orElse(false));
        persons.setLabel(getTranslation("waitlist.join.persons"));
        persons.setMin(1);
        persons.setMax(BookingRules.PERSONS_MAX);
        persons.setStepButtonsVisible(true);
        persons.setValue(query.getSingleParameter("persons").flatMap(JoinForm::number).orElse(1));
        lastDate.setLabel(getTranslation("waitlist.join.lastDate"));
        lastDate.setHelperText(getTranslation("waitlist.join.lastDate.help"));
        lastDate.setMin(today);
        lastDate.setValue(today.plusDays(28));
        email.setLabel(getTranslation("book.email"));
        email.setHelperText(getTranslation("waitlist.join.email.help"));
        email.setMaxLength(BookingRules.EMAIL_MAX);
        if (full) {
            getContent().add(topic, language, interpreter, persons, lastDate);
        }
        getContent().add(email);
    }

    /** Checks the fields it can check here and marks the first problem at its field. */
    boolean isValid() {
        clearMarks();
        if (full && (persons.getValue() == null || !BookingRules.isPersons(persons.getValue()))) {
            mark(persons, "booking.error.persons");
            return false;
        }
        if (full && lastDate.getValue() == null) {
            mark(lastDate, "waitlist.error.lastDate");
            return false;
        }
        if (!BookingRules.isOptionalEmail(email.getValue())) {
            mark(email, "booking.error.email");
            return false;
        }
        return true;
    }

    /** Shows a refusal at its field; false when it belongs to no field. */
    boolean showAtField(UserFacingException refused) {
        switch (refused.messageKey()) {
            case "booking.error.email" -> email.setErrorMessage(getTranslation(refused.messageKey()));
            case "waitlist.error.lastDate" -> lastDate.setErrorMessage(getTranslation(refused.messageKey(),
                    refused.args()));
            case "booking.error.persons" -> persons.setErrorMessage(getTranslation(refused.messageKey()));
            default -> {
                return false;
            }
        }
        switch (refused.messageKey()) {
            case "booking.error.email" -> email.setInvalid(true);
            case "waitlist.error.lastDate" -> lastDate.setInvalid(true);
            default -> persons.setInvalid(true);
        }
        return true;
    }

    private void mark(com.vaadin.flow.component.shared.HasValidationProperties field, String key) {
        field.setErrorMessage(getTranslation(key, 180));
        field.setInvalid(true);
    }

    private void clearMarks() {
        persons.setInvalid(false);
        lastDate.setInvalid(false);
        email.setInvalid(false);
    }

    Topic topic() {
        return topic.getValue() == null ? Topic.OTHER : topic.getValue();
    }

    String language() {
        return language.getValue() == null ? "de" : language.getValue().code();
    }

    boolean interpreter() {
        return interpreter.getValue();
    }

    int persons() {
        return persons.getValue() == null ? 1 : persons.getValue();
    }

    LocalDate lastDate() {
        return lastDate.getValue() == null ? LocalDate.MIN : lastDate.getValue();
    }

    @Nullable String email() {
        return email.getValue() == null || email.getValue().isBlank() ? null : email.getValue();
    }

    private static java.util.Optional<Integer> number(String value) {
        try {
            return java.util.Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }
}
