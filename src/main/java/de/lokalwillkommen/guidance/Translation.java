package de.lokalwillkommen.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One language of an article. Two people saving the same row: the second is refused ({@code @Version}). */
@Entity
@Table(name = "guide_translation")
class Translation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(name = "easy_summary", nullable = false)
    private String easySummary;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TranslationStatus status;

    @Column(name = "source_version", nullable = false)
    private int sourceVersion;

    @Column(name = "reviewed_on")
    private @Nullable LocalDate reviewedOn;

    /** What readers see: the text as it was last made live (a review, an ADMIN, publishing); null: never. */
    @Column(name = "live_title")
    private @Nullable String liveTitle;

    @Column(name = "live_summary")
    private @Nullable String liveSummary;

    @Column(name = "live_easy_summary")
    private @Nullable String liveEasySummary;

    @Column(name = "live_body")
    private @Nullable String liveBody;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Translation() {
    }

    Translation(long articleId, String language) {
        this.articleId = articleId;
        this.language = language;
    }

    /** New text from an editor or a content file, made from the German source of {@code sourceVersion}. */
    void write(TranslationText text, TranslationStatus status, int sourceVersion, Instant now) {
        if (status == TranslationStatus.MISSING || status == TranslationStatus.OUTDATED) {
            throw new IllegalArgumentException("a text is written as a draft, a translation or reviewed: " + status);
        }
        this.title = text.title();
        this.summary = text.summary();
        this.easySummary = text.easySummary();
        this.body = text.body();
        this.status = status;
        this.sourceVersion = sourceVersion;
        this.updatedAt = now;
    }

    /** A person checked the text against the current German source and vouches for it. */
    void review(int currentSourceVersion, LocalDate today, Instant now) {
        this.status = TranslationStatus.REVIEWED;
        this.sourceVersion = currentSourceVersion;
        this.reviewedOn = today;
        this.updatedAt = now;
    }

    void reviewedOn(@Nullable LocalDate date) {
        this.reviewedOn = date;
    }

    /** The German source moved on; what this text says may no longer be true. */
    void sourceMovedTo(int currentSourceVersion) {
        if (sourceVersion < currentSourceVersion) {
            status = TranslationStatus.OUTDATED;
        }
    }

    /** The status a reader or the matrix should see, even if the row was not marked yet. */
    TranslationStatus statusAgainst(int currentSourceVersion) {
        return sourceVersion < currentSourceVersion ? TranslationStatus.OUTDATED : status;
    }

    boolean sameText(TranslationText text) {
        return title.equals(text.title()) && summary.equals(text.summary())
                && easySummary.equals(text.easySummary()) && body.equals(text.body());
    }

    TranslationText text() {
        return new TranslationText(title, summary, easySummary, body);
    }

    /** The current text becomes what readers see. */
    void goLive() {
        this.liveTitle = title;
        this.liveSummary = summary;
        this.liveEasySummary = easySummary;
        this.liveBody = body;
    }

    /** Whether readers may see this language at all (it was made live once). */
    boolean isLive() {
        return liveTitle != null && liveSummary != null && liveEasySummary != null && liveBody != null;
    }

    /** What readers see: the live text, which may be older than the one being edited. */
    TranslationText readerText() {
        if (!isLive()) {
            throw new IllegalStateException("not live: " + language);
        }
        return new TranslationText(liveTitle, liveSummary, liveEasySummary, liveBody);
    }

    Long getId() {
        return id;
    }

    long getArticleId() {
        return articleId;
    }

    String getLanguage() {
        return language;
    }

    TranslationStatus getStatus() {
        return status;
    }

    int getSourceVersion() {
        return sourceVersion;
    }

    @Nullable LocalDate getReviewedOn() {
        return reviewedOn;
    }

    long getVersion() {
        return version;
    }
}
