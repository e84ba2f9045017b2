package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.data.binder.Binder;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.ui.NativeSelect;
import de.lokalwillkommen.booking.BookingRules;
import de.lokalwillkommen.booking.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** Step 1: where (district, hence office), about what, in which language, and how many people come. */
class ChoicesForm extends Composite<FormLayout> {

    private final Binder<BookingDraft> binder = new Binder<>(BookingDraft.class);
    private final NativeSelect<DistrictChoice> district = new NativeSelect<>();
    private final NativeSelect<Topic> topic = new NativeSelect<>();
    private final NativeSelect<String> language = new NativeSelect<>();
    private final Checkbox interpreter = new Checkbox();
    private final NativeSelect<Integer> persons = new NativeSelect<>();

    ChoicesForm(List<DistrictChoice> districts, List<Language> languages, BookingDraft draft,
            Consumer<DistrictChoice> onDistrictChosen) {
        FormLayout form = getContent();
        form.addClassName("lw-book-form");
        form.setResponsiveSteps(new ResponsiveStep("0", 1));

        district.setLabel(getTranslation("book.district"));
        district.setItems(districts);
        district.setItemLabelGenerator(DistrictChoice::district);
        district.setPlaceholder(getTranslation("book.choose"));
        district.addValueChangeListener(e -> showOffice(e.getValue(), onDistrictChosen, e.isFromClient()));

        topic.setLabel(getTranslation("book.topic"));
        topic.setItems(List.of(Topic.values()));
        topic.setItemLabelGenerator(t -> getTranslation("topic." + t.name()));
        topic.setPlaceholder(getTranslation("book.choose"));

        List<String> codes = new ArrayList<>(languages.stream().map(Language::code).toList());
        codes.add(BookingDraft.OTHER_LANGUAGE);
        language.setLabel(getTranslation("book.language"));
        language.setItems(codes);
        language.setItemLabelGenerator(code -> languages.stream().filter(l -> l.code().equals(code)).findFirst()
                .map(Language::name).orElseGet(() -> getTranslation("book.language.other")));

        interpreter.setLabel(getTranslation("book.interpreter"));

        persons.setLabel(getTranslation("book.persons"));
        persons.setItems(IntStream.rangeClosed(1, BookingRules.PERSONS_MAX).boxed().toList());
        persons.setItemLabelGenerator(String::valueOf);

        // Validators instead of asRequired(): the required indicator puts aria-required on the select's
        // value button (role=button), which axe rightly reports; every choice here is needed anyway.
        binder.forField(district).withValidator(Objects::nonNull, getTranslation("book.district.required"))
                .bind(BookingDraft::getDistrict, BookingDraft::setDistrict);
        binder.forField(topic).withValidator(Objects::nonNull, getTranslation("book.topic.required"))
                .bind(BookingDraft::getTopic, BookingDraft::setTopic);
        binder.forField(language).bind(BookingDraft::getLanguage, BookingDraft::setLanguage);
        binder.forField(interpreter).bind(BookingDraft::isInterpreter, BookingDraft::setInterpreter);
        binder.forField(persons).bind(BookingDraft::getPersons, BookingDraft::setPersons);
        binder.setBean(draft);
        form.add(district, topic, language, interpreter, persons);
    }

    /** Shows and edits another draft: the one the page had before the language was switched. */
    void edit(BookingDraft draft) {
        binder.setBean(draft);
        showOffice(draft.getDistrict(), chosen -> { }, false);
    }

    /** The office someone came from (the office page links here with it). */
    void preselect(DistrictChoice choice) {
        district.setValue(choice);
    }

    /** True when every choice is made; marks the missing ones otherwise. */
    boolean isComplete() {
        return binder.validate().isOk();
    }

    private void showOffice(DistrictChoice choice, Consumer<DistrictChoice> onDistrictChosen, boolean byUser) {
        district.setHelperText(choice == null ? null : getTranslation("book.yourOffice", Bidi.isolate(choice.office().name())));
        if (choice != null && byUser) {
            onDistrictChosen.accept(choice);
        }
    }
}
