package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** STAFF edits of a published article wait for a review or an ADMIN; readers keep the published text meanwhile. */
@AppTest
class PublishedEditsTest {

    @Autowired
    GuidanceService guidance;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static TranslationText text(String title) {
        return new TranslationText(title, title + " – kurz", title + " – einfach", "Text von " + title);
    }

    private <T> T as(String user, Supplier<T> work) {
        UserDetails details = users.loadUserByUsername(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String publishedArticle() {
        String slug = "live-" + UUID.randomUUID().toString().substring(0, 8);
        as("koordination", () -> {
            guidance.create(slug, GuideTopic.HOUSING, text("Mülltrennung"));
            guidance.save(slug, "en", text("Waste separation"), false, null);
            guidance.publish(slug, true);
            return null;
        });
        return slug;
    }

    private TranslationEditing staffSaves(String slug, String language, String title) {
        return as("brackel", () -> guidance.save(slug, language, text(title),
                false, guidance.editing(slug, language).version()));
    }

    private String readerTitle(String slug, String language) {
        return guidance.read(slug, language).orElseThrow().title();
    }

    @Test
    void aStaffEditOfAPublishedTextWaitsForAReviewAndReadersKeepThePublishedText() {
        String slug = publishedArticle();
        TranslationEditing edited = staffSaves(slug, "en", "Waste separation (edited)");

        assertThat(readerTitle(slug, "en")).isEqualTo("Waste separation");
        assertThat(guidance.search("edited", "en")).as("search reads the published text too").isEmpty();
        assertThat(guidance.publishedArticles("en")).filteredOn(a -> a.slug().equals(slug))
                .extracting(ArticleSummary::title).containsExactly("Waste separation");

        as("westerfilde", () -> guidance.review(slug, "en", edited.version()));
        assertThat(readerTitle(slug, "en")).isEqualTo("Waste separation (edited)");
    }

    @Test
    void aNewLanguageWrittenByStaffForAPublishedArticleAppearsOnlyAfterAReview() {
        String slug = publishedArticle();
        TranslationEditing arabic = staffSaves(slug, "ar", "فرز النفايات");
        assertThat(guidance.read(slug, "ar").orElseThrow().language()).isNotEqualTo("ar");
        as("brackel", () -> guidance.review(slug, "ar", arabic.version()));
        assertThat(readerTitle(slug, "ar")).isEqualTo("فرز النفايات");
    }

    @Test
    void anAdministratorsEditAndRepublishingGoLiveAtOnce() {
        String slug = publishedArticle();
        as("koordination", () -> guidance.save(slug, "de", text("Mülltrennung neu"), false,
                guidance.editing(slug, "de").version()));
        assertThat(readerTitle(slug, "de")).isEqualTo("Mülltrennung neu");

        staffSaves(slug, "en", "Waste separation, pending");
        as("koordination", () -> {
            guidance.publish(slug, true);
            return null;
        });
        assertThat(readerTitle(slug, "en")).isEqualTo("Waste separation, pending");
    }
}
