package de.lokalwillkommen.base.i18n;

import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;

/**
 * A time picker that shows and takes times as 14:30 whatever the staff member's language. Vaadin's picker formats
 * with the browser's rules for its locale (the UI's language by default), which are 12-hour with AM/PM words for
 * English, Arabic, Tigrinya, Sorani, Albanian and Somali, while every other time in the app is 24-hour (decision
 * 0031); it sends only language and country to the browser, so a locale extension cannot ask for 24 hours. The
 * British English rules give "14:30" with Latin digits, like {@link LocalDates}; the picker shows no words.
 */
public class TwentyFourHourTimePicker extends TimePicker {

    static final Locale TWENTY_FOUR_HOURS = Locale.UK;

    public TwentyFourHourTimePicker() {
        setLocale(TWENTY_FOUR_HOURS);
    }

    public TwentyFourHourTimePicker(String label) {
        this();
        setLabel(label);
    }
}
