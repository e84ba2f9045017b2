package de.lokalwillkommen.guidance.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The guide's small browser scripts, kept as files beside the content (src/main/resources/guidance/web). */
final class GuideScripts {

    static final String READ_ALOUD = load("read-aloud.js");
    static final String LIGHT_PAGE = load("light.js");
    static final String SERVICE_WORKER = load("sw.js");
    /** The cache the light pages and the Vaadin article view save articles in; the offline page lists it. */
    static final String ARTICLE_CACHE = "lw-guide-v1";

    private GuideScripts() {
    }

    private static String load(String name) {
        try (InputStream in = GuideScripts.class.getResourceAsStream("/guidance/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing /guidance/web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
