package de.lokalwillkommen.base.pwa;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the static offline page shows: its texts in every language (from the same bundles as the UI)
 * and the offices' phone numbers. The service worker stores this script when it installs, so it is
 * there when the network is not.
 */
@RestController
class OfflineDataController {

    private static final List<String> KEYS = List.of("offline.title", "offline.body", "offline.phones",
            "offline.phoneMissing", "offline.retry", "offline.coordination", "app.name", "guide.offline.saved",
            "guide.offline.none", "offline.emergency", "offline.emergency.fire", "offline.emergency.police",
            // the appointment cards kept on the phone (docs/decisions/0028)
            "card.offline.saved");

    private final Languages languages;
    private final OfficeDirectory offices;
    private final MunicipalityProperties municipality;
    private final com.vaadin.flow.i18n.I18NProvider translations;
    private final JsonMapper json = JsonMapper.builder().build();

    OfflineDataController(Languages languages, OfficeDirectory offices, MunicipalityProperties municipality,
            com.vaadin.flow.i18n.I18NProvider translations) {
        this.languages = languages;
        this.offices = offices;
        this.municipality = municipality;
        this.translations = translations;
    }

    @GetMapping(value = "/offline-data.js", produces = "text/javascript;charset=UTF-8")
    ResponseEntity<String> offlineData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", languages.source().code());
        data.put("rtl", languages.all().stream().filter(Language::rtl).map(Language::code).toList());
        data.put("readInstead", languages.readInstead());
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (Language language : languages.all()) {
            Map<String, String> perKey = new LinkedHashMap<>();
            KEYS.forEach(key -> perKey.put(key, translations.getTranslation(key, language.locale())));
            texts.put(language.code(), perKey);
        }
        data.put("texts", texts);
        data.put("offices", offices.contacts().stream()
                .map(o -> Map.of("name", o.name(), "districts", o.districts(), "phone", o.phone().orElse("")))
                .toList());
        data.put("coordination", Map.of("name", municipality.coordinationName(),
                "phone", municipality.coordinationPhone()));
        String script = "self.lwOffline = " + json.writeValueAsString(data) + ";\n";
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(script);
    }
}
