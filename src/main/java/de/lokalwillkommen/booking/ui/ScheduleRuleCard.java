package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.booking.ScheduleRuleForm;
import java.util.ArrayList;
import java.util.List;

/** A rule in words: "Tuesday, every 2 weeks, 10:00–12:00" and where, with whom, since when. */
class ScheduleRuleCard extends Composite<Div> {

    ScheduleRuleCard(ScheduleRuleForm rule, String where, Languages languages, Runnable edit, Runnable delete) {
        Div card = getContent();
        card.addClassName("lw-session-card");
        Span when = new Span(getTranslation("schedule.rule.when", rhythm(rule), StaffFormat.times(this,
                rule.getValidFrom().atTime(rule.getStart()), rule.getValidFrom().atTime(rule.getEnd()))));
        when.addClassName("lw-agenda-time");
        Div line = new Div(when);
        line.addClassName("lw-card-line");
        if (!rule.isActive()) {
            card.addClassName("lw-status-cancelled");
            Span paused = new Span(getTranslation("schedule.rule.paused"));
            paused.addClassName("lw-badge");
            line.add(paused);
        }
        card.add(line);
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("schedule.rule.slots", rule.getSlotMinutes()));
        facts.add(getTranslation("schedule.rule.consultants", rule.getCapacity()));
        if (!rule.getLanguages().isEmpty()) {
            facts.add(StaffFormat.languages(languages, List.copyOf(rule.getLanguages())));
        }
        card.add(new Paragraph(String.join(" · ", facts)), new Paragraph(getTranslation("agenda.at", where)));
        if (!rule.isOneOff()) {
            card.add(new Paragraph(rule.getValidUntil() == null
                    ? getTranslation("schedule.rule.since", StaffFormat.date(this, rule.getValidFrom()))
                    : getTranslation("schedule.rule.between", StaffFormat.date(this, rule.getValidFrom()),
                            StaffFormat.date(this, rule.getValidUntil()))));
        }
        Button editButton = new Button(getTranslation("schedule.rule.edit"), VaadinIcon.EDIT.create(), e -> edit.run());
        Button deleteButton = new Button(getTranslation("schedule.rule.delete"), VaadinIcon.TRASH.create(),
                e -> delete.run());
        editButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        deleteButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(editButton, deleteButton);
        actions.addClassName("lw-card-actions");
        card.add(actions);
    }

    private String rhythm(ScheduleRuleForm rule) {
        if (rule.isOneOff() && rule.getOnDate() != null) {
            return getTranslation("schedule.rule.oneOffOn", StaffFormat.day(this, rule.getOnDate()));
        }
        String day = rule.getWeekday() == null ? "" : StaffFormat.weekday(this, rule.getWeekday());
        return rule.getEveryWeeks() == 1 ? getTranslation("schedule.rule.weekly", day)
                : getTranslation("schedule.rule.everyNWeeksOn", day, rule.getEveryWeeks());
    }
}
