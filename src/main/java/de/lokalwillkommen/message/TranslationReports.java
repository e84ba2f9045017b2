package de.lokalwillkommen.message;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.PlainText;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.BundleSearch;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Turns a reader's report of a translation problem into a message in the coordination's inbox (category
 * TRANSLATION, no new table): the text names the page, the language, the quoted words, the suggestion and the
 * bundle keys whose text in that language contains the quote, found here on the server. The text is written in
 * the source language, which the coordination reads. Flood limit, idempotency and the inbox's access rules are
 * those of every message to the coordination ({@link MessageService#sendToCoordination}).
 */
@Service
public class TranslationReports {

    /** More keys than this means the quote was too general to point at a string; the first ones still help. */
    static final int MAX_KEYS = 10;

    private final MessageService messages;
    private final BundleSearch search;
    private final Languages languages;
    private final I18NProvider translations;

    TranslationReports(MessageService messages, BundleSearch search, Languages languages, I18NProvider translations) {
        this.messages = messages;
        this.search = search;
        this.languages = languages;
        this.translations = translations;
    }

    public MessageReceipt report(TranslationReport report) {
        if (PlainText.hasControlCharacters(report.quote(), report.suggestion())) {
            throw new UserFacingException(PlainText.PROBLEM);
        }
        if (!TranslationReport.isQuote(report.quote())) {
            throw new UserFacingException("translation.report.error.quote", TranslationReport.QUOTE_MAX);
        }
        if (!TranslationReport.isSuggestion(report.suggestion())) {
            throw new UserFacingException("translation.report.error.suggestion", TranslationReport.SUGGESTION_MAX);
        }
        Language language = languages.byCode(report.language())
                .orElseThrow(() -> new UserFacingException("validation.invalidForm"));
        String page = page(report.page());
        List<String> keys = search.keysContaining(language, report.quote(), MAX_KEYS);
        Language source = languages.source();
        String none = translations.getTranslation("translation.report.none", source.locale());
        String text = translations.getTranslation("translation.report.record", source.locale(), page,
                language.code() + " (" + language.name() + ")", report.quote().strip(),
                report.suggestion() == null || report.suggestion().isBlank() ? none : report.suggestion().strip(),
                keys.isEmpty() ? none : String.join(", ", keys));
        return messages.sendToCoordination(new MessageRequest("", MessageCategory.TRANSLATION, text, language.code(),
                "", "", "", true, report.idempotencyKey(), report.clientKey()));
    }

    /** Only a path of this app, never a whole address someone typed into the query. */
    static String page(String page) {
        String path = page == null ? "" : page.strip();
        if (!path.startsWith("/") || path.startsWith("//") || path.length() > TranslationReport.PAGE_MAX
                || PlainText.hasControlCharacters(path)) {
            return "/";
        }
        return path;
    }
}
