package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.Reason;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Why a candidate ranks where they do, one line per reason with its points ("+30 spricht Arabisch …"). */
class ReasonList extends UnorderedList {

    ReasonList(List<Reason> reasons, Map<Long, String> districtNames, VolunteerLanguages languages) {
        addClassName("lw-volunteer-reasons");
        for (Reason reason : reasons) {
            ListItem item = new ListItem(points(reason.points()) + getTranslation("volunteer.reason." + reason.kind().name(),
                    args(reason, districtNames, languages)));
            if (reason.points() < 0) {
                item.addClassName("lw-volunteer-reason-minus");
            }
            add(item);
        }
    }

    private static String points(int points) {
        return points == 0 ? "" : VolunteerTexts.FIRST_STRONG_ISOLATE + (points > 0 ? "+" : "−") + Math.abs(points)
                + VolunteerTexts.POP_DIRECTIONAL_ISOLATE + " ";
    }

    private Object[] args(Reason reason, Map<Long, String> districtNames, VolunteerLanguages languages) {
        List<String> a = reason.args();
        return switch (reason.kind()) {
            case OFFERS_TYPE, OTHER_TYPE -> new Object[] {VolunteerTexts.helpType(this, HelpType.valueOf(a.get(0)))};
            case SPEAKS, INTERPRETS, SPEAKS_NOT_INTERPRETS -> new Object[] {
                VolunteerTexts.language(this, languages, a.get(0)),
                VolunteerTexts.level(this, LanguageLevel.valueOf(a.get(1)))};
            case NO_LANGUAGE -> new Object[] {Arrays.stream(a.get(0).split(","))
                    .map(code -> VolunteerTexts.language(this, languages, code)).collect(Collectors.joining(", "))};
            case SAME_DISTRICT, OFFICE_AREA -> new Object[] {districtNames.getOrDefault(Long.valueOf(a.get(0)), a.get(0))};
            case TIMES -> new Object[] {a.get(0), a.get(1), VolunteerTexts.times(this, Arrays.stream(a.get(2).split(","))
                    .map(TimeSlot::parse).flatMap(java.util.Optional::stream).toList())};
            case NOT_YET, UNTIL, CERTIFICATE -> new Object[] {VolunteerTexts.date(this, LocalDate.parse(a.get(0)))};
            case BUSY -> new Object[] {a.get(0)};
            case WHOLE_CITY, NO_TIME, NO_CERTIFICATE -> new Object[0];
        };
    }
}
