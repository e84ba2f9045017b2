/** The ADMIN view of the audit log that {@link de.lokalwillkommen.base.audit.AuditLog} writes. */
@NullMarked
package de.lokalwillkommen.audit;

import org.jspecify.annotations.NullMarked;
