package de.lokalwillkommen.base.figures;

/**
 * Contacts of one kind, grouped: how many contacts and persons in one month, office, topic, language and with or
 * without an interpreter.
 *
 * @param sourceKey translation key naming the kind of contact ("figures.source.booking")
 * @param topicKey  translation key of the topic ("topic.HOUSING")
 * @param language  the language code of the conversation
 */
public record ContactCount(String sourceKey, int year, int month, long officeId, String topicKey, String language,
        boolean interpreter, long contacts, long persons) {
}
