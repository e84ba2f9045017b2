package de.lokalwillkommen.guidance;

/** The texts of one language of an article, as an editor or a content file gives them. */
public record TranslationText(String title, String summary, String easySummary, String body) {

    public TranslationText {
        title = title.strip();
        summary = summary.strip();
        easySummary = easySummary.strip();
        body = body.strip();
    }

    public boolean isComplete() {
        return !title.isEmpty() && !summary.isEmpty() && !body.isEmpty();
    }
}
