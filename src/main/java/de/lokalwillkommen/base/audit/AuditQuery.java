package de.lokalwillkommen.base.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A search of the audit log; every criterion is optional. Days are the municipality's, both inclusive. */
public record AuditQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor,
        @Nullable AuditAction action, @Nullable String recordType, @Nullable String recordId, @Nullable Long officeId) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
