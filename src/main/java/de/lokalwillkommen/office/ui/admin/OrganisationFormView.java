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
import java.util.Optional;

class OrganisationFormView extends Composite<FormLayout> implements EditableForm<OrganisationForm> {

    private final Binder<OrganisationForm> binder = new Binder<>(OrganisationForm.class);
    private OrganisationForm edited = new OrganisationForm();

    OrganisationFormView() {
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
        getContent().add(name, kind, website, phone, email);
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
