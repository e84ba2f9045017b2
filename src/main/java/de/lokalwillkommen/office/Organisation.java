package de.lokalwillkommen.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A welfare association, the city's social welfare office, a church, a club or a public service. */
@Entity
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    private @Nullable String website;
    private @Nullable String phone;
    private @Nullable String email;

    /** Public postal address as one line; null while unknown. */
    private @Nullable String address;

    /** Language codes the organisation offers help in, comma-separated. */
    @Column(nullable = false)
    private String languages = "";

    @ManyToMany
    @JoinTable(name = "organisation_district", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "district_id"))
    private Set<District> districts = new LinkedHashSet<>();

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    void update(OrganisationForm form, Set<District> newDistricts) {
        this.name = form.getName().trim();
        this.kind = form.getKind();
        this.website = Text.blankToNull(form.getWebsite());
        this.phone = Text.blankToNull(form.getPhone());
        this.email = Text.blankToNull(form.getEmail());
        this.address = Text.blankToNull(form.getAddress());
        this.languages = String.join(",", form.getLanguages());
        this.districts = new LinkedHashSet<>(newDistricts);
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

    OrganisationRef toRef() {
        return new OrganisationRef(id, name);
    }

    OrganisationForm toForm() {
        OrganisationForm form = new OrganisationForm();
        form.setId(id);
        form.setVersion(version);
        form.setName(name);
        form.setKind(kind);
        form.setWebsite(Text.nullToBlank(website));
        form.setPhone(Text.nullToBlank(phone));
        form.setEmail(Text.nullToBlank(email));
        form.setAddress(Text.nullToBlank(address));
        form.setLanguages(new LinkedHashSet<>(languageCodes()));
        form.setDistricts(new LinkedHashSet<>(districts.stream().map(District::toRef)
                .sorted(Comparator.comparing(DistrictRef::name)).toList()));
        return form;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(id, name, kind, website, phone, email, address,
                districts.stream().map(District::getName).sorted().toList(), languageCodes());
    }

    boolean serves(long districtId) {
        return districts.stream().anyMatch(d -> d.getId() == districtId);
    }

    OrganisationKind getKind() {
        return kind;
    }

    private List<String> languageCodes() {
        return languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }
}
