package de.lokalwillkommen.message;

/**
 * What the sender gets back: the reference code to quote, which office received the message, and the token of
 * the personal conversation link (shown once on the confirmation and carried by the answer mails).
 */
public record MessageReceipt(String reference, String officeName, String linkToken) {
}
