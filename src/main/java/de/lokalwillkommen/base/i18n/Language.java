package de.lokalwillkommen.base.i18n;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * A UI language as configured in {@code lw.languages}: its code (BCP 47), its name in itself, whether it is
 * written right to left, and how its dates are written ({@code dates: numeric} where the JDK's month names for
 * the language are weak or unstable; {@code numeric-date: dd/MM/yyyy} where the JDK's numeric order is not the
 * one its readers use). A code with a region whose language is offered too ({@code fa-AF} beside {@code fa})
 * is a variant: its bundle holds only the keys whose wording differs. {@code reviewed: true} only once a native
 * speaker has read the bundle; until then staff are told the texts are the team's own translation.
 */
public record Language(String code, String name, boolean rtl, @Nullable DateStyle dates,
        @Nullable String numericDate, boolean reviewed) {

    @ConstructorBinding
    public Language {
    }

    public Language(String code, String name, boolean rtl, @Nullable DateStyle dates, @Nullable String numericDate) {
        this(code, name, rtl, dates, numericDate, false);
    }

    public Language(String code, String name, boolean rtl) {
        this(code, name, rtl, null, null);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** How this language writes a date; month names from the JDK unless configured otherwise. */
    public DateStyle dateStyle() {
        return dates == null ? DateStyle.NAMED : dates;
    }

    /** How a date is written: with the JDK's month name, in digits only, or both ("24 ሕዳር 2026 (24/11/2026)"). */
    public enum DateStyle {
        NAMED, NUMERIC, NAMED_AND_NUMERIC
    }
}
