package de.lokalwillkommen.message;

/** What the sender gets back: the reference code to quote, and which office received the message. */
public record MessageReceipt(String reference, String officeName) {
}
