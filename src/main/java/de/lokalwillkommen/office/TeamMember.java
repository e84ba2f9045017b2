package de.lokalwillkommen.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A role in an office's team and the organisation that employs it; a person's name is optional. */
@Entity
@Table(name = "team_member")
class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamRole role;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation organisation;

    private @Nullable String name;

    protected TeamMember() {
    }

    TeamMember(TeamRole role, @Nullable Organisation organisation, @Nullable String name) {
        this.role = role;
        this.organisation = organisation;
        this.name = name;
    }

    TeamMemberForm toForm() {
        return new TeamMemberForm(role, organisation == null ? null : organisation.toRef(), name == null ? "" : name);
    }

    TeamMemberView toView() {
        return new TeamMemberView(role, organisation == null ? null : organisation.getName(), name);
    }
}
