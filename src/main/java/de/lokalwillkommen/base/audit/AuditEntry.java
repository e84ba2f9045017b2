package de.lokalwillkommen.base.audit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. {@code at} is the municipality's wall-clock time; {@code actor} is the staff
 * member's user name, or {@link AuditLog#BOOKER} / {@link AuditLog#SYSTEM}.
 */
public record AuditEntry(long id, LocalDateTime at, String actor, AuditAction action, String recordType,
        @Nullable String recordId, @Nullable Long officeId, @Nullable String detail) {
}
