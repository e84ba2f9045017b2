package de.lokalwillkommen.base;

import org.jspecify.annotations.Nullable;

/**
 * Text people type into the public forms. Control characters (NUL and the other C0/C1 codes, except tab and line
 * breaks) are refused the same way on every database: PostgreSQL rejects a NUL byte in text while H2 stores it, so a
 * message with one used to be saved in tests and lost in production. Nobody types them; they come from pasted
 * binary junk or from scripts, so the form asks for the text again (translation key {@link #PROBLEM}).
 */
public final class PlainText {

    public static final String PROBLEM = "validation.controlCharacters";

    private PlainText() {
    }

    /** Whether any of the values holds a control character other than tab, line feed or carriage return. */
    public static boolean hasControlCharacters(@Nullable String... values) {
        for (String value : values) {
            if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return true;
            }
        }
        return false;
    }
}
