package de.lokalwillkommen.guidance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the editor needs for one language of an article: the German source beside the translation.
 *
 * @param version the translation's optimistic-locking version, {@code null} while it does not exist;
 *                the editor sends it back with the save
 */
public record TranslationEditing(String slug, GuideTopic topic, boolean published, String language,
        TranslationText source, TranslationText text, TranslationStatus status, @Nullable LocalDate reviewedOn,
        @Nullable Long version) {
}
