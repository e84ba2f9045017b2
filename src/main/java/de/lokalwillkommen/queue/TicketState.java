package de.lokalwillkommen.queue;

/**
 * A number as its holder sees it on the phone: what the page and its small JSON poll show.
 *
 * @param ahead people still waiting before this number (0 once called)
 * @param waitMinutes the estimated wait: {@code ahead} times the session's recent median service time
 */
public record TicketState(String token, String sessionCode, int number, QueueStatus status, int ahead,
        int waitMinutes) {
}
