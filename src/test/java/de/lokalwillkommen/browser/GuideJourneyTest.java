package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import de.lokalwillkommen.AppTest;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide in a real browser: an article stays readable offline, "save all" keeps a language, the
 * offline page lists what is saved, read-aloud answers, and what a first visit costs.
 */
@AppTest
class GuideJourneyTest extends BrowserJourney {

    private static final String SAVED = """
            async () => { const c = await caches.open('lw-guide-v1'); return !!(await c.match(location.origin + location.pathname)); }""";

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void newVisitor() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(360, 740));
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    /** Vaadin's worker (scope /) keeps the offline page; the guide's own keeps the articles. */
    private void installTheAppsServiceWorker() {
        page.navigate(url("/"));
        page.waitForSelector("h1");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
    }

    private void openSaved(String path) {
        page.navigate(url(path));
        page.waitForSelector("article h1");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        waitUntil(SAVED);
    }

    private void waitUntil(String asyncPredicate) {
        for (int i = 0; i < 100; i++) {
            if (Boolean.TRUE.equals(page.evaluate(asyncPredicate))) {
                return;
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("not reached: " + asyncPredicate);
    }

    @Test
    void anOpenedArticleStaysReadableOfflineAndTheOfflinePageListsIt() {
        installTheAppsServiceWorker();
        openSaved("/guide/ar/muelltrennung");
        assertThat(page.getAttribute("html", "dir")).isEqualTo("rtl");

        context.setOffline(true);
        page.reload();
        page.waitForSelector("article h1");
        assertThat(page.textContent("article h1")).isEqualTo("فرز النفايات بشكل صحيح");
        assertThat(page.textContent(".body")).contains("EDG");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/guide-offline-ar.png")));

        page.navigate(url("/offline.html"));
        page.waitForSelector("#articles a");
        assertThat(page.textContent("#articles")).contains("فرز النفايات بشكل صحيح");
        page.click("#articles a");
        page.waitForSelector("article h1");
        assertThat(page.url()).endsWith("/guide/ar/muelltrennung");
    }

    @Test
    void anArticleOpenedInTheAppIsKeptForOfflineToo() {
        page.navigate(url("/guide/article/kita"));
        page.waitForSelector("h1");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        waitUntil("async () => !!(await (await caches.open('lw-guide-v1')).match(location.origin + '/guide/de/kita'))");
        context.setOffline(true);
        page.navigate(url("/guide/de/kita"));
        page.waitForSelector("article h1");
        assertThat(page.textContent("article h1")).isEqualTo("Kita und Kindertagespflege");
    }

    @Test
    void savingAllArticlesOfALanguageKeepsEveryOneForOffline() {
        page.navigate(url("/guide/uk/"));
        page.waitForSelector("#save-all");
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        int articles = page.locator("a[data-article]").count();
        assertThat(articles).isGreaterThanOrEqualTo(12);
        page.click("#save-all");
        page.waitForSelector("body[data-saved-all]");
        assertThat(page.textContent("#save-status")).contains(String.valueOf(articles));

        context.setOffline(true);
        page.navigate(url("/guide/uk/notruf"));
        page.waitForSelector("article h1");
        assertThat(page.textContent("article h1")).isEqualTo("Надзвичайні ситуації та важливі номери");
        page.navigate(url("/guide/uk/"));
        assertThat(page.locator("a[data-article]").count()).isEqualTo(articles);
    }

    @Test
    void readAloudSpeaksOrSaysThatTheDeviceHasNoVoiceForTheLanguage() {
        page.navigate(url("/guide/article/notruf"));
        page.waitForSelector("button.lw-guide-read");
        boolean germanVoice = Boolean.TRUE.equals(page.evaluate(
                "() => new Promise(r => setTimeout(() => r(speechSynthesis.getVoices().some(v => v.lang.startsWith('de'))), 500))"));
        page.click("button.lw-guide-read");
        if (germanVoice) {
            page.waitForSelector("button.lw-guide-read[aria-pressed=true]");
        } else {
            page.waitForFunction("() => document.querySelector('.lw-guide-read-status').textContent.length > 0");
            assertThat(page.textContent(".lw-guide-read-status")).contains("keine Stimme");
        }
    }

    @Test
    void theGuideHasNoAccessibilityViolationsInArabic() {
        page.navigate(url("/guide/ar/wohnen-miete-heizen"));
        page.waitForSelector("article h1");
        assertNoAccessibilityViolations(page, "light article ar");
        page.navigate(url("/guide/ar/"));
        page.waitForSelector("#save-all");
        assertNoAccessibilityViolations(page, "light index ar");
        context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("lw-lang", "ar").setUrl(url("/"))));
        page.navigate(url("/guide/article/wohnen-miete-heizen"));
        page.waitForSelector(".lw-guide-body h2");
        assertNoAccessibilityViolations(page, "article view ar");
        page.navigate(url("/guide"));
        page.waitForSelector(".lw-guide-topic");
        assertNoAccessibilityViolations(page, "guide ar");
    }

    @Test
    void aLightArticleWeighsAFractionOfTheAppsArticleView() {
        long light = firstVisit("/guide/de/wohnen-miete-heizen", "article h1", "light rendition");
        newVisitor();
        long view = firstVisit("/guide/article/wohnen-miete-heizen", ".lw-guide-body h2", "Vaadin article view");
        assertThat(light).isPositive().isLessThan(view / 5);
        assertThat(view).as("like the start page: at most 200 KB").isLessThanOrEqualTo(200_000);
    }

    /** Bytes of a first visit, counted as BrowserJourneyTest counts them (body + headers as transferred). */
    private long firstVisit(String path, String selector, String what) {
        AtomicLong bytes = new AtomicLong();
        AtomicLong document = new AtomicLong();
        StringBuilder breakdown = new StringBuilder();
        Consumer<Request> count = request -> {
            long size = request.sizes().responseBodySize + request.sizes().responseHeadersSize;
            bytes.addAndGet(size);
            if (request.url().endsWith(path)) {
                document.compareAndSet(0, size);
            }
            breakdown.append(String.format("  %7d  %s%n", size, request.url().replace(url(""), "")));
        };
        page.onRequestFinished(count);
        Response response = page.navigate(url(path));
        page.waitForSelector(selector);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // Stop counting before the page closes: a request finishing while it closes can no longer tell its size.
        page.offRequestFinished(count);
        System.out.printf("FIGURE first visit of the %s: %d bytes transferred (document %d bytes, %s)%n", what,
                bytes.get(), document.get(), response.headerValue("content-encoding"));
        System.out.print(breakdown);
        return what.startsWith("light") ? document.get() : bytes.get();
    }
}
