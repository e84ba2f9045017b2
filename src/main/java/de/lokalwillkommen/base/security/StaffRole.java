package de.lokalwillkommen.base.security;

/** ADMIN coordinates the whole network (all offices); STAFF works in the offices they belong to. */
public enum StaffRole {
    ADMIN,
    STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";

    /** The role's name as the public texts use it ("role.name.ADMIN"): every consent text names each role. */
    public String nameKey() {
        return "role.name." + name();
    }

    /** Whose personal data this role sees ("role.scope.ADMIN"): all offices, or only its own. */
    public String scopeKey() {
        return "role.scope." + name();
    }
}
