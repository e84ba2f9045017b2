package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Component;
import de.lokalwillkommen.volunteer.NeedDetails;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A need's facts in one line: district, languages, times, help for children. */
final class NeedLine {

    private NeedLine() {
    }

    static String of(Component context, NeedDetails need, Map<Long, String> districtNames, VolunteerLanguages languages) {
        List<String> facts = new ArrayList<>();
        facts.add(need.districtId() == null ? context.getTranslation("volunteer.need.anyDistrict")
                : districtNames.getOrDefault(need.districtId(), "#" + need.districtId()));
        if (!need.languages().isEmpty()) {
            facts.add(need.languages().stream().map(code -> VolunteerTexts.language(context, languages, code))
                    .collect(Collectors.joining(", ")));
        }
        if (!need.times().isEmpty()) {
            facts.add(VolunteerTexts.times(context, need.times()));
        }
        if (need.involvesMinors()) {
            facts.add(context.getTranslation("volunteer.need.minors"));
        }
        return String.join(" · ", facts);
    }
}
