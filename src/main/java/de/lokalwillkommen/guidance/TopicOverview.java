package de.lokalwillkommen.guidance;

/** A life topic with the number of published articles in it. */
public record TopicOverview(GuideTopic topic, int articles) {
}
