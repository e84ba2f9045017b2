package de.lokalwillkommen.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Chromium for the browser journeys: Debian's where installed (CI), otherwise Playwright's own. */
final class Chromium {

    private Chromium() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        // As root, and on machines whose network reaches only package registries.
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"));
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            options.setExecutablePath(debian);
        }
        return playwright.chromium().launch(options);
    }
}
