package de.lokalwillkommen.base.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's glossary, {@code docs/glossary/<code>.tsv}: per line
 * {@code concept<TAB>the one term<TAB>ruled-out variants separated by |[<TAB>flags]}, {@code #} starts a comment.
 * The optional fourth column {@code case} makes the line's matching case-sensitive (Ukrainian rules out the
 * lower-case "ви" and keeps the capitalised "Ви"); without it matching ignores case.
 *
 * <p>What counts as a word, so that a variant is found in its real forms and not inside unrelated words:
 * <ul>
 * <li>Text is split into words at everything that is not a letter or a combining mark: spaces, punctuation,
 *     hyphens, apostrophes, the zero-width non-joiner of Persian and Pashto ("نوبت‌ها" is "نوبت" + "ها") and the
 *     Ethiopic word and sentence marks (፡ ። ፣ ፤). A variant of several words matches consecutive words.</li>
 * <li>Latin and Cyrillic: the whole word must equal the variant; a variant ending in {@code *} matches every word
 *     that starts with it ("ofîs*" finds "ofîsa", "ofîsê"), for languages that inflect by endings.</li>
 * <li>Arabic script: short vowels, shadda and tatweel are ignored, the Arabic and Persian forms of yeh, kaf
 *     and the hamza-carrying alefs count as one letter. Arabic (the language, code "ar") writes some words onto
 *     the next one, so there the first word may carry the proclitics و ف ب ل ك ال (and their combinations) and
 *     the last one the pronoun suffixes ي ك كم كن ه ها هم هن نا ("لحيّك" is "حي"); other endings (plurals,
 *     ة → ت) are listed as variants or written with *. Persian, Pashto and Sorani do not take these clitics
 *     (applied to Persian, "بالکن", balcony, would read as "بال" + "کن"), so there a word is the whole word.</li>
 * <li>Ethiopic (Tigrinya): a syllabary whose suffixes for possessor, plural and case are written on the word
 *     ("ዞባኹም" = your zone, "ዞባታት" = zones), so the last word matches when it starts with the variant; the first
 *     may carry one of the proclitics ን ብ ከ ዝ ካብ ናብ ኣብ ምስ ከም ("ንዞባ").</li>
 * </ul>
 * The chosen term must occur at least once, in any inflected form: its last word may go on with any ending.
 */
record Glossary(String language, List<Entry> entries) {

    static final Path DIRECTORY = Path.of("docs/glossary");

    record Entry(String concept, String term, List<String> ruledOut, boolean caseSensitive) {
    }

    /**
     * The language's own glossary, or for a regional variant without one (Dari "fa-AF", whose bundle holds only
     * the keys that differ) the glossary of its base language ("fa").
     */
    static Optional<Glossary> forLanguage(String language) throws IOException {
        Optional<Glossary> own = of(language);
        if (own.isPresent() || !language.contains("-")) {
            return own;
        }
        return of(language.substring(0, language.indexOf('-')));
    }

    static Optional<Glossary> of(String language) throws IOException {
        Path file = DIRECTORY.resolve(language + ".tsv");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(parse(language, Files.readAllLines(file, StandardCharsets.UTF_8)));
    }

    static Glossary parse(String language, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalArgumentException(language + ": not concept<TAB>term<TAB>variants: " + line);
            }
            List<String> ruledOut = columns.length > 2 && !columns[2].isBlank()
                    ? Arrays.stream(columns[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            boolean caseSensitive = columns.length > 3 && columns[3].strip().equalsIgnoreCase("case");
            entries.add(new Entry(columns[0].strip(), columns[1].strip(), ruledOut, caseSensitive));
        }
        return new Glossary(language, List.copyOf(entries));
    }

    Set<String> concepts() {
        return entries.stream().map(Entry::concept).collect(java.util.stream.Collectors.toSet());
    }

    /** The ruled-out variants this text uses, as "concept: variant". */
    List<String> ruledOutIn(String text) {
        List<String> found = new ArrayList<>();
        List<String> asWritten = words(text, true);
        List<String> lowerCase = words(text, false);
        for (Entry entry : entries) {
            List<String> words = entry.caseSensitive() ? asWritten : lowerCase;
            for (String variant : entry.ruledOut()) {
                if (contains(words, variant, entry.caseSensitive(), false, arabicClitics())) {
                    found.add(entry.concept() + ": " + variant);
                }
            }
        }
        return found;
    }

    /** Whether the text uses the entry's chosen term, in any inflected form. */
    boolean usesTerm(Entry entry, String text) {
        return contains(words(text, entry.caseSensitive()), entry.term(), entry.caseSensitive(), true, arabicClitics());
    }

    private boolean arabicClitics() {
        return language.equals("ar") || language.startsWith("ar-");
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final List<String> ARABIC_PREFIXES = List.of("", "و", "ف", "ب", "ل", "ک", "ال", "وال", "فال",
            "بال", "کال", "لل", "وب", "ول", "فب", "فل", "وک");
    private static final List<String> ARABIC_SUFFIXES = List.of("", "ی", "ک", "کم", "کن", "ه", "ها", "هم", "هن", "نا");
    private static final List<String> ETHIOPIC_PREFIXES = List.of("", "ን", "ብ", "ከ", "ዝ", "ካብ", "ናብ", "ኣብ", "ምስ",
            "ከም");

    static List<String> words(String text, boolean caseSensitive) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalise(text, caseSensitive));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static String normalise(String text, boolean caseSensitive) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!caseSensitive) {
            // Turkish İ lower-cases to i + combining dot above; the dot is not part of the word's identity.
            s = s.toLowerCase(Locale.ROOT).replace("\u0307", "");
        }
        return s.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "") // short vowels, shadda, hamza marks, tatweel
                .replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک')
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    }

    private static boolean contains(List<String> words, String variant, boolean caseSensitive, boolean anyEnding,
            boolean arabicClitics) {
        boolean stem = variant.endsWith("*") || anyEnding;
        List<String> parts = words(variant.endsWith("*") ? variant.substring(0, variant.length() - 1) : variant,
                caseSensitive);
        if (parts.isEmpty()) {
            return false;
        }
        for (int i = 0; i + parts.size() <= words.size(); i++) {
            if (matchesAt(words, i, parts, stem, arabicClitics)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> words, int start, List<String> parts, boolean stem,
            boolean arabicClitics) {
        for (int j = 0; j < parts.size(); j++) {
            String word = words.get(start + j);
            String part = parts.get(j);
            boolean first = j == 0;
            boolean last = j == parts.size() - 1;
            if (!matchesWord(word, part, first, last, stem, arabicClitics)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesWord(String word, String part, boolean first, boolean last, boolean stem,
            boolean arabicClitics) {
        Script script = Script.of(part);
        if (script == Script.ARABIC && !arabicClitics) {
            script = Script.OTHER;
        }
        List<String> prefixes = !first ? List.of("") : switch (script) {
            case ARABIC -> ARABIC_PREFIXES;
            case ETHIOPIC -> ETHIOPIC_PREFIXES;
            case OTHER -> List.of("");
        };
        for (String prefix : prefixes) {
            if (!word.startsWith(prefix + part)) {
                continue;
            }
            String rest = word.substring(prefix.length() + part.length());
            if (rest.isEmpty() || (last && (stem || script == Script.ETHIOPIC))
                    || (last && script == Script.ARABIC && ARABIC_SUFFIXES.contains(rest))) {
                return true;
            }
        }
        return false;
    }

    private enum Script {
        ARABIC, ETHIOPIC, OTHER;

        static Script of(String word) {
            int first = word.codePointAt(0);
            Character.UnicodeScript script = Character.UnicodeScript.of(first);
            return script == Character.UnicodeScript.ARABIC ? ARABIC
                    : script == Character.UnicodeScript.ETHIOPIC ? ETHIOPIC : OTHER;
        }
    }
}
