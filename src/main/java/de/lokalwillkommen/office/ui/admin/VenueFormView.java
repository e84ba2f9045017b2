package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.office.FieldRules;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OrganisationRef;
import de.lokalwillkommen.office.VenueForm;
import java.util.List;
import java.util.Optional;

class VenueFormView extends Composite<FormLayout> implements EditableForm<VenueForm> {

    private final Binder<VenueForm> binder = new Binder<>(VenueForm.class);
    private VenueForm edited = new VenueForm();

    VenueFormView(List<OfficeRef> offices, List<OrganisationRef> organisations) {
        TextField name = new TextField(getTranslation("field.name"));
        TextField street = new TextField(getTranslation("field.street"));
        TextField postcode = new TextField(getTranslation("field.postcode"));
        TextField city = new TextField(getTranslation("field.city"));
        ComboBox<OfficeRef> office = new ComboBox<>(getTranslation("field.office"), offices);
        office.setItemLabelGenerator(OfficeRef::name);
        ComboBox<OrganisationRef> host = new ComboBox<>(getTranslation("field.host"), organisations);
        host.setItemLabelGenerator(OrganisationRef::name);
        TextArea accessibility = new TextArea(getTranslation("field.accessibility"));
        accessibility.setMaxLength(FieldRules.NOTES_MAX);
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(Validators.rule(FieldRules::isName, "validation.tooLong", this))
                .bind(VenueForm::getName, VenueForm::setName);
        binder.forField(street).bind(VenueForm::getStreet, VenueForm::setStreet);
        binder.forField(postcode).withValidator(Validators.rule(FieldRules::isOptionalPostcode, "validation.postcode", this))
                .bind(VenueForm::getPostcode, VenueForm::setPostcode);
        binder.forField(city).asRequired(getTranslation("validation.required")).bind(VenueForm::getCity, VenueForm::setCity);
        binder.forField(office).bind(VenueForm::getOffice, VenueForm::setOffice);
        binder.forField(host).bind(VenueForm::getOrganisation, VenueForm::setOrganisation);
        binder.forField(accessibility).bind(VenueForm::getAccessibilityNotes, VenueForm::setAccessibilityNotes);
        getContent().add(name, street, postcode, city, office, host, accessibility);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void edit(VenueForm form) {
        edited = form;
        binder.readBean(form);
    }

    @Override
    public Optional<VenueForm> validated() {
        return binder.writeBeanIfValid(edited) ? Optional.of(edited) : Optional.empty();
    }
}
