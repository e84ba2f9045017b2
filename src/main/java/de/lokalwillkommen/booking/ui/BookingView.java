package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushOptIn;
import de.lokalwillkommen.base.push.PushSubscriptions;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The personal page behind the link a booking gives: confirmation, code, calendar file, and cancelling
 * or moving without an account. An unknown, cancelled or past link is explained, never an error page.
 */
@Route(value = "booking", layout = PublicLayout.class)
@AnonymousAllowed
public class BookingView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    /** Tokens are 43 characters; anything much longer is not one of ours and needs no database look-up. */
    private static final int TOKEN_MAX = 100;

    private final BookingService bookings;
    private final OfficeService offices;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final PushSubscriptions push;
    private final Div moveArea = new Div();
    private String token = "";
    private String title = "";

    public BookingView(BookingService bookings, OfficeService offices, MunicipalityProperties municipality,
            Clock clock, PushSubscriptions push) {
        this.push = push;
        this.bookings = bookings;
        this.offices = offices;
        this.municipality = municipality;
        this.clock = clock;
        getContent().addClassName("lw-page");
        getContent().addClassName("lw-booking");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String token) {
        this.token = token == null ? "" : token;
        render();
    }

    private void render() {
        getContent().removeAll();
        moveArea.removeAll();
        Optional<BookingDetails> booking = token.isEmpty() || token.length() > TOKEN_MAX ? Optional.empty()
                : bookings.findByToken(token);
        Optional<OfficeDetails> office = booking.flatMap(b -> offices.findById(b.officeId()));
        if (booking.isEmpty() || office.isEmpty()) {
            showExplanation("book.manage.unknown", "book.manage.unknown.text");
            return;
        }
        show(booking.get(), office.get());
    }

    private void show(BookingDetails booking, OfficeDetails office) {
        boolean upcoming = booking.isActive() && booking.start().isAfter(municipality.now(clock));
        String state = booking.status() == BookingStatus.CANCELLED ? "book.manage.cancelled"
                : upcoming ? "book.manage.booked" : "book.manage.over";
        title = getTranslation(state);
        getContent().add(new H1(title));
        if (booking.status() == BookingStatus.CANCELLED && booking.cancelReason() != null) {
            getContent().add(new Paragraph(getTranslation("book.manage.reason", booking.cancelReason())));
        }
        getContent().add(new BookingSummary(booking, Place.of(office, booking.venueId())));
        if (!upcoming) {
            CardLink.forget(getContent(), token);
            getContent().add(new RouterLink(getTranslation("book.again"), BookView.class));
            return;
        }
        getContent().add(new CardLink(token));
        getContent().add(new Paragraph(getTranslation("book.manage.keepLink")), new PersonalLink(token));
        getContent().add(new PushOptIn(push, OwnerKind.BOOKING, booking.id())); // issue 15: reminders by Web Push
        Button move = new Button(getTranslation("book.move"), e -> startMove(booking, office));
        Button cancel = new Button(getTranslation("book.cancel"), e -> confirmCancel());
        cancel.addThemeVariants(ButtonVariant.ERROR);
        getContent().add(new ActionRow(move, cancel), moveArea, WaitlistLinks.earlier(token));
    }

    private void showExplanation(String titleKey, String textKey) {
        title = getTranslation(titleKey);
        getContent().add(new H1(title), new Paragraph(getTranslation(textKey)),
                new RouterLink(getTranslation("book.again"), BookView.class));
    }

    private void startMove(BookingDetails booking, OfficeDetails office) {
        moveArea.removeAll();
        moveArea.add(new MoveTime(bookings, token, booking, office, moved -> done("book.move.done"),
                moveArea::removeAll));
        moveArea.scrollIntoView();
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("book.cancel.title"));
        dialog.setText(getTranslation("book.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("book.cancel.keep"));
        dialog.setConfirmText(getTranslation("book.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> cancel());
        dialog.open();
    }

    /** A POST of the confirmed dialog (a server round-trip), never a side effect of opening a link. */
    private void cancel() {
        try {
            bookings.cancelByToken(token);
            done("book.cancel.done");
        } catch (UserFacingException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            render();
        }
    }

    private void done(String messageKey) {
        render();
        Notification.show(getTranslation(messageKey), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    String token() {
        return token;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
