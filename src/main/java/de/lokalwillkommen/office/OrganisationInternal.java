package de.lokalwillkommen.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What only the network's staff may know about a partner organisation: whom to call there, and notes.
 * A table and entity of its own, so no public query can read it by accident.
 */
@Entity
@Table(name = "organisation_internal")
class OrganisationInternal {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "contact_person")
    private @Nullable String contactPerson;

    private @Nullable String notes;

    protected OrganisationInternal() {
    }

    OrganisationInternal(long organisationId) {
        this.organisationId = organisationId;
    }

    void update(OrganisationForm form) {
        this.contactPerson = Text.blankToNull(form.getContactPerson());
        this.notes = Text.blankToNull(form.getInternalNotes());
    }

    void copyTo(OrganisationForm form) {
        form.setContactPerson(Text.nullToBlank(contactPerson));
        form.setInternalNotes(Text.nullToBlank(notes));
    }
}
