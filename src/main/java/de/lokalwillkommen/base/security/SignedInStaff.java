package de.lokalwillkommen.base.security;

import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in staff member: what views and services need to decide access
 * (role, offices), without the password hash ever leaving the sign-in.
 */
public class SignedInStaff extends User {

    private final long accountId;
    private final String displayName;
    private final StaffRole role;
    private final Set<Long> officeIds;
    private final long rightsVersion;

    SignedInStaff(StaffAccount account) {
        super(account.getUsername(), account.getPasswordHash(), account.isActive(), true, true, true,
                Set.<GrantedAuthority>of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.officeIds = account.getOfficeIds();
        this.rightsVersion = account.getRightsVersion();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public StaffRole role() {
        return role;
    }

    public Set<Long> officeIds() {
        return officeIds;
    }

    /** The account's rights as they were when this principal was made (StaffRightsCheck compares it). */
    long rightsVersion() {
        return rightsVersion;
    }

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }

    /** ADMIN may act for every office; STAFF only for the offices they belong to. */
    public boolean mayActFor(long officeId) {
        return isAdmin() || officeIds.contains(officeId);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
