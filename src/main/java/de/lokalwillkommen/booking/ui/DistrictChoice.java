package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.office.OfficeSummary;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A district people know where they live, and the office that serves it. */
record DistrictChoice(String district, OfficeSummary office) {

    /** Every district some office serves, in alphabetical order; districts without an office are left out. */
    static List<DistrictChoice> of(List<OfficeSummary> offices, Locale locale) {
        List<DistrictChoice> choices = new ArrayList<>();
        for (OfficeSummary office : offices) {
            office.districts().forEach(district -> choices.add(new DistrictChoice(district, office)));
        }
        Collator collator = Collator.getInstance(locale);
        choices.sort(Comparator.comparing(DistrictChoice::district, collator));
        return choices;
    }
}
