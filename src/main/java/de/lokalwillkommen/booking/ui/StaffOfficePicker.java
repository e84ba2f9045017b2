package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.security.SignedInStaff;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Which office a staff page works for. STAFF can choose only among their own offices, ADMIN among all.
 * The choice lives in the URL ({@code ?office=}); the session remembers the last one for pages opened
 * from the menu, whose links carry no office.
 */
public class StaffOfficePicker extends Composite<Select<OfficeRef>> {

    static final String PARAMETER = "office";
    private static final String LAST_CHOICE = StaffOfficePicker.class.getName() + ".last";

    private final List<OfficeRef> allowed;
    private @Nullable OfficeRef shown;

    public StaffOfficePicker(CurrentStaff currentStaff, OfficeService offices) {
        SignedInStaff staff = currentStaff.get().orElseThrow();
        allowed = offices.officeRefs().stream().filter(o -> staff.mayActFor(o.id())).toList();
        Select<OfficeRef> select = getContent();
        select.setLabel(getTranslation("agenda.office"));
        select.setItems(allowed);
        select.setItemLabelGenerator(OfficeRef::name);
        select.setReadOnly(allowed.size() < 2);
        select.addClassName("lw-office-picker");
    }

    List<OfficeRef> allowed() {
        return allowed;
    }

    /** The office the URL names if this person may act for it; else the last one chosen; else the first. */
    Optional<OfficeRef> resolve(QueryParameters query) {
        Optional<OfficeRef> requested = query.getSingleParameter(PARAMETER).flatMap(StaffOfficePicker::parseId)
                .flatMap(this::allowedOffice);
        return requested.or(this::lastChoice).or(() -> allowed.stream().findFirst());
    }

    /**
     * Settles the office when a page is entered: forwards to the page's URL for the resolved office when
     * the URL names none (or one this person may not act for), runs {@code noOffice} when the account has
     * no office, and otherwise shows and returns the office.
     */
    public Optional<OfficeRef> enter(BeforeEnterEvent event, Class<? extends Component> page, Runnable noOffice) {
        QueryParameters asked = event.getLocation().getQueryParameters();
        Optional<OfficeRef> chosen = resolve(asked);
        if (chosen.isEmpty()) {
            noOffice.run();
            return Optional.empty();
        }
        String id = Long.toString(chosen.get().id());
        if (!asked.getSingleParameter(PARAMETER).equals(Optional.of(id))) {
            event.forwardTo(page, QueryParameters.of(PARAMETER, id));
            return Optional.empty();
        }
        show(chosen.get());
        return chosen;
    }

    /** Typed navigation to a staff page for an office. */
    public static void navigate(Class<? extends Component> page, long officeId) {
        UI.getCurrent().navigate(page, QueryParameters.of(PARAMETER, Long.toString(officeId)));
    }

    void show(OfficeRef office) {
        shown = office;
        VaadinSession.getCurrent().setAttribute(LAST_CHOICE, office.id());
        getContent().setValue(office);
    }

    /** Tells the page when the person picks another office. */
    public void onChoice(Consumer<OfficeRef> listener) {
        getContent().addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(shown)) {
                listener.accept(e.getValue());
            }
        });
    }

    private Optional<OfficeRef> lastChoice() {
        Object last = VaadinSession.getCurrent().getAttribute(LAST_CHOICE);
        return last instanceof Long id ? allowedOffice(id) : Optional.empty();
    }

    private Optional<OfficeRef> allowedOffice(long id) {
        return allowed.stream().filter(o -> o.id() == id).findFirst();
    }

    static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
