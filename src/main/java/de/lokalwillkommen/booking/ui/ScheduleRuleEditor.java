package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.TwentyFourHourTimePicker;
import de.lokalwillkommen.booking.ScheduleRuleForm;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The fields of a schedule rule: a weekly rhythm (weekday, every N weeks, valid from/until) or a one-off
 * date; times, slot length, consultants on duty, place and languages. The same limits as the service,
 * with messages in the user's language.
 */
class ScheduleRuleEditor extends Composite<FormLayout> {

    static final int SLOT_MIN = 5;
    static final int SLOT_MAX = 240;
    static final int CAPACITY_MAX = 20;
    static final int EVERY_WEEKS_MAX = 8;

    private final Binder<ScheduleRuleForm> binder = new Binder<>();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final Select<Integer> everyWeeks = new Select<>();
    private final DatePicker onDate = StaffFormat.localised(new DatePicker());
    private final DatePicker validFrom = StaffFormat.localised(new DatePicker());
    private final DatePicker validUntil = StaffFormat.localised(new DatePicker());
    private final TimePicker start = new TwentyFourHourTimePicker();
    private final TimePicker end = new TwentyFourHourTimePicker();
    private ScheduleRuleForm edited = new ScheduleRuleForm();

    ScheduleRuleEditor(Languages languages, Map<Long, String> venues, String officeName) {
        weekday.setLabel(getTranslation("schedule.rule.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d == null ? "" : StaffFormat.weekday(this, d));
        everyWeeks.setLabel(getTranslation("schedule.rule.every"));
        everyWeeks.setItems(IntStream.rangeClosed(1, EVERY_WEEKS_MAX).boxed().toList());
        everyWeeks.setItemLabelGenerator(n -> n == null ? "" : n == 1 ? getTranslation("schedule.rule.everyWeek")
                : getTranslation("schedule.rule.everyNWeeks", n));
        onDate.setLabel(getTranslation("schedule.rule.onDate"));
        validFrom.setLabel(getTranslation("schedule.rule.validFrom"));
        validUntil.setLabel(getTranslation("schedule.rule.validUntil"));
        validUntil.setHelperText(getTranslation("schedule.rule.validUntil.help"));
        start.setLabel(getTranslation("schedule.rule.start"));
        end.setLabel(getTranslation("schedule.rule.end"));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        IntegerField slotMinutes = number("schedule.rule.slotMinutes", SLOT_MIN, SLOT_MAX);
        slotMinutes.setStep(5);
        IntegerField capacity = number("schedule.rule.capacity", 1, CAPACITY_MAX);
        capacity.setHelperText(getTranslation("schedule.rule.capacity.help"));
        Select<Long> venue = new Select<>();
        venue.setLabel(getTranslation("schedule.rule.venue"));
        venue.setItems(venues.keySet());
        venue.setEmptySelectionAllowed(true);
        venue.setEmptySelectionCaption(getTranslation("schedule.rule.inOffice", officeName));
        venue.setItemLabelGenerator(id -> id == null ? getTranslation("schedule.rule.inOffice", officeName)
                : venues.getOrDefault(id, ""));
        MultiSelectComboBox<Language> offered = new MultiSelectComboBox<>(getTranslation("schedule.rule.languages"));
        offered.setItems(languages.all());
        offered.setItemLabelGenerator(Language::name);
        Checkbox active = new Checkbox(getTranslation("schedule.rule.active"));
        bind(languages, slotMinutes, capacity, venue, offered, active);
        getContent().add(weekday, everyWeeks, onDate, validFrom, validUntil, start, end, slotMinutes, capacity, venue,
                offered, active);
    }

    private void bind(Languages languages, IntegerField slotMinutes, IntegerField capacity, Select<Long> venue,
            MultiSelectComboBox<Language> offered, Checkbox active) {
        String required = getTranslation("validation.required");
        binder.forField(weekday).withValidator(d -> edited.isOneOff() || d != null, required)
                .bind(ScheduleRuleForm::getWeekday, ScheduleRuleForm::setWeekday);
        binder.forField(everyWeeks).withValidator(n -> edited.isOneOff() || n != null, required)
                .bind(ScheduleRuleForm::getEveryWeeks, (form, n) -> form.setEveryWeeks(n == null ? 1 : n));
        binder.forField(onDate).withValidator(d -> !edited.isOneOff() || d != null, required)
                .bind(ScheduleRuleForm::getOnDate, ScheduleRuleForm::setOnDate);
        binder.forField(validFrom).withValidator(d -> edited.isOneOff() || d != null, required)
                .bind(ScheduleRuleForm::getValidFrom, (form, d) -> form.setValidFrom(d == null ? form.getValidFrom() : d));
        binder.forField(validUntil).withValidator(d -> edited.isOneOff() || d == null || validFrom.getValue() == null
                        || !d.isBefore(validFrom.getValue()), getTranslation("schedule.error.validUntil"))
                .bind(ScheduleRuleForm::getValidUntil, ScheduleRuleForm::setValidUntil);
        binder.forField(start).asRequired(required).bind(ScheduleRuleForm::getStart, ScheduleRuleForm::setStart);
        binder.forField(end).asRequired(required)
                .withValidator(t -> start.getValue() == null || t.isAfter(start.getValue()),
                        getTranslation("schedule.error.endBeforeStart"))
                .bind(ScheduleRuleForm::getEnd, ScheduleRuleForm::setEnd);
        binder.forField(slotMinutes).withValidator(m -> m != null && m >= SLOT_MIN && m <= SLOT_MAX && fits(m),
                        getTranslation("schedule.error.slotMinutes", SLOT_MIN, SLOT_MAX))
                .bind(ScheduleRuleForm::getSlotMinutes, ScheduleRuleForm::setSlotMinutes);
        binder.forField(capacity).withValidator(c -> c != null && c >= 1 && c <= CAPACITY_MAX,
                        getTranslation("schedule.error.capacity", CAPACITY_MAX))
                .bind(ScheduleRuleForm::getCapacity, ScheduleRuleForm::setCapacity);
        binder.forField(venue).bind(ScheduleRuleForm::getVenueId, ScheduleRuleForm::setVenueId);
        binder.forField(offered).bind(
                form -> form.getLanguages().stream().map(languages::byCode).flatMap(Optional::stream)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (form, chosen) -> form.setLanguages(chosen.stream().map(Language::code)
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
        binder.forField(active).bind(ScheduleRuleForm::isActive, ScheduleRuleForm::setActive);
    }

    /** At least one slot must fit between start and end. */
    private boolean fits(int minutes) {
        LocalTime from = start.getValue();
        LocalTime to = end.getValue();
        return from == null || to == null || !from.isAfter(to) && !from.plusMinutes(minutes).isAfter(to)
                && from.plusMinutes(minutes).isAfter(from);
    }

    private IntegerField number(String labelKey, int min, int max) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    void edit(ScheduleRuleForm form) {
        edited = form;
        boolean oneOff = form.isOneOff();
        weekday.setVisible(!oneOff);
        everyWeeks.setVisible(!oneOff);
        validFrom.setVisible(!oneOff);
        validUntil.setVisible(!oneOff);
        onDate.setVisible(oneOff);
        binder.readBean(form);
    }

    /** The edited rule if every field is valid; otherwise the fields show what is wrong. */
    Optional<ScheduleRuleForm> validated() {
        return binder.writeBeanIfValid(edited) ? Optional.of(edited) : Optional.empty();
    }
}
