package de.lokalwillkommen.base.security;

/** ADMIN coordinates the whole network (all offices); STAFF works in the offices they belong to. */
public enum StaffRole {
    ADMIN,
    STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";
}
