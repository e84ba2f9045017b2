package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A Dari reader (fa-AF) of an article without a Dari text reads the Farsi one before English or German. */
@AppTest
@WithUserDetails("koordination")
class GuidanceDariFallbackTest {

    @Autowired
    GuidanceService guidance;

    private static TranslationText text(String title) {
        return new TranslationText(title, title + " – kurz", title + " – einfach", "Text von " + title);
    }

    @Test
    void aDariReaderGetsTheFarsiTextWhereNoDariTextExists() {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        guidance.create(slug, GuideTopic.HOUSING, text("Mülltrennung"));
        guidance.publish(slug, true);
        guidance.save(slug, "en", text("Waste separation"), false, guidance.editing(slug, "en").version());
        guidance.save(slug, "fa", text("تفکیک زباله"), false, guidance.editing(slug, "fa").version());

        ArticleReading dari = guidance.read(slug, "fa-AF").orElseThrow();
        assertThat(dari.language()).isEqualTo("fa");
        assertThat(dari.title()).isEqualTo("تفکیک زباله");
        assertThat(guidance.read(slug, "tr").orElseThrow().language()).isEqualTo("en");
    }
}
