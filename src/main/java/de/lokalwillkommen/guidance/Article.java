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

/** One guidance article, independent of language: where it belongs, whether readers see it. */
@Entity
@Table(name = "guide_article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GuideTopic topic;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean published;

    /** How many times the German text was changed; translations remember the count they were made from. */
    @Column(name = "source_version", nullable = false)
    private int sourceVersion = 1;

    /** The version of the shipped content files this article's texts came from (GuidanceContent). */
    @Column(name = "shipped_content", nullable = false)
    private int shippedContent = 1;

    @Version
    private long version;

    protected Article() {
    }

    Article(String slug, GuideTopic topic, int position) {
        this.slug = slug;
        this.topic = topic;
        this.position = position;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    GuideTopic getTopic() {
        return topic;
    }

    int getPosition() {
        return position;
    }

    boolean isPublished() {
        return published;
    }

    int getSourceVersion() {
        return sourceVersion;
    }

    void publish(boolean published) {
        this.published = published;
    }

    int getShippedContent() {
        return shippedContent;
    }

    void shippedContent(int version) {
        this.shippedContent = version;
    }

    /** The German text changed: every translation made before now is outdated. */
    int sourceChanged() {
        return ++sourceVersion;
    }
}
