package de.lokalwillkommen.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the articles shipped in {@code src/main/resources/guidance/articles/<slug>/<language>.md}
 * into the database: an article or a language that is not there yet is added, one that is there is
 * left alone, so staff edits survive every restart, unless a file carries a newer content version
 * ({@code content: N} in its front matter) than the article got so far: then that file's text replaces
 * the stored one, because shipped corrections are facts people rely on (a deadline, a duty to report).
 * A replaced German text marks every other language outdated, as a staff edit of the source does.
 * Real content, so on in every profile; a municipality that writes its own sets
 * {@code lw.guidance.seed-content: false}.
 */
@Component
@ConditionalOnProperty(name = "lw.guidance.seed-content", havingValue = "true", matchIfMissing = true)
class GuidanceContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GuidanceContent.class);
    static final String LOCATION = "classpath*:guidance/articles/*/*.md";
    /** A language is a file name like a UI language's code: "de", "kmr", or with a script subtag, "sr-Latn". */
    private static final Pattern PATH =
            Pattern.compile(".*/guidance/articles/([a-z0-9-]+)/([a-z]{2,3}(?:-[A-Z][a-z]{3})?)\\.md$");
    /** The content files were written from this German text; a later staff edit makes them outdated. */
    static final int SHIPPED_SOURCE_VERSION = 1;

    private final ArticleRepository articles;
    private final TranslationRepository translations;
    private final Clock clock;

    GuidanceContent(ArticleRepository articles, TranslationRepository translations, Clock clock) {
        this.articles = articles;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (Map.Entry<String, Map<String, ContentFile>> article : read().entrySet()) {
            added += bring(article.getKey(), article.getValue());
        }
        if (added > 0) {
            log.info("Guidance content: {} article languages added", added);
        }
    }

    private int bring(String slug, Map<String, ContentFile> files) {
        ContentFile german = files.get("de");
        if (german == null) {
            throw new IllegalStateException("guidance article without German source: " + slug);
        }
        Article article = articles.findBySlug(slug).orElseGet(() -> {
            Article created = new Article(slug, GuideTopic.valueOf(german.meta("topic").toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(german.meta().getOrDefault("position", "0")));
            created.publish(true);
            return articles.saveAndFlush(created);
        });
        int added = update(article, files);
        for (Map.Entry<String, ContentFile> file : files.entrySet()) {
            if (translations.findByArticleIdAndLanguage(article.getId(), file.getKey()).isPresent()) {
                continue;
            }
            ContentFile content = file.getValue();
            Translation translation = new Translation(article.getId(), file.getKey());
            // A file as new as the article's content was written from the current German text; an older one
            // from the first shipped German text, so it shows as outdated when the German has moved on.
            int madeFrom = content.contentVersion() >= article.getShippedContent() ? article.getSourceVersion()
                    : SHIPPED_SOURCE_VERSION;
            translation.write(content.text(), status(content), madeFrom, clock.instant());
            translation.goLive();
            String reviewed = content.meta().get("reviewed");
            translation.reviewedOn(reviewed == null ? null : LocalDate.parse(reviewed));
            translation.sourceMovedTo(article.getSourceVersion());
            translations.save(translation);
            added++;
        }
        return added;
    }

    /**
     * Replaces the stored texts with shipped files newer than the article's content version: German first
     * (a changed German text makes the source version move on), then the languages shipped with it.
     */
    private int update(Article article, Map<String, ContentFile> files) {
        int newest = files.values().stream().mapToInt(ContentFile::contentVersion).max().orElse(1);
        if (article.getId() == null || newest <= article.getShippedContent()) {
            return 0;
        }
        int updated = 0;
        List<Map.Entry<String, ContentFile>> newer = files.entrySet().stream()
                .filter(f -> f.getValue().contentVersion() > article.getShippedContent())
                .sorted(Comparator.comparing(f -> !f.getKey().equals("de"))).toList();
        for (Map.Entry<String, ContentFile> file : newer) {
            Optional<Translation> stored = translations.findByArticleIdAndLanguage(article.getId(), file.getKey());
            if (stored.isEmpty()) {
                continue; // added below like any new language
            }
            Translation translation = stored.get();
            if (file.getKey().equals("de")) {
                if (translation.sameText(file.getValue().text())) {
                    continue; // the German text did not change: no language becomes outdated
                }
                int source = article.sourceChanged();
                translation.write(file.getValue().text(), TranslationStatus.TRANSLATED, source, clock.instant());
                translation.goLive(); // a shipped correction is reviewed content: readers see it at once
                translations.findByArticleId(article.getId()).stream().filter(t -> !t.getLanguage().equals("de"))
                        .forEach(t -> t.sourceMovedTo(source));
            } else {
                // Even an unchanged text is now made from the current German text: the file was shipped with it.
                translation.write(file.getValue().text(), status(file.getValue()), article.getSourceVersion(),
                        clock.instant());
                translation.goLive();
            }
            updated++;
        }
        article.shippedContent(newest);
        articles.saveAndFlush(article);
        if (updated > 0) {
            log.info("Guidance content: {} updated to content version {} ({} languages)", article.getSlug(), newest, updated);
        }
        return updated;
    }

    private static TranslationStatus status(ContentFile content) {
        return switch (content.meta().getOrDefault("status", "translated")) {
            case "machine-draft" -> TranslationStatus.MACHINE_DRAFT;
            case "reviewed" -> TranslationStatus.REVIEWED;
            default -> TranslationStatus.TRANSLATED;
        };
    }

    /** slug → language → file, languages in file-name order. */
    static Map<String, Map<String, ContentFile>> read() {
        Map<String, Map<String, ContentFile>> all = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<Resource> sorted = List.of(resources).stream()
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getDescription()))).toList();
            for (Resource resource : sorted) {
                Matcher m = PATH.matcher(resource.getURL().toString());
                if (!m.matches()) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    all.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>())
                            .put(m.group(2), ContentFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** A content file: {@code key: value} lines between two {@code ---} lines, then the Markdown body. */
    record ContentFile(Map<String, String> meta, String body) {

        static ContentFile parse(String file) {
            String text = file.replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.startsWith("---\n")) {
                throw new IllegalArgumentException("a content file starts with front matter (---)");
            }
            int end = text.indexOf("\n---\n", 3);
            if (end < 0) {
                throw new IllegalArgumentException("front matter is not closed (---)");
            }
            Map<String, String> meta = new LinkedHashMap<>();
            for (String line : text.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                if (line.isBlank() || colon < 0) {
                    continue;
                }
                String value = line.substring(colon + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                meta.put(line.substring(0, colon).strip(), value);
            }
            return new ContentFile(meta, text.substring(end + 5).strip());
        }

        /** The version of the shipped content ({@code content: N}); files without it are version 1. */
        int contentVersion() {
            return Integer.parseInt(meta.getOrDefault("content", "1"));
        }

        String meta(String key) {
            String value = meta.get(key);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("content file without " + key);
            }
            return value;
        }

        TranslationText text() {
            return new TranslationText(meta("title"), meta("summary"), meta("easy"), body);
        }
    }
}
