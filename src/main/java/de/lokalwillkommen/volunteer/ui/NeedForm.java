package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.NeedRequest;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerRules;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A need as staff record it in a consultation: where, what, in which languages, when, a short description. */
class NeedForm extends Composite<FormLayout> {

    private final Select<DistrictRef> district = new Select<>();
    private final Select<HelpType> type = new Select<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<TimeSlot> times = new MultiSelectComboBox<>();
    private final Checkbox minors = new Checkbox();
    private final TextArea description = new TextArea();

    NeedForm(List<DistrictRef> officeDistricts, VolunteerLanguages volunteerLanguages) {
        FormLayout form = getContent();
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        district.setLabel(getTranslation("volunteer.need.district"));
        district.setItems(officeDistricts);
        district.setItemLabelGenerator(d -> d == null ? getTranslation("volunteer.need.anyDistrict") : d.name());
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("volunteer.need.anyDistrict"));
        type.setLabel(getTranslation("volunteer.need.type"));
        type.setItems(HelpType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : VolunteerTexts.helpType(this, t));
        type.setPlaceholder(getTranslation("volunteer.choose"));
        languages.setLabel(getTranslation("volunteer.need.languages"));
        languages.setItems(volunteerLanguages.codes());
        languages.setItemLabelGenerator(code -> VolunteerTexts.language(this, volunteerLanguages, code));
        times.setLabel(getTranslation("volunteer.need.times"));
        times.setItems(Arrays.stream(DayOfWeek.values())
                .flatMap(d -> Arrays.stream(PartOfDay.values()).map(p -> new TimeSlot(d, p))).toList());
        times.setItemLabelGenerator(t -> VolunteerTexts.times(this, List.of(t)));
        minors.setLabel(getTranslation("volunteer.need.minors"));
        description.setLabel(getTranslation("volunteer.need.description"));
        description.setHelperText(getTranslation("volunteer.need.description.help"));
        description.setMaxLength(VolunteerRules.NEED_DESCRIPTION_MAX);
        form.add(district, type, languages, times, minors, description);
        form.setColspan(description, 2);
    }

    /** The need if type and description are there; otherwise the fields say what is missing. */
    Optional<NeedRequest> validated(long officeId) {
        boolean ok = true;
        type.setInvalid(type.getValue() == null);
        if (type.isInvalid()) {
            type.setErrorMessage(getTranslation("volunteer.error.helpTypes"));
            ok = false;
        }
        String text = description.getValue().strip();
        description.setInvalid(text.isEmpty() || text.length() > VolunteerRules.NEED_DESCRIPTION_MAX);
        if (description.isInvalid()) {
            description.setErrorMessage(getTranslation("volunteer.error.description"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new NeedRequest(officeId, district.getValue() == null ? null : district.getValue().id(),
                type.getValue(), List.copyOf(languages.getValue()), times.getValue(), minors.getValue(), text));
    }
}
