/**
 * The audit log: who opened or changed which record, and when. Features call {@link de.lokalwillkommen.base.audit.AuditLog}
 * from their services (so every way to a record is covered, not only one view); the ADMIN search view is the audit
 * feature's. The application only ever inserts and selects, apart from the retention job (docs/decisions/0016).
 */
@NullMarked
package de.lokalwillkommen.base.audit;

import org.jspecify.annotations.NullMarked;
