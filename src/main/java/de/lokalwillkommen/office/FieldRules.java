package de.lokalwillkommen.office;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a valid office, venue or organisation field looks like. Forms use these for immediate,
 * translated feedback; the service applies them again so nothing invalid reaches the database.
 */
public final class FieldRules {

    public static final int NAME_MAX = 150;
    public static final int NOTES_MAX = 1000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/-]{4,28}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTCODE = Pattern.compile("[0-9A-Za-z -]{3,10}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");

    private FieldRules() {
    }

    public static boolean isName(@Nullable String value) {
        return value != null && !value.isBlank() && value.trim().length() <= NAME_MAX;
    }

    public static boolean isOptionalPhone(@Nullable String value) {
        return blank(value) || PHONE.matcher(value.trim()).matches();
    }

    public static boolean isOptionalEmail(@Nullable String value) {
        return blank(value) || (value.length() <= 200 && EMAIL.matcher(value.trim()).matches());
    }

    public static boolean isOptionalPostcode(@Nullable String value) {
        return blank(value) || POSTCODE.matcher(value.trim()).matches();
    }

    public static boolean isOptionalWebsite(@Nullable String value) {
        return blank(value) || (value.length() <= 300 && WEBSITE.matcher(value.trim()).matches());
    }

    public static boolean isSlug(@Nullable String value) {
        return value != null && value.length() <= 80 && SLUG.matcher(value.trim()).matches();
    }

    public static boolean isNotes(@Nullable String value) {
        return value == null || value.length() <= NOTES_MAX;
    }

    /** A URL-safe name for an office page: lower case, umlauts spelled out, dashes between words. */
    public static String slugOf(String name) {
        String spelled = name.toLowerCase(java.util.Locale.ROOT).replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue").replace("ß", "ss");
        String ascii = java.text.Normalizer.normalize(spelled, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
