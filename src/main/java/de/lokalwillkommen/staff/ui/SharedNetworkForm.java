package de.lokalwillkommen.staff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.SharedNetworks;
import java.util.Map;
import java.util.stream.Stream;

/** Marking a range: the refusal appears at the field it is about, and what was typed stays. */
class SharedNetworkForm extends Composite<FormLayout> {

    private static final long NO_OFFICE = 0L;

    private final SharedNetworks networks;
    private final Runnable done;
    final TextField cidr = new TextField();
    final IntegerField factor = new IntegerField();
    final TextField label = new TextField();
    final Select<Long> office = new Select<>();
    final Button add;

    SharedNetworkForm(SharedNetworks networks, Map<Long, String> officeNames, Runnable done) {
        this.networks = networks;
        this.done = done;
        cidr.setLabel(getTranslation("sharednetwork.cidr"));
        cidr.setHelperText(getTranslation("sharednetwork.cidr.helper"));
        cidr.setRequiredIndicatorVisible(true);
        factor.setLabel(getTranslation("sharednetwork.factor"));
        factor.setHelperText(getTranslation("sharednetwork.factor.helper"));
        factor.setMin(SharedNetworks.MIN_FACTOR);
        factor.setMax(SharedNetworks.MAX_FACTOR);
        factor.setStepButtonsVisible(true);
        factor.setValue(6);
        label.setLabel(getTranslation("sharednetwork.label"));
        label.setRequiredIndicatorVisible(true);
        label.setMaxLength(150);
        office.setLabel(getTranslation("sharednetwork.office"));
        office.setItems(Stream.concat(Stream.of(NO_OFFICE),
                officeNames.keySet().stream().sorted((a, b) -> officeNames.get(a).compareTo(officeNames.get(b))))
                .toList());
        office.setItemLabelGenerator(id -> id == NO_OFFICE ? "–" : officeNames.getOrDefault(id, "#" + id));
        office.setValue(NO_OFFICE);
        add = new Button(getTranslation("sharednetwork.add"), e -> save());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(cidr, factor, label, office, add);
    }

    void save() {
        cidr.setInvalid(false);
        factor.setInvalid(false);
        label.setInvalid(false);
        Integer chosen = factor.getValue();
        Long officeId = office.getValue() == null || office.getValue() == NO_OFFICE ? null : office.getValue();
        try {
            networks.add(cidr.getValue(), chosen == null ? 0 : chosen, label.getValue(), officeId);
        } catch (UserFacingException refused) {
            String message = getTranslation(refused.messageKey(), refused.args());
            if (refused.messageKey().equals("sharednetwork.error.factor")) {
                factor.setErrorMessage(message);
                factor.setInvalid(true);
            } else if (refused.messageKey().equals("sharednetwork.error.label")) {
                label.setErrorMessage(message);
                label.setInvalid(true);
            } else {
                cidr.setErrorMessage(message);
                cidr.setInvalid(true);
            }
            return;
        }
        Notification.show(getTranslation("sharednetwork.saved", cidr.getValue().strip()));
        cidr.clear();
        label.clear();
        done.run();
    }
}
