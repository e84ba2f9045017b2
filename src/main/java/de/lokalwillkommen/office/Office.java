package de.lokalwillkommen.office;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A welcome office ("Willkommensbüro"): where a team is reachable for one or two districts. */
@Entity
class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    private @Nullable String street;
    private @Nullable String postcode;

    @Column(nullable = false)
    private String city;

    private @Nullable String phone;
    private @Nullable String email;

    @Column(name = "accessibility_notes")
    private @Nullable String accessibilityNotes;

    /** Language codes the team can consult in, comma-separated. */
    @Column(nullable = false)
    private String languages = "";

    @ManyToMany
    @JoinTable(name = "office_district", joinColumns = @JoinColumn(name = "office_id"),
            inverseJoinColumns = @JoinColumn(name = "district_id"))
    private Set<District> districts = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "office_id", nullable = false)
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @Version
    private long version;

    protected Office() {
    }

    Office(String slug, String name, String city) {
        this.slug = slug;
        this.name = name;
        this.city = city;
    }

    void update(OfficeForm form, Set<District> newDistricts) {
        this.slug = form.getSlug().trim();
        this.name = form.getName().trim();
        this.street = Text.blankToNull(form.getStreet());
        this.postcode = Text.blankToNull(form.getPostcode());
        this.city = form.getCity().trim();
        this.phone = Text.blankToNull(form.getPhone());
        this.email = Text.blankToNull(form.getEmail());
        this.accessibilityNotes = Text.blankToNull(form.getAccessibilityNotes());
        this.languages = String.join(",", form.getLanguages());
        this.districts = new LinkedHashSet<>(newDistricts);
    }

    void replaceTeam(List<TeamMember> members) {
        team.clear();
        team.addAll(members);
    }

    void addTeamMember(TeamMember member) {
        team.add(member);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    @Nullable String getPhone() {
        return phone;
    }

    List<String> districtNames() {
        return districts.stream().map(District::getName).sorted().toList();
    }

    List<String> languageCodes() {
        return languages.isBlank() ? List.of() : Arrays.stream(languages.split(",")).toList();
    }

    OfficeSummary toSummary() {
        return new OfficeSummary(id, slug, name, districtNames(), address(), phone);
    }

    @Nullable String address() {
        return Text.address(street, postcode, city);
    }

    OfficeDetails toDetails(List<VenueSummary> venues) {
        return new OfficeDetails(id, slug, name, districtNames(), street, postcode, city, phone, email,
                accessibilityNotes, languageCodes(), team.stream().map(TeamMember::toView).toList(), venues);
    }

    OfficeForm toForm() {
        OfficeForm form = new OfficeForm();
        form.setId(id);
        form.setVersion(version);
        form.setSlug(slug);
        form.setName(name);
        form.setStreet(Text.nullToBlank(street));
        form.setPostcode(Text.nullToBlank(postcode));
        form.setCity(city);
        form.setPhone(Text.nullToBlank(phone));
        form.setEmail(Text.nullToBlank(email));
        form.setAccessibilityNotes(Text.nullToBlank(accessibilityNotes));
        form.setLanguages(new LinkedHashSet<>(languageCodes()));
        form.setDistricts(new LinkedHashSet<>(districts.stream().map(District::toRef)
                .sorted(Comparator.comparing(DistrictRef::name)).toList()));
        form.setTeam(new ArrayList<>(team.stream().map(TeamMember::toForm).toList()));
        return form;
    }
}
