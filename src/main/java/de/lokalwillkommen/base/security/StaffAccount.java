package de.lokalwillkommen.base.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A staff member who signs in. Offices are referenced by id only: the office feature owns offices,
 * and the shell must not depend on it.
 */
@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_office", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "office_id")
    private Set<Long> officeIds = new HashSet<>();

    @Version
    private long version;

    /** Raised by every administrative change; open sessions compare it (StaffRightsCheck). */
    @Column(name = "rights_version", nullable = false)
    private long rightsVersion;

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String passwordHash, StaffRole role, Set<Long> officeIds) {
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.officeIds = new HashSet<>(officeIds);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    StaffRole getRole() {
        return role;
    }

    boolean isActive() {
        return active;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    Set<Long> getOfficeIds() {
        return Set.copyOf(officeIds);
    }

    long getVersion() {
        return version;
    }

    long getRightsVersion() {
        return rightsVersion;
    }

    /** What an administrator may change; the user name stays (the audit log refers to it). */
    void administer(String newDisplayName, StaffRole newRole, Set<Long> newOfficeIds, boolean nowActive) {
        this.displayName = newDisplayName.strip();
        this.role = newRole;
        this.officeIds = new HashSet<>(newRole == StaffRole.ADMIN ? Set.of() : newOfficeIds);
        this.active = nowActive;
        this.rightsVersion++;
    }

    /** A temporary password set by an administrator, to be replaced at the next sign-in. */
    void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
    }
}
