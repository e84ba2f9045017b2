package de.lokalwillkommen.guidance;

/**
 * Where one language of an article stands. {@code MISSING} is never stored: it is the absence of a row.
 * {@code OUTDATED} means the German source changed after the translation was made.
 */
public enum TranslationStatus {
    MISSING, MACHINE_DRAFT, TRANSLATED, REVIEWED, OUTDATED;

    /** Readers are told about texts a person has not (or no longer) vouched for. */
    public boolean needsNotice() {
        return this == MACHINE_DRAFT || this == OUTDATED;
    }

    public String labelKey() {
        return "guide.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
