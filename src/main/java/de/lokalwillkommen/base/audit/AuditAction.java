package de.lokalwillkommen.base.audit;

/** What was done to a record; the UI names each through "audit.action.<NAME>". */
public enum AuditAction {
    /** Personal data was shown to a staff member. */
    VIEW,
    CREATE,
    CHANGE,
    CANCEL,
    MOVE,
    DELETE,
    /** Data left the application (a CSV export). */
    EXPORT,
    /** A staff account was administered (created, deactivated, password reset). */
    ADMINISTER
}
