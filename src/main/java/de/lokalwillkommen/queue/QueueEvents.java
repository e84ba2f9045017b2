package de.lokalwillkommen.queue;

/** What the queue tells other features (the push feature sends the "your turn" notice). */
public final class QueueEvents {

    private QueueEvents() {
    }

    /** A number was called; the token is its page's address. */
    public record Called(long ticketId, String token, String sessionCode, int number) {
    }
}
