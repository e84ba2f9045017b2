package de.lokalwillkommen.base.i18n;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the bundle keys whose text, in one language, contains the words a reader quoted: a report of a
 * translation problem then names the strings to fix, looked up on the server (the reader never sees a key).
 * Quotes are compared loosely, as a reader copies them: case, runs of spaces (also the non-breaking ones of
 * French) and the apostrophe's forms do not matter, and numbers a page filled in (a date, a time, a count) are
 * left out, so "Termin am 12.12. um 10:00" still finds "Termin am {0} um {1}".
 */
@Component
public class BundleSearch {

    /** A placeholder, or a run of digits with the separators dates and times use. */
    private static final Pattern FILLED = Pattern.compile("\\{[^{}]*}|[\\p{N}][\\p{N}.:/,\\-–]*");
    private static final int SHORTEST_PART = 3;

    /** At most {@code max} keys of the language's own bundle (no fallback to the source), in key order. */
    public List<String> keysContaining(Language language, String quote, int max) {
        List<String> parts = parts(quote);
        if (parts.isEmpty()) {
            return List.of();
        }
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BundleTranslationProvider.BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException noBundle) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(Collections.list(bundle.getKeys()));
        Collections.sort(keys);
        List<String> found = new ArrayList<>();
        for (String key : keys) {
            String value = loose(bundle.getString(key));
            if (parts.stream().allMatch(value::contains)) {
                found.add(key);
                if (found.size() == max) {
                    break;
                }
            }
        }
        return found;
    }

    /** The quote's pieces between filled-in numbers, each long enough to mean something. */
    static List<String> parts(String quote) {
        List<String> parts = new ArrayList<>();
        for (String part : FILLED.split(loose(quote))) {
            String piece = part.strip();
            if (piece.codePointCount(0, piece.length()) >= SHORTEST_PART) {
                parts.add(piece);
            }
        }
        return parts;
    }

    static String loose(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0\\u202F\\u200C]+", " ")
                .replace('’', '\'').replace('ʼ', '\'').replace('`', '\'')
                .replace('«', '"').replace('»', '"').replace('„', '"').replace('“', '"').replace('”', '"');
    }
}
