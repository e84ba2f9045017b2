package de.lokalwillkommen.office;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The editable fields of an office, bound by the admin form and checked again by the service. */
public class OfficeForm {

    private @Nullable Long id;
    private long version;
    private String slug = "";
    private String name = "";
    private String street = "";
    private String postcode = "";
    private String city = "";
    private String phone = "";
    private String email = "";
    private String accessibilityNotes = "";
    private Set<String> languages = new LinkedHashSet<>();
    private Set<DistrictRef> districts = new LinkedHashSet<>();
    private List<TeamMemberForm> team = new ArrayList<>();

    public @Nullable Long getId() { return id; }
    public void setId(@Nullable Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAccessibilityNotes() { return accessibilityNotes; }
    public void setAccessibilityNotes(String notes) { this.accessibilityNotes = notes; }
    public Set<String> getLanguages() { return languages; }
    public void setLanguages(Set<String> languages) { this.languages = languages; }
    public Set<DistrictRef> getDistricts() { return districts; }
    public void setDistricts(Set<DistrictRef> districts) { this.districts = districts; }
    public List<TeamMemberForm> getTeam() { return team; }
    public void setTeam(List<TeamMemberForm> team) { this.team = team; }
}
