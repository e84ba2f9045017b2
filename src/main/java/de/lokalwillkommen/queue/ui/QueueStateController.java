package de.lokalwillkommen.queue.ui;

import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.queue.PublicQueue;
import de.lokalwillkommen.queue.QueueService;
import de.lokalwillkommen.queue.TicketState;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The small JSON the number's page and the venue display poll (scripts/lw-queue.js): a few hundred bytes, no Vaadin
 * round trip, nothing kept per phone on the server between polls (decision record 0029).
 */
@RestController
class QueueStateController {

    private static final int TOKEN_MAX = 100;

    private final QueueService queue;
    private final Languages languages;
    private final I18NProvider texts;

    QueueStateController(QueueService queue, Languages languages, I18NProvider texts) {
        this.queue = queue;
        this.languages = languages;
        this.texts = texts;
    }

    @GetMapping("/queue-api/ticket/{token}")
    ResponseEntity<Map<String, Object>> ticket(@PathVariable String token,
            @RequestParam(defaultValue = "de") String lang) {
        Optional<TicketState> found = token.length() > TOKEN_MAX ? Optional.empty() : queue.ticket(token);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        TicketState state = found.get();
        Language language = languages.byCode(lang).orElseGet(languages::source);
        TicketTexts shown = TicketTexts.of(state, (key, args) -> texts.getTranslation(key, language.locale(), args));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", state.number());
        body.put("status", state.status().name());
        body.put("ahead", state.ahead());
        body.put("waitMinutes", state.waitMinutes());
        body.put("statusText", shown.status());
        body.put("aheadText", shown.ahead());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/queue-api/display/{code}")
    ResponseEntity<Map<String, Object>> display(@PathVariable String code) {
        Optional<PublicQueue> found = code.length() > 12 ? Optional.empty() : queue.publicQueue(code);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("called", found.get().called());
        body.put("waiting", found.get().waiting());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
