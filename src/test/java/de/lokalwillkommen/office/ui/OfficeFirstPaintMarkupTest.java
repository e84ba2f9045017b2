package de.lokalwillkommen.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.ui.FirstPaint;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeSummary;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Office names, addresses and e-mails are typed by staff: the first paint shows them as text, never as markup. */
class OfficeFirstPaintMarkupTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    /** The key and its arguments, so the test sees what went into each sentence. */
    private static final I18NProvider KEYS = new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.GERMAN);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return params.length == 0 ? key : key + ": " + params[0];
        }
    };

    private final FirstPaint.Texts texts = new FirstPaint.Texts(new Language("de", "Deutsch", false), KEYS);
    private final Element page = Jsoup.parse("<main></main>").selectFirst("main");

    /** The markup as a browser gets it: whatever was not escaped would become an element here. */
    private Element sentAndReadAgain() {
        return Jsoup.parse(page.outerHtml()).body();
    }

    @Test
    void anOfficeCardShowsMarkupInItsNameAndAddressAsText() {
        OfficesFirstPaint.card(page, new OfficeSummary(1, "x", "Büro " + MARKUP, List.of("Mitte " + MARKUP),
                "Weg 1 " + MARKUP, "0231 12345"), texts);

        assertThat(sentAndReadAgain().select("img")).isEmpty();
        assertThat(page.selectFirst("h2 a").text()).isEqualTo("Büro " + MARKUP);
        assertThat(page.html()).contains("Büro &lt;img src=x onerror=alert(1)&gt;", "office.districts: Mitte &lt;img");
        assertThat(page.selectFirst("a[dir=ltr]").attr("href")).isEqualTo("tel:023112345");
    }

    @Test
    void anOfficesContactShowsMarkupInAddressAndEmailAsText() {
        OfficeFirstPaint.contact(page, new OfficeDetails(1, "x", "Büro", List.of(), "Weg 1 " + MARKUP, "44135",
                "Dortmund", null, "a\"><b>@example.org", null, List.of(), List.of(), List.of()), texts);

        assertThat(sentAndReadAgain().select("img, b")).isEmpty();
        assertThat(page.selectFirst("p").text()).isEqualTo("Weg 1 " + MARKUP + ", 44135 Dortmund");
        assertThat(page.selectFirst("a[href^=mailto]").attr("href")).isEqualTo("mailto:a\"><b>@example.org");
        assertThat(page.text()).contains("office.phoneMissing");
    }
}
