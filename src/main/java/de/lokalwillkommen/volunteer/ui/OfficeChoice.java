package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.security.SignedInStaff;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which office a volunteering staff page works for, kept in the URL ({@code ?office=}). STAFF choose among
 * their own offices, ADMIN among all; a foreign or missing office in the URL is replaced by the first
 * allowed one. The services check access again; this is a convenience, not the guard.
 */
class OfficeChoice extends Composite<Select<OfficeRef>> {

    static final String PARAMETER = "office";

    private final List<OfficeRef> allowed;
    private final Class<? extends Component> page;
    private @Nullable OfficeRef shown;

    OfficeChoice(CurrentStaff currentStaff, OfficeService offices, Class<? extends Component> page) {
        this.page = page;
        SignedInStaff staff = currentStaff.get().orElseThrow();
        allowed = offices.officeRefs().stream().filter(o -> staff.mayActFor(o.id())).toList();
        Select<OfficeRef> select = getContent();
        select.setLabel(getTranslation("agenda.office"));
        select.setItems(allowed);
        select.setItemLabelGenerator(OfficeRef::name);
        select.setReadOnly(allowed.size() < 2);
        select.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(shown)) {
                navigate(page, e.getValue().id());
            }
        });
    }

    /** The office in the URL if allowed; else forwards to the page with the first allowed office. */
    Optional<OfficeRef> enter(BeforeEnterEvent event) {
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER);
        Optional<OfficeRef> chosen = asked.flatMap(a -> allowed.stream().filter(o -> Long.toString(o.id()).equals(a))
                .findFirst());
        if (chosen.isEmpty() && !allowed.isEmpty()) {
            event.forwardTo(page, QueryParameters.of(PARAMETER, Long.toString(allowed.getFirst().id())));
            return Optional.empty();
        }
        chosen.ifPresent(office -> {
            shown = office;
            getContent().setValue(office);
        });
        return chosen;
    }

    static void navigate(Class<? extends Component> page, long officeId) {
        UI.getCurrent().navigate(page, QueryParameters.of(PARAMETER, Long.toString(officeId)));
    }
}
