package de.lokalwillkommen.office;

import org.jspecify.annotations.Nullable;

public class OrganisationForm {

    private @Nullable Long id;
    private long version;
    private String name = "";
    private OrganisationKind kind = OrganisationKind.INITIATIVE;
    private String website = "";
    private String phone = "";
    private String email = "";

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
}
