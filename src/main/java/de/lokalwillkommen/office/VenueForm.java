package de.lokalwillkommen.office;

import org.jspecify.annotations.Nullable;

public class VenueForm {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private String street = "";
    private String postcode = "";
    private String city = "";
    private @Nullable OfficeRef office;
    private @Nullable OrganisationRef organisation;
    private String accessibilityNotes = "";

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public @Nullable OfficeRef getOffice() { return office; }
    public void setOffice(@Nullable OfficeRef office) { this.office = office; }
    public @Nullable OrganisationRef getOrganisation() { return organisation; }
    public void setOrganisation(@Nullable OrganisationRef organisation) { this.organisation = organisation; }
    public String getAccessibilityNotes() { return accessibilityNotes; }
    public void setAccessibilityNotes(String notes) { this.accessibilityNotes = notes; }
}
