package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.office.FieldRules;
import de.lokalwillkommen.office.OrganisationForm;
import de.lokalwillkommen.office.OrganisationKind;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.office.DistrictRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

class OrganisationFormView extends Composite<FormLayout> implements EditableForm<OrganisationForm> {

    private final Binder<OrganisationForm> binder = new Binder<>(OrganisationForm.class);
    private OrganisationForm edited = new OrganisationForm();

    OrganisationFormView(List<DistrictRef> districts, Languages languages) {
        TextField name = new TextField(getTranslation("field.name"));
        Select<OrganisationKind> kind = new Select<>();
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        TextField website = new TextField(getTranslation("field.website"));
        TextField phone = new TextField(getTranslation("field.phone"));
        EmailField email = new EmailField(getTranslation("field.email"));
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(Validators.rule(FieldRules::isName, "validation.tooLong", this))
                .bind(OrganisationForm::getName, OrganisationForm::setName);
        binder.forField(kind).asRequired(getTranslation("validation.required"))
                .bind(OrganisationForm::getKind, OrganisationForm::setKind);
        binder.forField(website).withValidator(Validators.rule(FieldRules::isOptionalWebsite, "validation.website", this))
                .bind(OrganisationForm::getWebsite, OrganisationForm::setWebsite);
        binder.forField(phone).withValidator(Validators.rule(FieldRules::isOptionalPhone, "validation.phone", this))
                .bind(OrganisationForm::getPhone, OrganisationForm::setPhone);
        binder.forField(email).withValidator(Validators.rule(FieldRules::isOptionalEmail, "validation.email", this))
                .bind(OrganisationForm::getEmail, OrganisationForm::setEmail);
        TextField address = new TextField(getTranslation("field.address"));
        address.setMaxLength(300);
        MultiSelectComboBox<DistrictRef> served = new MultiSelectComboBox<>(getTranslation("field.districts"));
        served.setItems(districts);
        served.setItemLabelGenerator(DistrictRef::name);
        MultiSelectComboBox<Language> spoken = new MultiSelectComboBox<>(getTranslation("field.languages"));
        spoken.setItems(languages.all());
        spoken.setItemLabelGenerator(Language::name);
        binder.forField(address).bind(OrganisationForm::getAddress, OrganisationForm::setAddress);
        binder.forField(served).bind(OrganisationForm::getDistricts, OrganisationForm::setDistricts);
        binder.forField(spoken).bind(
                form -> form.getLanguages().stream().map(languages::byCode).flatMap(Optional::stream)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (form, chosen) -> form.setLanguages(chosen.stream().map(Language::code)
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
        // Staff only, visibly apart: these never appear in the public directory or the open data.
        H3 internal = new H3(getTranslation("partner.internal"));
        TextField contactPerson = new TextField(getTranslation("partner.contactPerson"));
        contactPerson.setMaxLength(FieldRules.NAME_MAX);
        TextArea notes = new TextArea(getTranslation("partner.notes"));
        notes.setMaxLength(FieldRules.NOTES_MAX);
        binder.forField(contactPerson).bind(OrganisationForm::getContactPerson, OrganisationForm::setContactPerson);
        binder.forField(notes).bind(OrganisationForm::getInternalNotes, OrganisationForm::setInternalNotes);
        Div staffOnly = new Div(internal, contactPerson, notes);
        staffOnly.addClassName("lw-contact-staff-only");
        getContent().add(name, kind, website, phone, email, address, served, spoken, staffOnly);
        getContent().setColspan(staffOnly, 2);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void edit(OrganisationForm form) {
        edited = form;
        binder.readBean(form);
    }

    @Override
    public Optional<OrganisationForm> validated() {
        return binder.writeBeanIfValid(edited) ? Optional.of(edited) : Optional.empty();
    }
}
