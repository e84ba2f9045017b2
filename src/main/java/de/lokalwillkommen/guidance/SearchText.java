package de.lokalwillkommen.guidance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: without case, diacritics or Arabic vowel marks, with the letters that
 * people type in several ways folded into one (alef forms, Farsi and Arabic yeh and kaf, ß).
 * The same folding is applied to the query and to the articles, so it may lose distinctions.
 */
final class SearchText {

    /** Combining marks: Latin and Cyrillic accents, Arabic harakat/tashkeel, superscript alef, maddah, hamza above/below. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Tatweel (the Arabic stretching stroke) and invisible format characters (ZWNJ, bidi marks, soft hyphen). */
    private static final Pattern IGNORED = Pattern.compile("[\\u0640\\p{Cf}]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = IGNORED.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        StringBuilder folded = new StringBuilder(plain.length());
        plain.toLowerCase(Locale.ROOT).codePoints().forEach(c -> folded.append(switch (c) {
            case 'ß' -> "ss";
            case 'ı' -> "i"; // Turkish dotless i, as people without a Turkish keyboard type it
            case '\u0671', '\u0672', '\u0673', '\u0675' -> "\u0627"; // alef wasla and other alef forms -> alef
            case '\u0649', '\u06CC', '\u06D2' -> "\u064A"; // alef maksura, Farsi yeh, yeh barree -> yeh
            case '\u06A9' -> "\u0643"; // Farsi keheh -> kaf
            case '\u0629' -> "\u0647"; // teh marbuta -> heh
            case '\u0624' -> "\u0648"; // waw with hamza (if not decomposed)
            case '\u0626' -> "\u064A"; // yeh with hamza
            case '\u06C0' -> "\u0647";
            case 'ё' -> "е";
            default -> Character.toString(c);
        }));
        return folded.toString();
    }

    /** The words of a query, folded; empty words dropped. */
    static List<String> words(String query) {
        return Arrays.stream(NON_WORD.split(fold(query))).filter(w -> !w.isBlank()).toList();
    }

    /** Folded text with single spaces between words, so a query word can be found inside it. */
    static String index(String... texts) {
        return " " + String.join(" ", Arrays.stream(texts).map(t -> NON_WORD.matcher(fold(t)).replaceAll(" ")).toList())
                + " ";
    }
}
