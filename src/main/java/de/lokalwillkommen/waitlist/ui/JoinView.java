package de.lokalwillkommen.waitlist.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.proof.ProofOfWork;
import de.lokalwillkommen.base.ui.ProofField;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistRequest;
import de.lokalwillkommen.waitlist.WaitlistService;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Joining an office's waitlist, reached from "no free time", the time choice, or a booking's own page ("tell me if
 * something earlier becomes free"). What was chosen while booking comes in the address and stays changeable here.
 */
@Route(value = JoinView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class JoinView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "waitlist/join";

    private final WaitlistService waitlist;
    private final OfficeService offices;
    private final BookingService bookings;
    private final UiLanguage uiLanguage;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final ProofOfWork proofs;
    private final Paragraph refusal = new Paragraph();
    private @Nullable JoinForm form;
    private @Nullable ProofField proof;
    private @Nullable String bookingToken;
    private long officeId;

    public JoinView(WaitlistService waitlist, OfficeService offices, BookingService bookings, UiLanguage uiLanguage,
            MunicipalityProperties municipality, Clock clock, ProofOfWork proofs) {
        this.waitlist = waitlist;
        this.offices = offices;
        this.bookings = bookings;
        this.uiLanguage = uiLanguage;
        this.municipality = municipality;
        this.clock = clock;
        this.proofs = proofs;
        getContent().addClassName("lw-page");
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        getContent().removeAll();
        getContent().add(new H1(getPageTitleText()), new Paragraph(getTranslation("waitlist.notYet")),
                new Paragraph(getTranslation("waitlist.join.explanation")));
        bookingToken = query.getSingleParameter("booking").filter(t -> t.length() <= 100).orElse(null);
        Optional<OfficeDetails> office;
        if (bookingToken != null) {
            Optional<BookingDetails> booking = bookings.findByToken(bookingToken).filter(BookingDetails::isActive);
            office = booking.flatMap(b -> offices.findById(b.officeId()));
        } else {
            office = query.getSingleParameter("office").flatMap(JoinView::number).flatMap(offices::findById);
        }
        if (office.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("waitlist.join.unknown")));
            return;
        }
        officeId = office.get().id();
        getContent().add(new Paragraph(getTranslation("waitlist.join.office", office.get().name())));
        form = new JoinForm(uiLanguage.languages(), bookingToken == null, municipality.now(clock).toLocalDate(), query,
                uiLanguage.current(UI.getCurrent()).code());
        proof = new ProofField(proofs, bookings.unusualLoad(officeId, ClientKeys.currentAddress()));
        Button join = new Button(getTranslation("waitlist.join.button"), e -> join());
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.setId("waitlist-join");
        getContent().add(form, refusal, proof, join);
    }

    private void join() {
        JoinForm typed = java.util.Objects.requireNonNull(form);
        refusal.setText("");
        if (!typed.isValid()) {
            return;
        }
        if (!java.util.Objects.requireNonNull(proof).verified()) {
            refusal.setText(getTranslation("proof.failed"));
            return;
        }
        try {
            WaitlistEntry entry = waitlist.join(new WaitlistRequest(officeId, typed.topic(), typed.language(),
                    typed.interpreter(), typed.persons(), typed.lastDate(), typed.email(), bookingToken,
                    ClientKeys.currentAddress()));
            UI.getCurrent().navigate(WaitlistView.class, entry.token());
        } catch (UserFacingException refused) {
            if (!typed.showAtField(refused)) {
                refusal.setText(getTranslation(refused.messageKey(), refused.args()));
            }
        }
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private String getPageTitleText() {
        return getTranslation("waitlist.join.title");
    }

    @Override
    public String getPageTitle() {
        return getPageTitleText() + " – " + getTranslation("app.name");
    }
}
