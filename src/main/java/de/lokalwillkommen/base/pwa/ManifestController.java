package de.lokalwillkommen.base.pwa;

import de.lokalwillkommen.base.ui.AppShell;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest. Vaadin's generated one cannot declare a maskable icon, which Android needs
 * to show a full-bleed launcher icon; this one takes precedence at the same path.
 */
@RestController
class ManifestController {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    @GetMapping(value = "/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest() {
        Map<String, Object> manifest = Map.of(
                "name", "lokal willkommen",
                "short_name", "willkommen",
                "description", "Welcome offices of the integration network: consultations, guidance, contact",
                "start_url", ".",
                "scope", ".",
                "display", "standalone",
                "background_color", "#ffffff",
                "theme_color", AppShell.THEME_COLOR,
                "icons", List.of(
                        icon("icons/icon-192.png", "192x192", "any"),
                        icon("icons/icon-512.png", "512x512", "any"),
                        icon("icons/icon-maskable-512.png", "512x512", "maskable")));
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
    }

    private static Map<String, String> icon(String src, String sizes, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
    }
}
