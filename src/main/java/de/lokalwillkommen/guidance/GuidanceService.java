package de.lokalwillkommen.guidance;

import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance for readers (published articles only, in their language or a marked fallback) and the
 * translation workflow for staff: STAFF write and review, ADMIN publishes.
 */
@Service
public class GuidanceService {

    /** A reader whose language is missing gets English when it is up to date, else the German source. */
    static final String FALLBACK = "en";
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Comparator<Article> ORDER = Comparator.comparing(Article::getTopic)
            .thenComparingInt(Article::getPosition).thenComparing(Article::getSlug);

    private final ArticleRepository articles;
    private final TranslationRepository translations;
    private final Languages languages;
    private final Clock clock;
    /** Folded search text per translation row and version; rows change rarely, searches often. */
    private final Map<Long, Map.Entry<Long, String>> searchIndex = new ConcurrentHashMap<>();

    GuidanceService(ArticleRepository articles, TranslationRepository translations, Languages languages,
            Clock clock) {
        this.articles = articles;
        this.translations = translations;
        this.languages = languages;
        this.clock = clock;
    }

    // ---- readers ----

    @Transactional(readOnly = true)
    public List<TopicOverview> topics() {
        Map<GuideTopic, Long> counts = articles.findByPublishedTrueOrderByTopicAscPositionAscSlugAsc().stream()
                .collect(Collectors.groupingBy(Article::getTopic, Collectors.counting()));
        return java.util.Arrays.stream(GuideTopic.values())
                .map(t -> new TopicOverview(t, counts.getOrDefault(t, 0L).intValue())).toList();
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> articles(GuideTopic topic, String language) {
        return summaries(published().stream().filter(a -> a.getTopic() == topic).toList(), language);
    }

    /** Every published article in the reader's language (with fallbacks), in topic order. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> publishedArticles(String language) {
        return summaries(published(), language);
    }

    @Transactional(readOnly = true)
    public Optional<ArticleReading> read(String slug, String language) {
        return articles.findBySlug(slug).filter(Article::isPublished).map(a -> reading(a, language));
    }

    /**
     * Articles whose text in the reader's language (or its fallback) contains every word of the query,
     * ignoring case, diacritics and Arabic vowel marks; title matches first.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> search(String query, String language) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Article> published = published();
        Map<Long, List<Translation>> rows = rowsOf(published);
        record Hit(ArticleSummary summary, boolean inTitle) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Article article : published) {
            Translation shown = shown(rows.getOrDefault(article.getId(), List.of()), language, parent(language), article,
                    source());
            if (shown == null) {
                continue;
            }
            String text = indexOf(shown);
            if (words.stream().allMatch(text::contains)) {
                String title = SearchText.index(shown.readerText().title());
                hits.add(new Hit(summary(article, shown, language), words.stream().allMatch(title::contains)));
            }
        }
        return hits.stream().sorted(Comparator.comparing(h -> !h.inTitle())).map(Hit::summary).toList();
    }

    // ---- staff ----

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<TranslationCell> matrix() {
        List<Article> all = articles.findAll().stream().sorted(ORDER).toList();
        Map<Long, List<Translation>> rows = rowsOf(all);
        return all.stream().map(article -> {
            Map<String, Translation> byLanguage = rows.getOrDefault(article.getId(), List.of()).stream()
                    .collect(Collectors.toMap(Translation::getLanguage, Function.identity()));
            Map<String, TranslationStatus> statuses = new LinkedHashMap<>();
            for (Language language : languages.all()) {
                Translation t = byLanguage.get(language.code());
                statuses.put(language.code(), t == null ? TranslationStatus.MISSING
                        : t.statusAgainst(article.getSourceVersion()));
            }
            Translation german = byLanguage.get(source());
            return new TranslationCell(article.getSlug(), article.getTopic(),
                    german == null ? article.getSlug() : german.text().title(), article.isPublished(), statuses);
        }).toList();
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public TranslationEditing editing(String slug, String language) {
        Article article = article(slug);
        return editing(article, checkedLanguage(language));
    }

    /**
     * Saves one language of an article. The German source: when its text changed, every translation
     * becomes outdated. Another language: it is now made from the current source.
     *
     * @param expectedVersion the version the editor loaded ({@code null} for a language not written yet)
     * @throws TranslationConflictException when someone else saved in between; nothing is changed then
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public TranslationEditing save(String slug, String language, TranslationText text, boolean machineDraft,
            @Nullable Long expectedVersion) {
        Article article = article(slug);
        String code = checkedLanguage(language);
        if (!text.isComplete()) {
            throw new UserFacingException("guide.editor.incomplete");
        }
        Optional<Translation> existing = translations.findByArticleIdAndLanguage(article.getId(), code);
        if (existing.isPresent() ? !Long.valueOf(existing.get().getVersion()).equals(expectedVersion)
                : expectedVersion != null) {
            throw new TranslationConflictException();
        }
        Translation translation = existing.orElseGet(() -> new Translation(article.getId(), code));
        Instant now = clock.instant();
        if (code.equals(source())) {
            boolean changed = existing.isEmpty() || !translation.sameText(text);
            int sourceVersion = changed && existing.isPresent() ? article.sourceChanged() : article.getSourceVersion();
            translation.write(text, TranslationStatus.TRANSLATED, sourceVersion, now);
            if (changed) {
                translations.findByArticleId(article.getId()).stream().filter(t -> !t.getLanguage().equals(source()))
                        .forEach(t -> t.sourceMovedTo(sourceVersion));
            }
        } else {
            translation.write(text, machineDraft ? TranslationStatus.MACHINE_DRAFT : TranslationStatus.TRANSLATED,
                    article.getSourceVersion(), now);
        }
        // Readers of a published article keep the live text until a review or an ADMIN makes the edit live.
        if (!article.isPublished() || isAdmin()) {
            translation.goLive();
        }
        try {
            translations.saveAndFlush(translation);
            articles.saveAndFlush(article);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new TranslationConflictException();
        }
        return editing(article, code);
    }

    /** A person checked this language against the current German source: reviewed today. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public TranslationEditing review(String slug, String language, long expectedVersion) {
        Article article = article(slug);
        String code = checkedLanguage(language);
        Translation translation = translations.findByArticleIdAndLanguage(article.getId(), code)
                .orElseThrow(() -> new UserFacingException("guide.editor.nothingToReview"));
        if (translation.getVersion() != expectedVersion) {
            throw new TranslationConflictException();
        }
        translation.review(article.getSourceVersion(), LocalDate.now(clock), clock.instant());
        translation.goLive();
        try {
            translations.saveAndFlush(translation);
        } catch (OptimisticLockingFailureException e) {
            throw new TranslationConflictException();
        }
        return editing(article, code);
    }

    /** A new article with its German text, not yet published. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public TranslationEditing create(String slug, GuideTopic topic, TranslationText german) {
        if (!SLUG.matcher(slug).matches() || slug.length() > 80) {
            throw new UserFacingException("guide.editor.badSlug");
        }
        if (articles.findBySlug(slug).isPresent()) {
            throw new UserFacingException("guide.editor.slugTaken");
        }
        if (!german.isComplete()) {
            throw new UserFacingException("guide.editor.incomplete");
        }
        Article article = articles.saveAndFlush(new Article(slug, topic, 100));
        Translation translation = new Translation(article.getId(), source());
        translation.write(german, TranslationStatus.TRANSLATED, article.getSourceVersion(), clock.instant());
        translation.goLive();
        translations.saveAndFlush(translation);
        return editing(article, source());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void publish(String slug, boolean published) {
        Article article = article(slug);
        if (published && translations.findByArticleIdAndLanguage(article.getId(), source()).isEmpty()) {
            throw new UserFacingException("guide.editor.noSource");
        }
        article.publish(published);
        if (published) {
            // Publishing is the ADMIN's word on every text of the article, pending edits included.
            translations.findByArticleId(article.getId()).forEach(Translation::goLive);
        }
    }

    private static boolean isAdmin() {
        org.springframework.security.core.Authentication who =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /** The body as readers will see it: rendered and sanitised. */
    public String preview(String markdown) {
        return GuideMarkdown.toHtml(markdown);
    }

    // ---- inside ----

    private List<Article> published() {
        return articles.findByPublishedTrueOrderByTopicAscPositionAscSlugAsc().stream().sorted(ORDER).toList();
    }

    private Map<Long, List<Translation>> rowsOf(List<Article> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        // Readers only: texts never made live do not exist for them.
        return translations.findByArticleIdIn(list.stream().map(Article::getId).toList()).stream()
                .filter(Translation::isLive).collect(Collectors.groupingBy(Translation::getArticleId));
    }

    private List<ArticleSummary> summaries(List<Article> list, String language) {
        Map<Long, List<Translation>> rows = rowsOf(list);
        List<ArticleSummary> result = new ArrayList<>();
        for (Article article : list) {
            Translation shown = shown(rows.getOrDefault(article.getId(), List.of()), language, parent(language), article,
                    source());
            if (shown != null) {
                result.add(summary(article, shown, language));
            }
        }
        return result;
    }

    private ArticleSummary summary(Article article, Translation shown, String requested) {
        return new ArticleSummary(article.getSlug(), article.getTopic(), shown.getLanguage(), shown.readerText().title(),
                shown.readerText().summary(), shown.statusAgainst(article.getSourceVersion()),
                !shown.getLanguage().equals(requested));
    }

    private ArticleReading reading(Article article, String language) {
        List<Translation> rows = translations.findByArticleId(article.getId()).stream().filter(Translation::isLive)
                .toList();
        Translation shown = shown(rows, language, parent(language), article, source());
        if (shown == null) {
            throw new IllegalStateException("published article without text: " + article.getSlug());
        }
        TranslationText text = shown.readerText();
        String plain = String.join("\n\n", text.title(), text.summary(), text.easySummary(),
                GuideMarkdown.toPlainText(text.body()));
        List<String> available = languages.all().stream().map(Language::code)
                .filter(code -> rows.stream().anyMatch(r -> r.getLanguage().equals(code))).toList();
        return new ArticleReading(article.getSlug(), article.getTopic(), language, shown.getLanguage(),
                shown.statusAgainst(article.getSourceVersion()), text.title(), text.summary(), text.easySummary(),
                GuideMarkdown.toHtml(text.body()), plain, shown.getReviewedOn(), available);
    }

    /**
     * The fallback rule: the reader's language if it has a text (a machine draft or an outdated one too,
     * marked as such); else, for a variant (Dari), its language's (Farsi); else English if it is current; else
     * the German source.
     */
    static @Nullable Translation shown(List<Translation> rows, String language, @Nullable String parent,
            Article article, String source) {
        Map<String, Translation> byLanguage = rows.stream()
                .collect(Collectors.toMap(Translation::getLanguage, Function.identity()));
        Translation own = byLanguage.get(language);
        if (own == null && parent != null) {
            own = byLanguage.get(parent);
        }
        if (own != null) {
            return own;
        }
        Translation english = byLanguage.get(FALLBACK);
        Translation german = byLanguage.get(source);
        if (english != null && !english.statusAgainst(article.getSourceVersion()).needsNotice()) {
            return english;
        }
        return german != null ? german : english;
    }

    /** The language a variant falls back to ("fa" for "fa-AF"), or null. */
    private @Nullable String parent(String code) {
        return languages.byCode(code).flatMap(languages::parentOf).map(Language::code).orElse(null);
    }

    private String indexOf(Translation t) {
        Map.Entry<Long, String> cached = searchIndex.get(t.getId());
        if (cached != null && cached.getKey() == t.getVersion()) {
            return cached.getValue();
        }
        TranslationText text = t.readerText();
        String index = SearchText.index(text.title(), text.summary(), text.easySummary(),
                GuideMarkdown.toPlainText(text.body()));
        searchIndex.put(t.getId(), Map.entry(t.getVersion(), index));
        return index;
    }

    private TranslationEditing editing(Article article, String code) {
        List<Translation> rows = translations.findByArticleId(article.getId());
        Translation german = rows.stream().filter(t -> t.getLanguage().equals(source())).findFirst().orElse(null);
        Translation own = rows.stream().filter(t -> t.getLanguage().equals(code)).findFirst().orElse(null);
        TranslationText empty = new TranslationText("", "", "", "");
        return new TranslationEditing(article.getSlug(), article.getTopic(), article.isPublished(), code,
                german == null ? empty : german.text(), own == null ? empty : own.text(),
                own == null ? TranslationStatus.MISSING : own.statusAgainst(article.getSourceVersion()),
                own == null ? null : own.getReviewedOn(), own == null ? null : own.getVersion());
    }

    private Article article(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private String checkedLanguage(String code) {
        return languages.byCode(code).map(Language::code)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private String source() {
        return languages.source().code();
    }
}
