package de.lokalwillkommen.queue;

/** What the queue tells other features (the push feature sends the "your turn" notice). */
public final class QueueEvents {

    private QueueEvents() {
    }

    /** A number was called; the token is its page's address; language: the one the person chose, if any. */
    public record Called(long ticketId, String token, String sessionCode, int number,
            @org.jspecify.annotations.Nullable String language) {
    }

    /** A day's numbers were deleted: whatever was kept for them (push subscriptions) goes too. */
    public record NumbersErased(java.util.List<Long> ticketIds) {
    }
}
