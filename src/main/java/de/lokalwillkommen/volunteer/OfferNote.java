package de.lokalwillkommen.volunteer;

import java.time.LocalDateTime;

/** A staff note on an offer: what was said in a conversation, what was agreed. */
public record OfferNote(String body, String author, LocalDateTime writtenAt) {
}
