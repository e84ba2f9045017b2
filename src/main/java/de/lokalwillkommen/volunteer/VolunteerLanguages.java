package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The languages volunteers can say they speak: the UI languages ({@code lw.languages}) and further
 * languages newcomers bring ({@code lw.volunteer.extra-languages}). Each is named in the reader's language
 * with its name in itself beside it ("Arabisch (العربية)"), so both the volunteer and staff recognise it.
 */
@Component
public class VolunteerLanguages {

    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    /** code → name in itself */
    private final Map<String, String> endonyms = new LinkedHashMap<>();

    VolunteerLanguages(Languages languages,
            @Value("${lw.volunteer.extra-languages:pl,sq,bs,sr,es,it,pt,el,ckb,so,am,ur,hi,zh,vi}") List<String> extra) {
        for (Language language : languages.all()) {
            endonyms.put(language.code(), language.name());
        }
        for (String code : extra) {
            String trimmed = code.strip();
            if (VolunteerRules.isLanguageCode(trimmed) && !endonyms.containsKey(trimmed)) {
                Locale locale = jdkLocale(trimmed);
                endonyms.put(trimmed, capitalised(locale.getDisplayLanguage(locale), locale));
            }
        }
    }

    /** Every language on offer, UI languages first, in the configured order. */
    public List<String> codes() {
        return new ArrayList<>(endonyms.keySet());
    }

    public boolean offers(String code) {
        return endonyms.containsKey(code);
    }

    /** "Arabisch (العربية)" for a German reader; the name in itself alone where the JDK knows no other. */
    public String label(String code, Locale reader) {
        String endonym = endonyms.getOrDefault(code, code);
        Locale language = jdkLocale(code);
        Locale readerLocale = jdkLocale(reader.getLanguage());
        String local = capitalised(language.getDisplayLanguage(readerLocale), readerLocale);
        if (local.isBlank() || local.equalsIgnoreCase(language.getLanguage()) || local.equalsIgnoreCase(code)
                || local.equalsIgnoreCase(endonym)) {
            return endonym;
        }
        return local + " (" + FIRST_STRONG_ISOLATE + endonym + POP_DIRECTIONAL_ISOLATE + ")";
    }

    /** The locale whose JDK data names the language (Kurmanji's is "ku"; the mapping lives in LocalDates). */
    private static Locale jdkLocale(String code) {
        return LocalDates.formatLocale(Locale.forLanguageTag(code));
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
