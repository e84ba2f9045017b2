package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The translation workflow and what readers get from it, on the running app's database. */
@AppTest
@WithUserDetails("koordination")
class GuidanceWorkflowTest {

    @Autowired
    de.lokalwillkommen.base.i18n.Languages languages;

    @Autowired
    GuidanceService guidance;

    private static TranslationText text(String title) {
        return new TranslationText(title, title + " – kurz", title + " – einfach", "Text von " + title);
    }

    /** A fresh article of its own per test: the app's database is shared by all tests. */
    private String article() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        guidance.create(slug, GuideTopic.HOUSING, text("Mülltrennung"));
        return slug;
    }

    private TranslationEditing save(String slug, String language, String title, boolean machine) {
        Long version = guidance.editing(slug, language).version();
        return guidance.save(slug, language, text(title), machine, version);
    }

    @Test
    void aSavedTranslationIsTranslatedAndAReviewMakesItReviewedToday() {
        String slug = article();
        assertThat(guidance.editing(slug, "en").status()).isEqualTo(TranslationStatus.MISSING);
        TranslationEditing english = save(slug, "en", "Waste separation", false);
        assertThat(english.status()).isEqualTo(TranslationStatus.TRANSLATED);
        TranslationEditing reviewed = guidance.review(slug, "en", english.version());
        assertThat(reviewed.status()).isEqualTo(TranslationStatus.REVIEWED);
        assertThat(reviewed.reviewedOn()).isNotNull();
        assertThat(save(slug, "fr", "Tri des déchets", true).status()).isEqualTo(TranslationStatus.MACHINE_DRAFT);
    }

    @Test
    void editingTheGermanTextMarksEveryTranslationOutdated() {
        String slug = article();
        TranslationEditing english = save(slug, "en", "Waste separation", false);
        guidance.review(slug, "en", english.version());
        save(slug, "ar", "فرز النفايات", false);
        save(slug, "fr", "Tri des déchets", true);

        save(slug, "de", "Mülltrennung und Sperrmüll", false);

        TranslationCell line = guidance.matrix().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
        assertThat(line.statuses()).containsEntry("en", TranslationStatus.OUTDATED)
                .containsEntry("ar", TranslationStatus.OUTDATED).containsEntry("fr", TranslationStatus.OUTDATED)
                .containsEntry("uk", TranslationStatus.MISSING).containsEntry("de", TranslationStatus.TRANSLATED);
        assertThat(line.statuses()).hasSize(languages.all().size());

        // a translation updated from the new source is current again
        assertThat(save(slug, "en", "Waste separation and bulky waste", false).status())
                .isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void savingTheGermanTextUnchangedOutdatesNothing() {
        String slug = article();
        save(slug, "en", "Waste separation", false);
        save(slug, "de", "Mülltrennung", false);
        assertThat(guidance.editing(slug, "en").status()).isEqualTo(TranslationStatus.TRANSLATED);
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndTheFirstTextStays() {
        String slug = article();
        save(slug, "uk", "Сортування сміття", false);
        TranslationEditing first = guidance.editing(slug, "uk");
        TranslationEditing second = guidance.editing(slug, "uk");
        guidance.save(slug, "uk", text("Сортування відходів"), false, first.version());
        assertThatThrownBy(() -> guidance.save(slug, "uk", text("Роздільний збір"), false, second.version()))
                .isInstanceOf(TranslationConflictException.class);
        assertThat(guidance.editing(slug, "uk").text().title()).isEqualTo("Сортування відходів");
    }

    @Test
    void twoEditorsStartingTheSameMissingLanguageCannotBothCreateIt() {
        String slug = article();
        guidance.save(slug, "ti", text("ምፍላይ ጐሓፍ"), true, null);
        assertThatThrownBy(() -> guidance.save(slug, "ti", text("ካልእ"), true, null))
                .isInstanceOf(TranslationConflictException.class);
    }

    @Test
    void readersOfAMissingLanguageGetCurrentEnglishElseGermanWithTheFallbackMarked() {
        String slug = article();
        guidance.publish(slug, true);
        save(slug, "en", "Waste separation", false);
        save(slug, "ar", "فرز النفايات", true);

        ArticleReading arabic = guidance.read(slug, "ar").orElseThrow();
        assertThat(arabic.isFallback()).isFalse();
        assertThat(arabic.status()).isEqualTo(TranslationStatus.MACHINE_DRAFT);
        assertThat(arabic.status().needsNotice()).isTrue();

        ArticleReading turkish = guidance.read(slug, "tr").orElseThrow();
        assertThat(turkish.isFallback()).isTrue();
        assertThat(turkish.language()).isEqualTo("en");
        assertThat(turkish.title()).isEqualTo("Waste separation");

        save(slug, "de", "Mülltrennung neu", false);
        ArticleReading later = guidance.read(slug, "tr").orElseThrow();
        assertThat(later.language()).as("English is outdated now: the German source").isEqualTo("de");
        assertThat(later.title()).isEqualTo("Mülltrennung neu");
        assertThat(guidance.read(slug, "ar").orElseThrow().status()).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(guidance.read(slug, "en").orElseThrow().status()).isEqualTo(TranslationStatus.OUTDATED);
    }

    @Test
    void onlyPublishedArticlesReachReaders() {
        String slug = article();
        assertThat(guidance.read(slug, "de")).isEmpty();
        assertThat(guidance.search("Mülltrennung", "de")).noneMatch(s -> s.slug().equals(slug));
        guidance.publish(slug, true);
        assertThat(guidance.read(slug, "de")).isPresent();
        guidance.publish(slug, false);
        assertThat(guidance.read(slug, "de")).isEmpty();
    }

    @Test
    @WithUserDetails("brackel")
    void staffMayWriteButOnlyTheCoordinationPublishes() {
        String slug = article();
        assertThat(save(slug, "en", "Waste separation", false).status()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThatThrownBy(() -> guidance.publish(slug, true)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void searchFindsArabicWithoutVowelMarksAndUkrainianInAnyCase() {
        String slug = article();
        guidance.publish(slug, true);
        guidance.save(slug, "ar", new TranslationText("فَرْز النُّفايات في البيت", "ملخص", "سهل",
                "ضعوا الورق في الحاوية الزرقاء. اسألوا مكتبكم."), false, null);
        guidance.save(slug, "uk", new TranslationText("Сортування сміття", "Коротко", "Просто",
                "Папір кладіть у синій контейнер. Запитайте свій офіс."), false, null);

        assertThat(guidance.search("فرز النفايات", "ar")).extracting(ArticleSummary::slug).contains(slug);
        assertThat(guidance.search("الحاويه الزرقاء", "ar")).extracting(ArticleSummary::slug).contains(slug);
        assertThat(guidance.search("СИНІЙ контейнер", "uk")).extracting(ArticleSummary::slug).contains(slug);
        assertThat(guidance.search("сортування", "uk").getFirst().slug()).isNotBlank();
        assertThat(guidance.search("контейнер", "ar")).extracting(ArticleSummary::slug).doesNotContain(slug);
        assertThat(guidance.search("xyzzy", "uk")).isEmpty();
    }
}
