package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.ui.LegalLinks;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.booking.BookingRules;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Step 3: a name or initials in any script, optionally a phone number and an e-mail address, and the
 * consent, explained in plain words. The form keeps what was typed whatever the booking service says.
 */
class ContactForm extends Composite<FormLayout> {

    private final ContactDetails details;
    private final Binder<ContactDetails> binder = new Binder<>(ContactDetails.class);
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Checkbox consent = new Checkbox();

    ContactForm(ContactDetails details) {
        this.details = details;
        FormLayout form = getContent();
        form.addClassName("lw-book-form");
        form.setResponsiveSteps(new ResponsiveStep("0", 1));

        name.setLabel(getTranslation("book.name"));
        name.setHelperText(getTranslation("book.name.help"));
        name.setMaxLength(BookingRules.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        phone.setLabel(getTranslation("book.phone"));
        phone.setHelperText(getTranslation("book.phone.help"));
        phone.setAllowedCharPattern("[0-9+ ()/-]");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.addClassName("lw-ltr-value");
        email.setLabel(getTranslation("book.email"));
        email.setHelperText(getTranslation("book.email.help"));
        email.setMaxLength(BookingRules.EMAIL_MAX);
        email.addClassName("lw-ltr-value");
        consent.setLabel(getTranslation("book.consent"));
        Paragraph explanation = new Paragraph(getTranslation("book.consent.explanation"));
        explanation.addClassName("lw-consent-text");
        explanation.add(new Text(" "), LegalLinks.privacyNotice());

        binder.forField(name).withValidator(BookingRules::isName, getTranslation("booking.error.name"))
                .bind(ContactDetails::getName, ContactDetails::setName);
        binder.forField(phone).withValidator(BookingRules::isOptionalPhone, getTranslation("booking.error.phone"))
                .bind(ContactDetails::getPhone, ContactDetails::setPhone);
        binder.forField(email).withValidator(BookingRules::isOptionalEmail, getTranslation("booking.error.email"))
                .bind(ContactDetails::getEmail, ContactDetails::setEmail);
        binder.forField(consent).asRequired(getTranslation("booking.error.consent"))
                .bind(ContactDetails::isConsent, ContactDetails::setConsent);
        binder.setBean(details);
        form.add(name, phone, email, explanation, consent);
    }

    /** The details when every field is valid; otherwise the fields show what to fix and keep their values. */
    Optional<ContactDetails> validated() {
        return binder.validate().isOk() ? Optional.of(details) : Optional.empty();
    }

    /** Shows a refusal of the booking service at the field it concerns; false if it concerns none of them. */
    boolean showAtField(String messageKey, String message) {
        @Nullable HasValidationProperties field = switch (messageKey) {
            case "booking.error.name" -> name;
            case "booking.error.phone" -> phone;
            case "booking.error.email" -> email;
            case "booking.error.consent" -> consent;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
