package de.lokalwillkommen.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
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

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    void update(OrganisationForm form) {
        this.name = form.getName().trim();
        this.kind = form.getKind();
        this.website = Text.blankToNull(form.getWebsite());
        this.phone = Text.blankToNull(form.getPhone());
        this.email = Text.blankToNull(form.getEmail());
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
        return form;
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(id, name, kind, website, phone, email);
    }
}
