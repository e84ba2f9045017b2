package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.base.ui.LegalLinks;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.ui.CharacterLimit;
import de.lokalwillkommen.message.MessageCategory;
import de.lokalwillkommen.message.MessageRules;
import de.lokalwillkommen.office.FieldRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is writing, the message, the language of the answer, optional contact details and the consent,
 * explained in plain words. Whatever is refused, everything typed stays in the fields.
 */
class MessageForm extends Composite<FormLayout> {

    private final MessageDraft draft = new MessageDraft();
    private final Binder<MessageDraft> binder = new Binder<>(MessageDraft.class);
    private final Select<MessageCategory> category = new Select<>();
    private final TextArea text = new TextArea();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    /** A plain text field: the e-mail field's own format check would show its untranslated message first. */
    private final TextField email = new TextField();
    private final Checkbox consent = new Checkbox();

    MessageForm(List<Language> languages, Language current, String municipality) {
        this(languages, current, municipality, null);
    }

    /** With {@code fixed}, the category is settled (a barrier report) and not asked. */
    MessageForm(List<Language> languages, Language current, String municipality, @Nullable MessageCategory fixed) {
        FormLayout form = getContent();
        form.addClassName("lw-contact-message-form");
        form.setResponsiveSteps(new ResponsiveStep("0", 1));
        category.setLabel(getTranslation("message.category"));
        category.setItems(MessageCategory.forOffices());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey(), municipality));
        category.setPlaceholder(getTranslation("book.choose"));
        if (fixed != null) {
            category.setItems(fixed);
            draft.setCategory(fixed);
            category.setVisible(false);
        }
        text.setLabel(getTranslation("message.text"));
        CharacterLimit limit = CharacterLimit.on(text, MessageRules.TEXT_MAX,
                getTranslation("message.text.help", MessageRules.TEXT_MAX));
        Select<Language> answer = new Select<>();
        answer.setLabel(getTranslation("message.answerLanguage"));
        answer.setItems(languages);
        answer.setItemLabelGenerator(Language::name);
        draft.setAnswerLanguage(current);
        name.setLabel(getTranslation("message.name"));
        name.setMaxLength(MessageRules.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        phone.setLabel(getTranslation("message.phone"));
        phone.setAllowedCharPattern("[0-9+ ()/-]");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.addClassName("lw-ltr-value");
        email.setLabel(getTranslation("message.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.addClassName("lw-ltr-value");
        Paragraph contactHint = new Paragraph(getTranslation("message.contact.help"));
        consent.setLabel(getTranslation("message.consent"));
        // A barrier report reaches the coordination only: its consent text says so.
        Paragraph explanation = new Paragraph(getTranslation(fixed == MessageCategory.ACCESSIBILITY
                ? "accessibility.feedback.consent" : "message.consent.explanation"));
        explanation.addClassName("lw-consent-text");
        explanation.add(new Text(" "), LegalLinks.privacyNotice());

        // A validator, not asRequired: Vaadin puts aria-required on the select's button, which axe rejects.
        binder.forField(category).withValidator(Objects::nonNull, getTranslation("message.error.category"))
                .bind(MessageDraft::getCategory, MessageDraft::setCategory);
        binder.forField(text).withValidator(t -> t != null && !t.isBlank(), getTranslation("message.error.text"))
                .withValidator(limit.validator()).bind(MessageDraft::getText, MessageDraft::setText);
        binder.forField(answer).withValidator(Objects::nonNull, getTranslation("validation.required"))
                .bind(MessageDraft::getAnswerLanguage, MessageDraft::setAnswerLanguage);
        binder.forField(name).withValidator(MessageRules::isOptionalName, getTranslation("message.error.name"))
                .bind(MessageDraft::getName, MessageDraft::setName);
        binder.forField(phone).withValidator(FieldRules::isOptionalPhone, getTranslation("message.error.phone"))
                .bind(MessageDraft::getPhone, MessageDraft::setPhone);
        binder.forField(email).withValidator(FieldRules::isOptionalEmail, getTranslation("message.error.email"))
                .bind(MessageDraft::getEmail, MessageDraft::setEmail);
        binder.forField(consent).asRequired(getTranslation("message.error.consent"))
                .bind(MessageDraft::isConsent, MessageDraft::setConsent);
        binder.setBean(draft);
        form.add(category, text, answer, contactHint, name, phone, email, explanation, consent);
    }

    Optional<MessageDraft> validated() {
        return binder.validate().isOk() ? Optional.of(draft) : Optional.empty();
    }

    /** Shows a refusal of the service at its field; false when it concerns none of them. */
    boolean showAtField(String messageKey, String message) {
        @Nullable HasValidationProperties field = switch (messageKey) {
            case "message.error.category" -> category;
            case "message.error.text", "message.error.textTooLong" -> text;
            case "message.error.name" -> name;
            case "message.error.phone" -> phone;
            case "message.error.email" -> email;
            case "message.error.consent" -> consent;
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
