package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.FieldRules;
import de.lokalwillkommen.office.OfficeForm;
import de.lokalwillkommen.office.OrganisationRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

class OfficeFormView extends Composite<FormLayout> implements EditableForm<OfficeForm> {

    private final Binder<OfficeForm> binder = new Binder<>(OfficeForm.class);
    private OfficeForm edited = new OfficeForm();

    OfficeFormView(List<DistrictRef> districts, List<OrganisationRef> organisations, Languages languages) {
        TextField name = new TextField(getTranslation("field.name"));
        TextField slug = new TextField(getTranslation("field.slug"));
        slug.setHelperText(getTranslation("field.slug.help"));
        MultiSelectComboBox<DistrictRef> served = new MultiSelectComboBox<>(getTranslation("field.districts"));
        served.setItems(districts);
        served.setItemLabelGenerator(DistrictRef::name);
        TextField street = new TextField(getTranslation("field.street"));
        TextField postcode = new TextField(getTranslation("field.postcode"));
        TextField city = new TextField(getTranslation("field.city"));
        TextField phone = new TextField(getTranslation("field.phone"));
        EmailField email = new EmailField(getTranslation("field.email"));
        MultiSelectComboBox<Language> spoken = new MultiSelectComboBox<>(getTranslation("field.languages"));
        spoken.setItems(languages.all());
        spoken.setItemLabelGenerator(Language::name);
        TextArea accessibility = new TextArea(getTranslation("field.accessibility"));
        accessibility.setMaxLength(FieldRules.NOTES_MAX);

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(Validators.rule(FieldRules::isName, "validation.tooLong", this))
                .bind(OfficeForm::getName, OfficeForm::setName);
        binder.forField(slug).withValidator(Validators.rule(s -> s.isBlank() || FieldRules.isSlug(s), "validation.slug", this))
                .bind(OfficeForm::getSlug, OfficeForm::setSlug);
        binder.forField(served).asRequired(getTranslation("validation.districts"))
                .bind(OfficeForm::getDistricts, OfficeForm::setDistricts);
        binder.forField(street).bind(OfficeForm::getStreet, OfficeForm::setStreet);
        binder.forField(postcode).withValidator(Validators.rule(FieldRules::isOptionalPostcode, "validation.postcode", this))
                .bind(OfficeForm::getPostcode, OfficeForm::setPostcode);
        binder.forField(city).asRequired(getTranslation("validation.required"))
                .bind(OfficeForm::getCity, OfficeForm::setCity);
        binder.forField(phone).withValidator(Validators.rule(FieldRules::isOptionalPhone, "validation.phone", this))
                .bind(OfficeForm::getPhone, OfficeForm::setPhone);
        binder.forField(email).withValidator(Validators.rule(FieldRules::isOptionalEmail, "validation.email", this))
                .bind(OfficeForm::getEmail, OfficeForm::setEmail);
        binder.forField(spoken).bind(
                form -> form.getLanguages().stream().map(languages::byCode).flatMap(Optional::stream)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (form, chosen) -> form.setLanguages(chosen.stream().map(Language::code)
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
        binder.forField(accessibility).bind(OfficeForm::getAccessibilityNotes, OfficeForm::setAccessibilityNotes);
        TeamEditor team = new TeamEditor(organisations);
        binder.forField(team).withValidator(members -> team.rowsValid(), getTranslation("validation.team"))
                .bind(OfficeForm::getTeam, OfficeForm::setTeam);
        getContent().add(name, slug, served, street, postcode, city, phone, email, spoken, accessibility, team);
        getContent().setColspan(team, 2);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void edit(OfficeForm form) {
        edited = form;
        binder.readBean(form);
    }

    @Override
    public Optional<OfficeForm> validated() {
        return binder.writeBeanIfValid(edited) ? Optional.of(edited) : Optional.empty();
    }
}
