package de.lokalwillkommen.office;

import org.jspecify.annotations.Nullable;

/** One row of an office's team in the admin form: the role, the employing organisation, a name if wanted. */
public class TeamMemberForm {

    private TeamRole role = TeamRole.CITY_SOCIAL_WORKER;
    private @Nullable OrganisationRef organisation;
    private String name = "";

    public TeamMemberForm() {
    }

    public TeamMemberForm(TeamRole role, @Nullable OrganisationRef organisation, String name) {
        this.role = role;
        this.organisation = organisation;
        this.name = name;
    }

    public TeamRole getRole() { return role; }
    public void setRole(TeamRole role) { this.role = role; }
    public @Nullable OrganisationRef getOrganisation() { return organisation; }
    public void setOrganisation(@Nullable OrganisationRef organisation) { this.organisation = organisation; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
