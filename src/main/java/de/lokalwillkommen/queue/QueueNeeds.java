package de.lokalwillkommen.queue;

import de.lokalwillkommen.booking.Topic;
import org.jspecify.annotations.Nullable;

/** What a person may tell staff in advance so they can prepare; all optional. */
public record QueueNeeds(@Nullable String language, boolean interpreter, @Nullable Topic topic) {

    public static final QueueNeeds NONE = new QueueNeeds(null, false, null);
}
