package de.lokalwillkommen.office;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public class OrganisationForm {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private OrganisationKind kind = OrganisationKind.INITIATIVE;
    private String website = "";
    private String phone = "";
    private String email = "";
    private String address = "";
    private Set<String> languages = new LinkedHashSet<>();
    private Set<DistrictRef> districts = new LinkedHashSet<>();
    /** Staff only: never shown publicly, stored apart from the public fields. */
    private String contactPerson = "";
    /** Staff only: never shown publicly, stored apart from the public fields. */
    private String internalNotes = "";

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public Set<DistrictRef> getDistricts() { return districts; }
    public void setDistricts(Set<DistrictRef> districts) { this.districts = districts; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getInternalNotes() { return internalNotes; }
    public void setInternalNotes(String internalNotes) { this.internalNotes = internalNotes; }
}
