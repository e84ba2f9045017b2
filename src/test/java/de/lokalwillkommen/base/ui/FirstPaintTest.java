package de.lokalwillkommen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.GuideTopic;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class FirstPaintTest {

    @LocalServerPort
    int port;

    @Autowired
    I18NProvider translations;

    @Autowired
    GuidanceService guidance;

    @Autowired
    OfficeService offices;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The page without its inline first-paint style sheet, whose selectors name the first paint's classes. */
    private static String markup(String html) {
        return html.replaceAll("(?s)<style id=\"lw-critical\">.*?</style>", "");
    }

    private String t(String language, String key, Object... args) {
        return translations.getTranslation(key, Locale.forLanguageTag(language), args);
    }

    /** The first HTML as a browser reads it, after checking that the page has a first paint. */
    private Document firstPaint(String path, String language) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, language);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(markup(response.body()));
        assertThat(page.select("#outlet > .lw-first-paint")).hasSize(1);
        return page;
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStartPageIsInTheFirstHtmlInTheVisitorsLanguage() throws Exception {
        String html = get("/", "ar").body();
        assertThat(html).contains("lw-first-paint", "<h1>مرحبًا بك في حيّك</h1>", "href=\"book\"",
                "lw-start-entry-title");
        assertThat(html).contains("dir=\"rtl\"");
    }

    @Test
    void theBookingPageFirstPaintsItsHeading() throws Exception {
        assertThat(get("/book", "en").body()).contains("lw-first-paint", "<h1>Book an appointment</h1>",
                "<title>Book an appointment – lokal willkommen</title>");
    }

    @Test
    void aGuidanceArticleIsReadableFromTheFirstHtml() throws Exception {
        String html = get("/guide/article/notruf", "uk").body();
        assertThat(html).contains("lw-first-paint", "lw-guide-body", "lang=\"uk\"", "112");
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void anUnknownArticleHasNoFirstPaint() throws Exception {
        assertThat(markup(get("/guide/article/gibt-es-nicht", "de").body())).doesNotContain("lw-guide-body");
    }

    @Test
    void theOfficeFinderFirstPaintsItsHeadingAndThePictureOfItsSearchFieldRightToLeft() throws Exception {
        Document page = firstPaint("/find", "ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select(".lw-first-paint h1").text()).isEqualTo(t("ar", "finder.title"));
        assertThat(page.select(".lw-first-paint p").first().text()).isEqualTo(t("ar", "finder.intro"));
        assertThat(page.select(".lw-first-paint .lw-contact-finder-search .lw-first-field-label").text())
                .isEqualTo(t("ar", "finder.search"));
        assertThat(page.select(".lw-first-paint input, .lw-first-paint button")).as("nothing to type into").isEmpty();
        assertThat(page.select(".lw-first-paint main a").eachAttr("href"))
                .containsExactly("offices", "partners", "events");
        assertThat(page.title()).isEqualTo(t("ar", "finder.title") + " – " + t("ar", "app.name"));
    }

    @Test
    void theGuideFirstPaintsItsTopicsAsLinksInTheVisitorsLanguage() throws Exception {
        Document page = firstPaint("/guide", "uk");
        assertThat(page.select(".lw-first-paint h1").text()).isEqualTo(t("uk", "guide.title"));
        List<Element> topics = page.select(".lw-first-paint .lw-guide-topics a.lw-guide-topic");
        assertThat(topics).as("only topics with published articles")
                .hasSize((int) guidance.topics().stream().filter(topic -> topic.articles() > 0).count())
                .isNotEmpty()
                .allSatisfy(link -> {
                    GuideTopic topic = GuideTopic.bySlug(link.attr("href").replace("guide/topic/", "")).orElseThrow();
                    assertThat(link.text()).isEqualTo(t("uk", topic.labelKey()));
                });
        assertThat(page.select(".lw-first-paint a[href=\"guide/uk/\"]").text()).isEqualTo(t("uk", "guide.light.link"));
    }

    @Test
    void theOfficeListFirstPaintsEveryOfficeWithALinkToItsPage() throws Exception {
        Document page = firstPaint("/offices", "uk");
        assertThat(page.select(".lw-first-paint h1").text()).isEqualTo(t("uk", "offices.title"));
        assertThat(page.select(".lw-first-paint .lw-card h2 a").eachAttr("href"))
                .containsExactlyElementsOf(offices.listOffices().stream().map(o -> "offices/" + o.slug()).toList())
                .contains("offices/luetgendortmund");
        assertThat(page.select(".lw-first-paint .lw-card p").eachText())
                .contains(t("uk", "office.districts", "Aplerbeck, Brackel"));
    }

    @Test
    void anOfficePageFirstPaintsNameDistrictsActionsHoursAndContactRightToLeft() throws Exception {
        Document page = firstPaint("/offices/luetgendortmund", "ar");
        OfficeDetails office = offices.findBySlug("luetgendortmund").orElseThrow();
        Element main = page.selectFirst(".lw-first-paint main");
        assertThat(main.select("h1").text()).isEqualTo(t("ar", "office.pageTitle", "\u2068Lütgendortmund\u2069"));
        assertThat(main.select("p").first().text())
                .isEqualTo(t("ar", "office.districts", "\u2068Lütgendortmund\u2069"));
        assertThat(main.select(".lw-contact-office-actions a.lw-button-link").eachAttr("href"))
                .containsExactlyInAnyOrder("book?office=luetgendortmund", "message/luetgendortmund");
        assertThat(main.select("h2").eachText())
                .containsSubsequence(t("ar", "finder.hours.title"), t("ar", "office.contact"));
        assertThat(main.select(".lw-contact-hours-item")).hasSize(offices.hours(office.id()).size()).isNotEmpty();
        assertThat(main.select(".lw-contact-hours-next").first().text()).startsWith(t("ar", "finder.hours.next", ""));
        assertThat(main.select("p").eachText()).contains(office.address());
        assertThat(main.select("a[href^=\"https://www.openstreetmap.org/\"]").text())
                .isEqualTo(t("ar", "office.openMap"));
        assertThat(page.title()).isEqualTo("Lütgendortmund – " + t("ar", "app.name"));
    }

    @Test
    void anUnknownOfficeHasNoFirstPaint() throws Exception {
        // Like an unknown article: the frame, but nothing in it that the live view's "not found" would contradict.
        Document page = Jsoup.parse(markup(get("/offices/atlantis", "de").body()));
        assertThat(page.select(".lw-first-paint main")).hasSize(1);
        assertThat(page.selectFirst(".lw-first-paint main").children()).isEmpty();
        assertThat(page.title()).isEqualTo(t("de", "office.notFound") + " – lokal willkommen");
    }

    @Test
    void theVolunteerPageFirstPaintsItsHeadingAndIntroInTheVisitorsLanguage() throws Exception {
        Document page = firstPaint("/volunteer", "uk");
        assertThat(page.select(".lw-first-paint h1").text()).isEqualTo(t("uk", "volunteer.title"));
        assertThat(page.select(".lw-first-paint p.lw-volunteer-intro").text()).isEqualTo(t("uk", "volunteer.intro"));
        assertThat(page.title()).isEqualTo(t("uk", "volunteer.title") + " – " + t("uk", "app.name"));
    }

    @Test
    void aPageWithoutAFirstPaintLeavesTheOutletEmpty() throws Exception {
        assertThat(markup(get("/" + LegalLinks.IMPRINT, "de").body())).doesNotContain("lw-first-paint")
                .contains("<div id=\"outlet\"></div>")
                .contains("<title>lokal willkommen</title>");
    }

    @Test
    void theStylesheetIsServedToAnonymousVisitors() throws Exception {
        HttpResponse<String> css = get("/styles/lokal-willkommen.css", "de");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".lw-first-paint");
    }
}
