package de.lokalwillkommen.waitlist.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.booking.BookingRules;
import de.lokalwillkommen.waitlist.Confirmation;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import java.util.function.Consumer;

/**
 * An offered time, held until a moment: for a new appointment it asks the name (and optionally the phone) and the
 * consent only now, since nothing was stored about the person before; for an existing booking it moves that one.
 */
class OfferCard extends Composite<Div> {

    interface OnConfirm {
        void confirm(WaitlistEntry.Offer offer, Confirmation confirmation, OfferCard card);
    }

    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Paragraph refusal = new Paragraph();

    OfferCard(WaitlistEntry entry, WaitlistEntry.Offer offer, String office, OnConfirm onConfirm,
            Consumer<WaitlistEntry.Offer> onDecline) {
        Div card = getContent();
        card.addClassName("lw-waitlist-offer");
        card.add(new H2(getTranslation("waitlist.offer.title")),
                new Paragraph(getTranslation("waitlist.offer.text",
                        LocalDates.of(this).appointment(offer.start(), offer.end()), office,
                        LocalDates.of(this).time(offer.holdUntil()))));
        boolean newBooking = entry.bookingId() == null;
        if (newBooking) {
            name.setLabel(getTranslation("book.name"));
            name.setMaxLength(BookingRules.NAME_MAX);
            phone.setLabel(getTranslation("book.phone"));
            consent.setLabel(getTranslation("book.consent"));
            card.add(name, phone, new Paragraph(getTranslation("book.consent.explanation")), consent);
        }
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("lw-refusal");
        Button confirm = new Button(getTranslation(newBooking ? "waitlist.offer.confirm" : "waitlist.offer.move"),
                e -> onConfirm.confirm(offer, new Confirmation(name.getValue(), phone.getValue(), consent.getValue()),
                        this));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("waitlist-confirm");
        Button decline = new Button(getTranslation("waitlist.offer.decline"), e -> onDecline.accept(offer));
        decline.setId("waitlist-decline");
        card.add(refusal, new Div(confirm, decline));
    }

    /** Shows a refusal at its field, keeping what was typed. */
    void refused(UserFacingException refused) {
        String message = getTranslation(refused.messageKey(), refused.args());
        name.setInvalid(false);
        phone.setInvalid(false);
        consent.setInvalid(false);
        switch (refused.messageKey()) {
            case "booking.error.name" -> {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
            case "booking.error.phone" -> {
                phone.setErrorMessage(message);
                phone.setInvalid(true);
            }
            case "booking.error.consent" -> {
                consent.setErrorMessage(message);
                consent.setInvalid(true);
            }
            default -> refusal.setText(message);
        }
    }
}
