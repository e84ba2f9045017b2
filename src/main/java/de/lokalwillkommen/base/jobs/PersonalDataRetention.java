package de.lokalwillkommen.base.jobs;

import java.time.LocalDateTime;

/**
 * A feature's promise to forget: bookings, messages and volunteer records implement this, and the nightly
 * {@link RetentionJob} runs them all, on one server (ShedLock), each in its own transaction. The period is
 * the feature's entry under {@code lw.retention.*} ({@link RetentionProperties}). What stays afterwards must be
 * anonymous (topic, language, counts) so the figures keep working.
 */
public interface PersonalDataRetention {

    /** What is cleaned, for the log ("bookings"); never personal data. */
    String name();

    /**
     * Erases or anonymises the personal data older than the feature's period. Runs inside a transaction;
     * returns how many records were changed.
     *
     * @param now the municipality's wall-clock time
     */
    int apply(LocalDateTime now);
}
