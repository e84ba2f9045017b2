package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Validator;
import java.util.function.Predicate;

/** Binder validators over the domain's field rules, with messages in the user's language. */
final class Validators {

    private Validators() {
    }

    static <T> Validator<T> rule(Predicate<T> rule, String messageKey, Component context) {
        return Validator.from(rule::test, context.getTranslation(messageKey));
    }
}
