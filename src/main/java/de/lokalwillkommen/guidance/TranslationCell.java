package de.lokalwillkommen.guidance;

import java.util.Map;

/**
 * One line of the staff's matrix: an article and the status of each language.
 *
 * @param germanTitle  the source title, for finding the line
 * @param statuses     every configured language (missing ones too), in the configured order
 */
public record TranslationCell(String slug, GuideTopic topic, String germanTitle, boolean published,
        Map<String, TranslationStatus> statuses) {
}
