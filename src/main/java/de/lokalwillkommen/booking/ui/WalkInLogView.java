package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.booking.WalkInRecord;
import de.lokalwillkommen.booking.WalkInService;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts someone who came without a booking, in a few taps and without a name: language, persons and
 * interpreter keep sensible defaults, and tapping the topic records the contact.
 */
@Route(value = "staff/walk-in", layout = StaffLayout.class)
@PermitAll
public class WalkInLogView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    static final int PERSONS_MAX = 50;

    private final WalkInService walkIns;
    private final Languages languages;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final StaffOfficePicker picker;
    private final Paragraph today = new Paragraph();
    private final Select<Language> language = new Select<>();
    private final IntegerField persons = new IntegerField();
    private final Checkbox interpreter = new Checkbox();
    private final Div topics = new Div();
    private @Nullable OfficeRef office;

    public WalkInLogView(WalkInService walkIns, OfficeService offices, CurrentStaff currentStaff, Languages languages,
            MunicipalityProperties municipality, Clock clock) {
        this.walkIns = walkIns;
        this.languages = languages;
        this.municipality = municipality;
        this.clock = clock;
        this.picker = new StaffOfficePicker(currentStaff, offices);
        picker.onChoice(chosen -> show(chosen.id()));
        language.setLabel(getTranslation("walkin.language"));
        language.setItems(languages.all());
        language.setItemLabelGenerator(Language::name);
        persons.setLabel(getTranslation("walkin.persons"));
        persons.setMin(1);
        persons.setMax(PERSONS_MAX);
        persons.setStepButtonsVisible(true);
        interpreter.setLabel(getTranslation("walkin.interpreter"));
        reset();
        for (Topic topic : Topic.values()) {
            Button button = new Button(StaffFormat.topic(this, topic), e -> record(topic));
            button.setId("walkin-topic-" + topic.name());
            button.addClassName("lw-walkin-topic");
            topics.add(button);
        }
        topics.addClassName("lw-walkin-topics");
        today.addClassName("lw-walkin-count");
        Div options = new Div(language, persons, interpreter);
        options.addClassName("lw-staff-toolbar");
        getContent().addClassName("lw-staff-page");
        getContent().add(new H1(getTranslation("walkin.title")), picker, today, options,
                new Paragraph(getTranslation("walkin.hint")), topics);
    }

    /** Typed navigation: the walk-in log of an office. */
    static void show(long officeId) {
        StaffOfficePicker.navigate(WalkInLogView.class, officeId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Runnable noOffice = () -> {
            topics.setVisible(false);
            today.setText(getTranslation("agenda.noOffice"));
        };
        picker.enter(event, WalkInLogView.class, noOffice).ifPresent(chosen -> {
            office = chosen;
            count();
        });
    }

    private void record(Topic topic) {
        if (office == null) {
            return;
        }
        Integer count = persons.getValue();
        if (count == null || count < 1 || count > PERSONS_MAX) {
            persons.setInvalid(true);
            persons.setErrorMessage(getTranslation("walkin.error.persons", PERSONS_MAX));
            return;
        }
        persons.setInvalid(false);
        Language spoken = language.getValue() == null ? languages.source() : language.getValue();
        WalkInRecord contact = new WalkInRecord(office.id(), topic, spoken.code(), count, interpreter.getValue());
        if (StaffNotices.attempt(this, () -> walkIns.record(contact))) {
            StaffNotices.done(this, "walkin.recorded", StaffFormat.topic(this, topic));
            reset();
            count();
        }
    }

    private void reset() {
        language.setValue(languages.source());
        persons.setValue(1);
        interpreter.setValue(false);
    }

    private void count() {
        LocalDate day = municipality.now(clock).toLocalDate();
        List<de.lokalwillkommen.booking.WalkInView> contacts = walkIns.on(office == null ? 0 : office.id(), day);
        int people = contacts.stream().mapToInt(de.lokalwillkommen.booking.WalkInView::persons).sum();
        today.setText(getTranslation("walkin.today", contacts.size(), people));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("walkin.title") + " – " + getTranslation("app.name");
    }
}
