package de.lokalwillkommen.base.i18n;

import java.util.Locale;

/**
 * A UI language as configured in {@code lw.languages}: its code (BCP 47), its name in itself,
 * and whether it is written right to left.
 */
public record Language(String code, String name, boolean rtl) {

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
