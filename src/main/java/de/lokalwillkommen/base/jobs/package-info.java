/**
 * Scheduled jobs on several servers: ShedLock's JDBC lock ({@link de.lokalwillkommen.base.jobs.SchedulingConfig})
 * and the nightly retention job that runs every feature's {@link de.lokalwillkommen.base.jobs.PersonalDataRetention}.
 */
@NullMarked
package de.lokalwillkommen.base.jobs;

import org.jspecify.annotations.NullMarked;
