package de.lokalwillkommen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Offline in a real browser (docs/decisions/0020): what the app's service worker stores on a first visit,
 * the offline page on every kind of address, and the emergency numbers at its top.
 */
@AppTest
class OfflineJourneyTest extends BrowserJourney {

    /** Issue 12: a newcomer on prepaid data must not pay megabytes in the background for a first visit. */
    private static final long PRECACHE_BUDGET_GZIP = 300_000;

    /** What the worker has stored once installed (workbox's precache, one per scope). */
    private static final String PRECACHED_URLS = """
            async () => {
              const names = (await caches.keys()).filter(n => n.startsWith('workbox-precache'));
              const urls = [];
              for (const name of names) {
                for (const request of await (await caches.open(name)).keys()) { urls.push(request.url); }
              }
              return urls;
            }""";

    @Autowired
    Languages languages;

    @Autowired
    I18NProvider translations;

    private BrowserContext context;

    @AfterEach
    void closeVisitor() {
        if (context != null) {
            context.close();
        }
    }

    private static void waitForTheServiceWorker(Page page) {
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
    }

    @Test
    void theFirstVisitPrecachesOnlyTheOfflinePageItsDataIconsAndTheAppShellWithinTheBudget() throws Exception {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(360, 740));
        Page page = context.newPage();
        page.navigate(url("/"));
        page.waitForSelector("h1");
        waitForTheServiceWorker(page);

        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) page.evaluate(PRECACHED_URLS);
        long raw = 0;
        long gzip = 0;
        StringBuilder breakdown = new StringBuilder();
        for (String precached : urls) {
            byte[] body = download(precached);
            long compressed = gzipped(body);
            raw += body.length;
            gzip += compressed;
            breakdown.append(String.format("  %7d %7d  %s%n", body.length, compressed, precached.replace(url(""), "")));
        }
        System.out.printf("FIGURE precache of a first visit: %d files, %d bytes raw, %d bytes gzip%n",
                urls.size(), raw, gzip);
        System.out.print(breakdown);

        List<String> paths = urls.stream().map(u -> URI.create(u).getPath()).toList();
        assertThat(paths).contains("/offline.html", "/offline-data.js", "/icons/icon-192.png");
        assertThat(paths).as("from the build only the current app shell, no lazily loaded component")
                .filteredOn(p -> p.startsWith("/VAADIN/build/"))
                .isNotEmpty()
                .allMatch(p -> p.matches("/VAADIN/build/(indexhtml|rolldown-runtime)-[\\w-]+\\.js"));
        assertThat(paths.stream().filter(p -> p.matches("/VAADIN/build/indexhtml-.*")).count()).isEqualTo(1);
        assertThat(gzip).as("precache budget (gzip bytes): %s", breakdown).isLessThanOrEqualTo(PRECACHE_BUDGET_GZIP);
    }

    @Test
    void reloadingANestedAddressOfflineShowsTheOfflinePageInTheVisitorsLanguageWithItsData() {
        context = arabicPhone();
        Page page = context.newPage();
        String arabicTitle = translations.getTranslation("offline.title", Locale.forLanguageTag("ar"));
        for (String path : List.of("/guide/article/kita", "/guide/topic/housing", "/offices/brackel-aplerbeck",
                "/message/brackel-aplerbeck", "/booking/no-such-token-0000")) {
            context.setOffline(false);
            page.navigate(url(path));
            page.waitForSelector("h1");
            waitForTheServiceWorker(page);

            context.setOffline(true);
            page.reload();
            assertThat(officesListed(page)).as("the offline page's data (phones, texts) on %s", path).isTrue();
            assertThat(page.url()).as("the address stays").isEqualTo(url(path));
            assertThat(page.getAttribute("html", "lang")).as(path).isEqualTo("ar");
            assertThat(page.getAttribute("html", "dir")).as(path).isEqualTo("rtl");
            assertThat(page.textContent("#title")).as(path).isEqualTo(arabicTitle);
            assertThat(page.textContent("#offices")).as(path).contains("Brackel/Aplerbeck", "+49 231 5026150");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/offline-nested-ar.png")));
    }

    @Test
    void theOfflinePageShowsFireAmbulanceAndPoliceNumbersFirstInEveryLanguage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740));
        Page page = context.newPage();
        for (Language language : languages.all()) {
            context.addCookies(List.of(new Cookie("lw-lang", language.code()).setUrl(url("/"))));
            page.navigate(url("/offline.html"));
            page.waitForFunction("() => document.getElementById('offices').children.length > 0");
            assertThat(page.getAttribute("html", "lang")).isEqualTo(language.code());

            @SuppressWarnings("unchecked")
            List<String> phones = (List<String>) page.evaluate(
                    "() => [...document.querySelectorAll('a[href^=\"tel:\"]')].map(a => a.getAttribute('href'))");
            assertThat(phones).as(language.code()).hasSizeGreaterThan(2);
            assertThat(phones.subList(0, 2)).as("the first numbers in %s", language.code())
                    .containsExactly("tel:112", "tel:110");
            assertThat(page.textContent("#emergency-112")).as(language.code())
                    .isEqualTo(translations.getTranslation("offline.emergency.fire", language.locale()));
            assertThat(page.textContent("#emergency-110")).as(language.code())
                    .isEqualTo(translations.getTranslation("offline.emergency.police", language.locale()));
            assertThat(page.textContent("#emergency-title")).as(language.code())
                    .isEqualTo(translations.getTranslation("offline.emergency", language.locale()));
        }
    }

    /** The offline page fills the office list from its data script; without the script the list stays empty. */
    private static boolean officesListed(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        for (int i = 0; i < 50; i++) {
            if (Boolean.TRUE.equals(page.evaluate("() => document.getElementById('offices')?.children.length > 0"))) {
                return true;
            }
            page.waitForTimeout(100);
        }
        return false;
    }

    private static byte[] download(String address) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(address).isEqualTo(200);
            return response.body();
        }
    }

    private static long gzipped(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.size();
    }
}
