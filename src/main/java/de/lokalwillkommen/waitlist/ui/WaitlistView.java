package de.lokalwillkommen.waitlist.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushOptIn;
import de.lokalwillkommen.base.push.PushSubscriptions;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.waitlist.Confirmation;
import de.lokalwillkommen.waitlist.OfferGoneException;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The personal waitlist page behind its link. It says first and plainly that this is no appointment yet; an open
 * offer shows with its hold time and confirm/decline; leaving erases the entry at once.
 */
@Route(value = "waitlist", layout = PublicLayout.class)
@AnonymousAllowed
public class WaitlistView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    private static final int TOKEN_MAX = 100;

    private final WaitlistService waitlist;
    private final OfficeService offices;
    private final PublicAddress publicAddress;
    private final PushSubscriptions push;
    private String token = "";
    private String title = "";

    public WaitlistView(WaitlistService waitlist, OfficeService offices, PublicAddress publicAddress,
            PushSubscriptions push) {
        this.waitlist = waitlist;
        this.push = push;
        this.offices = offices;
        this.publicAddress = publicAddress;
        getContent().addClassName("lw-page");
        getContent().addClassName("lw-waitlist");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String token) {
        this.token = token == null ? "" : token;
        render(null);
    }

    private void render(@Nullable OfferGoneException gone) {
        getContent().removeAll();
        Optional<WaitlistEntry> entry = token.isEmpty() || token.length() > TOKEN_MAX ? Optional.empty()
                : waitlist.findByToken(token);
        if (entry.isEmpty()) {
            title = getTranslation("waitlist.page.unknown");
            getContent().add(new H1(title), new Paragraph(getTranslation("waitlist.page.unknown.text")),
                    new Anchor("book", getTranslation("book.again")));
            return;
        }
        WaitlistEntry shown = entry.get();
        String office = offices.findById(shown.officeId()).map(OfficeDetails::name).orElse("");
        title = getTranslation("waitlist.page.title");
        Paragraph notYet = new Paragraph(getTranslation("waitlist.notYet"));
        notYet.addClassName("lw-waitlist-not-yet");
        getContent().add(new H1(title), notYet, new Paragraph(getTranslation("waitlist.page.waitingAt", office,
                LocalDates.of(this).day(shown.lastDate()))));
        if (gone != null) {
            getContent().add(new JustTaken(gone.alternatives()));
        }
        WaitlistEntry.Offer offer = shown.openOffer();
        if (offer != null) {
            getContent().add(new OfferCard(shown, offer, office, this::confirm, this::decline));
        } else {
            getContent().add(new Paragraph(getTranslation("waitlist.page.noOffer")));
        }
        // "Notify me on this phone" (Web Push): an offer is held for a short time only, so a notice that reaches
        // the phone at once matters more here than anywhere.
        Div pushSlot = new Div(new PushOptIn(push, OwnerKind.WAITLIST, shown.id()));
        pushSlot.setId("lw-waitlist-push");
        String url = publicAddress.of("waitlist/" + token);
        Anchor link = new Anchor(url, url);
        link.getElement().setAttribute("dir", "ltr");
        link.addClassName("lw-personal-url");
        Button leave = new Button(getTranslation("waitlist.leave"), e -> confirmLeave());
        leave.addThemeVariants(ButtonVariant.ERROR);
        getContent().add(pushSlot, new Paragraph(getTranslation("waitlist.page.keepLink")), new Paragraph(link),
                leave);
    }

    private void confirm(WaitlistEntry.Offer offer, Confirmation confirmation, OfferCard card) {
        try {
            BookingDetails booked = waitlist.confirm(token, offer.id(), confirmation);
            UI.getCurrent().navigate("booking/" + booked.manageToken());
        } catch (OfferGoneException gone) {
            render(gone);
        } catch (UserFacingException refused) {
            card.refused(refused);
        }
    }

    private void decline(WaitlistEntry.Offer offer) {
        try {
            waitlist.decline(token, offer.id());
        } catch (UserFacingException alreadyEnded) {
            // The hold ran out or was declined in another tab meanwhile: the page shows the current state.
        }
        render(null);
    }

    private void confirmLeave() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("waitlist.leave.title"));
        dialog.setText(getTranslation("waitlist.leave.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("waitlist.leave.keep"));
        dialog.setConfirmText(getTranslation("waitlist.leave"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            waitlist.leave(token);
            render(null);
        });
        dialog.open();
    }

    String token() {
        return token;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }

    /** "Just taken": said plainly, with the next free times and the way to book one. */
    static class JustTaken extends Div {

        JustTaken(java.util.List<de.lokalwillkommen.booking.FreeSlot> alternatives) {
            addClassName("lw-notice");
            getElement().setAttribute("role", "alert");
            add(new Paragraph(getTranslation("waitlist.error.justTaken")));
            for (var free : alternatives) {
                add(new Paragraph(new Span(LocalDates.of(this).appointment(free.start(), free.end()))));
            }
            add(new Anchor("book", getTranslation("waitlist.page.bookAnother")));
        }
    }
}
