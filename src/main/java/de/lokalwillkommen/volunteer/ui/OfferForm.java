package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.ui.LegalLinks;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import de.lokalwillkommen.base.ui.CharacterLimit;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.Rhythm;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An offer of help on one page, in short sections a phone shows one after another: about you, how you
 * would like to help, languages, where, when, anything else, consent. What was typed stays whatever the
 * service says; every refusal is shown at its field, in the reader's language.
 */
class OfferForm extends Composite<Div> {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final CheckboxGroup<HelpType> helpTypes = new CheckboxGroup<>();
    private final TextField otherHelp = new TextField();
    private final Paragraph childrenNote = new Paragraph();
    private final LanguageRows languages;
    private final Checkbox wholeCity = new Checkbox();
    private final CheckboxGroup<DistrictRef> districts = new CheckboxGroup<>();
    private final RadioButtonGroup<Rhythm> rhythm = new RadioButtonGroup<>();
    private final Map<DayOfWeek, CheckboxGroup<PartOfDay>> days = new EnumMap<>(DayOfWeek.class);
    private final Paragraph timesError = new Paragraph();
    private final DatePicker from = VolunteerTexts.localised(new DatePicker());
    private final DatePicker until = VolunteerTexts.localised(new DatePicker());
    private final TextArea message = new TextArea();
    private final CharacterLimit messageLimit;
    private final Checkbox consent = new Checkbox();
    private final boolean withConsent;
    private final LocalDate today;

    /** @param withConsent the registration asks for consent; an update through the personal link does not again */
    OfferForm(List<DistrictRef> districtList, VolunteerLanguages volunteerLanguages, LocalDate today,
            boolean withConsent) {
        this.withConsent = withConsent;
        this.today = today;
        this.languages = new LanguageRows(volunteerLanguages);
        Div form = getContent();
        form.addClassName("lw-volunteer-form");

        name.setLabel(getTranslation("volunteer.name"));
        name.setMaxLength(VolunteerRules.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("volunteer.email"));
        email.setMaxLength(VolunteerRules.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.addClassName("lw-ltr-value");
        phone.setLabel(getTranslation("volunteer.phone"));
        phone.setMaxLength(VolunteerRules.PHONE_MAX);
        phone.setAllowedCharPattern("[0-9+ ()/-]");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.addClassName("lw-ltr-value");
        form.add(section("volunteer.section.you", new Paragraph(getTranslation("volunteer.contact.help")), name, email,
                phone));

        helpTypes.setLabel(getTranslation("volunteer.helpTypes"));
        helpTypes.setItems(HelpType.values());
        helpTypes.setItemLabelGenerator(t -> VolunteerTexts.helpType(this, t));
        helpTypes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        helpTypes.addValueChangeListener(e -> helpTypesChanged());
        otherHelp.setLabel(getTranslation("volunteer.otherHelp"));
        otherHelp.setMaxLength(VolunteerRules.OTHER_HELP_MAX);
        childrenNote.setText(getTranslation("volunteer.children.note"));
        childrenNote.addClassName("lw-volunteer-notice");
        childrenNote.getElement().setAttribute("role", "note");
        form.add(section("volunteer.section.help", helpTypes, otherHelp, childrenNote));

        form.add(section("volunteer.section.languages", new Paragraph(getTranslation("volunteer.languages.help")),
                languages));

        wholeCity.setLabel(getTranslation("volunteer.wholeCity"));
        wholeCity.addValueChangeListener(e -> districts.setVisible(!e.getValue()));
        districts.setLabel(getTranslation("volunteer.districts"));
        districts.setItems(districtList);
        districts.setItemLabelGenerator(DistrictRef::name);
        districts.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        districts.addClassName("lw-volunteer-districts");
        form.add(section("volunteer.section.where", wholeCity, districts));

        rhythm.setLabel(getTranslation("volunteer.rhythm"));
        rhythm.setItems(Rhythm.values());
        rhythm.setItemLabelGenerator(r -> getTranslation("volunteer.rhythm." + r.name()));
        rhythm.setValue(Rhythm.REGULAR);
        Div week = new Div();
        week.addClassName("lw-volunteer-week");
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckboxGroup<PartOfDay> parts = new CheckboxGroup<>();
            parts.setLabel(VolunteerTexts.weekday(this, day));
            parts.setItems(PartOfDay.values());
            parts.setItemLabelGenerator(p -> VolunteerTexts.part(this, p));
            parts.addClassName("lw-volunteer-day");
            days.put(day, parts);
            week.add(parts);
        }
        timesError.addClassName("lw-volunteer-error");
        timesError.getElement().setAttribute("role", "alert");
        timesError.setVisible(false);
        from.setLabel(getTranslation("volunteer.from"));
        from.setValue(today);
        from.setMin(today.minusYears(1));
        until.setLabel(getTranslation("volunteer.until"));
        until.setHelperText(getTranslation("volunteer.until.help"));
        until.setMin(today);
        // Dates are digits: they read left to right inside Arabic, Farsi and Pashto forms too.
        from.addClassName("lw-ltr-value");
        until.addClassName("lw-ltr-value");
        Div dates = new Div(from, until);
        dates.addClassName("lw-volunteer-dates");
        form.add(section("volunteer.section.when", rhythm,
                new Paragraph(getTranslation("volunteer.times.help")), week, timesError, dates));

        message.setLabel(getTranslation("volunteer.message"));
        messageLimit = CharacterLimit.on(message, VolunteerRules.MESSAGE_MAX, getTranslation("volunteer.message.help"));
        consent.setLabel(getTranslation("volunteer.consent"));
        Paragraph explanation = new Paragraph(getTranslation("volunteer.consent.explanation"));
        explanation.addClassName("lw-consent-text");
        explanation.add(new Text(" "), LegalLinks.privacyNotice());
        Section last = section("volunteer.section.more", message);
        if (withConsent) {
            last.add(explanation, consent);
        }
        form.add(last);
        helpTypesChanged();
        clearErrorsOnceFixed();
    }

    /**
     * An error stays only while its cause does: once the person fixes a field (ticks a time, chooses a kind
     * of help, shortens the text), its message goes, without waiting for the next press of the button.
     */
    private void clearErrorsOnceFixed() {
        clearWhenValid(name, () -> VolunteerRules.isName(name.getValue()));
        clearWhenValid(email, () -> VolunteerRules.isOptionalEmail(email.getValue())
                && VolunteerRules.hasContact(email.getValue(), phone.getValue()));
        clearWhenValid(phone, () -> VolunteerRules.isOptionalPhone(phone.getValue()));
        phone.addValueChangeListener(e -> {
            if (email.isInvalid() && VolunteerRules.isOptionalEmail(email.getValue())
                    && VolunteerRules.hasContact(email.getValue(), phone.getValue())) {
                email.setInvalid(false);
            }
        });
        clearWhenValid(helpTypes, () -> !helpTypes.getValue().isEmpty());
        clearWhenValid(districts, () -> !districts.getValue().isEmpty());
        wholeCity.addValueChangeListener(e -> {
            if (e.getValue()) {
                districts.setInvalid(false);
            }
        });
        clearWhenValid(message, () -> messageLimit.allows(message.getValue()));
        clearWhenValid(consent, consent::getValue);
        days.values().forEach(parts -> parts.addValueChangeListener(e -> {
            if (!times().isEmpty()) {
                timesError.setVisible(false);
            }
        }));
    }

    private <F extends HasValidationProperties & HasValue<?, ?>> void clearWhenValid(F field, BooleanSupplier valid) {
        field.addValueChangeListener(e -> {
            if (field.isInvalid() && valid.getAsBoolean()) {
                field.setInvalid(false);
            }
        });
    }

    private Section section(String titleKey, Component... parts) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("lw-volunteer-section");
        section.add(parts);
        return section;
    }

    private void helpTypesChanged() {
        Set<HelpType> chosen = helpTypes.getValue();
        otherHelp.setVisible(chosen.contains(HelpType.OTHER));
        childrenNote.setVisible(chosen.stream().anyMatch(HelpType::mayInvolveChildren));
        languages.setInterpreting(chosen.contains(HelpType.INTERPRETING));
    }

    /** A fresh form: the first language row is the language the page is read in. */
    void startWith(String uiLanguage) {
        languages.startWith(uiLanguage);
    }

    /** Fills the form with an offer, for the volunteer's update through the personal link. */
    void fill(OfferRequest offer, List<DistrictRef> districtList) {
        name.setValue(offer.name());
        email.setValue(offer.email() == null ? "" : offer.email());
        phone.setValue(offer.phone() == null ? "" : offer.phone());
        helpTypes.setValue(offer.helpTypes());
        otherHelp.setValue(offer.otherHelp() == null ? "" : offer.otherHelp());
        languages.setLanguages(offer.languages());
        wholeCity.setValue(offer.wholeCity());
        districts.setValue(districtList.stream().filter(d -> offer.districtIds().contains(d.id()))
                .collect(Collectors.toSet()));
        rhythm.setValue(offer.rhythm());
        days.forEach((day, parts) -> parts.setValue(offer.times().stream().filter(t -> t.day() == day)
                .map(TimeSlot::part).collect(Collectors.toSet())));
        from.setValue(offer.availableFrom());
        from.setMin(offer.availableFrom().isBefore(today) ? offer.availableFrom() : today);
        until.setValue(offer.availableUntil());
        message.setValue(offer.message() == null ? "" : offer.message());
        helpTypesChanged();
    }

    /**
     * What was typed, if every field is valid; otherwise the fields say what to fix, keep their values, and
     * the first one to fix gets the focus.
     */
    Optional<OfferRequest> validated(String uiLanguage, @Nullable String attemptKey, @Nullable String clientKey) {
        clearErrors();
        boolean ok = true;
        ok &= check(name, VolunteerRules.isName(name.getValue()), "volunteer.error.name");
        ok &= check(email, VolunteerRules.isOptionalEmail(email.getValue()), "volunteer.error.email");
        ok &= check(phone, VolunteerRules.isOptionalPhone(phone.getValue()), "volunteer.error.phone");
        if (ok && !VolunteerRules.hasContact(email.getValue(), phone.getValue())) {
            ok = check(email, false, "volunteer.error.contact");
        }
        ok &= check(helpTypes, !helpTypes.getValue().isEmpty(), "volunteer.error.helpTypes");
        ok &= check(otherHelp, !otherHelp.isVisible() || (!otherHelp.getValue().isBlank()
                && otherHelp.getValue().strip().length() <= VolunteerRules.OTHER_HELP_MAX), "volunteer.error.otherHelp");
        ok &= languages.validate(helpTypes.getValue().contains(HelpType.INTERPRETING));
        ok &= check(districts, wholeCity.getValue() || !districts.getValue().isEmpty(), "volunteer.error.area");
        Set<TimeSlot> times = times();
        if (times.isEmpty()) {
            timesError.setText(getTranslation("volunteer.error.times"));
            timesError.setVisible(true);
            ok = false;
        }
        ok &= check(from, from.getValue() != null && !from.getValue().isAfter(
                today.plusDays(VolunteerRules.FROM_MAX_DAYS_AHEAD)), "volunteer.error.from");
        ok &= check(until, until.getValue() == null || (!until.getValue().isBefore(today)
                && (from.getValue() == null || !until.getValue().isBefore(from.getValue()))), "volunteer.error.until");
        String tooLong = messageLimit.problemWith(message.getValue());
        if (tooLong != null) {
            message.setErrorMessage(tooLong);
            message.setInvalid(true);
            ok = false;
        }
        if (withConsent) {
            ok &= check(consent, consent.getValue(), "volunteer.error.consent");
        }
        if (!ok) {
            focusFirstInvalid();
            return Optional.empty();
        }
        return Optional.of(new OfferRequest(name.getValue(), email.getValue(), phone.getValue(), helpTypes.getValue(),
                otherHelp.getValue(), languages.value(),
                wholeCity.getValue() ? Set.of() : districts.getValue().stream().map(DistrictRef::id)
                        .collect(Collectors.toSet()),
                wholeCity.getValue(), times, rhythm.getValue() == null ? Rhythm.REGULAR : rhythm.getValue(),
                from.getValue(), until.getValue(), message.getValue(), !withConsent || consent.getValue(), uiLanguage,
                attemptKey, clientKey));
    }

    private Set<TimeSlot> times() {
        Set<TimeSlot> times = new HashSet<>();
        days.forEach((day, parts) -> parts.getValue().forEach(p -> times.add(new TimeSlot(day, p))));
        return times;
    }

    private boolean check(HasValidationProperties field, boolean valid, String messageKey) {
        if (!valid) {
            field.setErrorMessage(getTranslation(messageKey));
            field.setInvalid(true);
        }
        return valid;
    }

    private void clearErrors() {
        for (HasValidationProperties field : List.<HasValidationProperties>of(name, email, phone, helpTypes, otherHelp,
                districts, from, until, message, consent)) {
            field.setInvalid(false);
        }
        timesError.setVisible(false);
        languages.showError(null);
    }

    private void focusFirstInvalid() {
        for (Component field : List.<Component>of(name, email, phone, helpTypes, otherHelp, districts, from, until,
                message, consent)) {
            if (field instanceof HasValidationProperties v && v.isInvalid()) {
                if (field instanceof TextFieldBase<?, ?> text) {
                    text.focus();
                } else {
                    field.scrollIntoView();
                }
                return;
            }
        }
    }

    /** Shows a refusal of the service at the field it concerns; false if it concerns none of them. */
    boolean showAtField(String messageKey, String text) {
        @Nullable HasValidationProperties field = switch (messageKey) {
            case "volunteer.error.name" -> name;
            case "volunteer.error.email", "volunteer.error.contact" -> email;
            case "volunteer.error.phone" -> phone;
            case "volunteer.error.helpTypes" -> helpTypes;
            case "volunteer.error.otherHelp" -> otherHelp;
            case "volunteer.error.area" -> districts;
            case "volunteer.error.from" -> from;
            case "volunteer.error.until" -> until;
            case "volunteer.error.message" -> message;
            case "volunteer.error.consent" -> consent;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
            return true;
        }
        if (messageKey.startsWith("volunteer.error.language") || messageKey.equals("volunteer.error.interpreting")) {
            languages.showError(text);
            return true;
        }
        if (messageKey.equals("volunteer.error.times")) {
            timesError.setText(text);
            timesError.setVisible(true);
            return true;
        }
        return false;
    }
}
