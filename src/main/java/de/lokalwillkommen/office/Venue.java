package de.lokalwillkommen.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A partner place (club house, parish hall) where an office holds outreach hours. */
@Entity
class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private @Nullable String street;
    private @Nullable String postcode;

    @Column(nullable = false)
    private String city;

    @ManyToOne
    @JoinColumn(name = "office_id")
    private @Nullable Office office;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation organisation;

    @Column(name = "accessibility_notes")
    private @Nullable String accessibilityNotes;

    @Version
    private long version;

    protected Venue() {
    }

    Venue(String name, String city) {
        this.name = name;
        this.city = city;
    }

    void update(VenueForm form, @Nullable Office newOffice, @Nullable Organisation newOrganisation) {
        this.name = form.getName().trim();
        this.street = Text.blankToNull(form.getStreet());
        this.postcode = Text.blankToNull(form.getPostcode());
        this.city = form.getCity().trim();
        this.office = newOffice;
        this.organisation = newOrganisation;
        this.accessibilityNotes = Text.blankToNull(form.getAccessibilityNotes());
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    VenueSummary toSummary() {
        String address = Text.address(street, postcode, city);
        return new VenueSummary(id, name, address, office == null ? null : office.getName(),
                organisation == null ? null : organisation.getName(), accessibilityNotes);
    }

    VenueForm toForm() {
        VenueForm form = new VenueForm();
        form.setId(id);
        form.setVersion(version);
        form.setName(name);
        form.setStreet(Text.nullToBlank(street));
        form.setPostcode(Text.nullToBlank(postcode));
        form.setCity(city);
        form.setOffice(office == null ? null : new OfficeRef(office.getId(), office.getName()));
        form.setOrganisation(organisation == null ? null : organisation.toRef());
        form.setAccessibilityNotes(Text.nullToBlank(accessibilityNotes));
        return form;
    }
}
