package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.client.ClientKeys;
import de.lokalwillkommen.base.errors.OfficeContact;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.proof.ProofOfWork;
import de.lokalwillkommen.base.ui.AddressBar;
import de.lokalwillkommen.base.ui.ProofField;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Booking a consultation without an account, in three short steps on a phone: what and where, when,
 * who. The chosen office is in the URL ({@code book?office=<slug>}), so the office page and people can
 * link to it. Everything chosen and typed stays while the person goes back and forth or is refused.
 */
@Route(value = BookView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class BookView extends Composite<VerticalLayout>
        implements BeforeEnterObserver, HasDynamicTitle, OfficeContact {

    /** A compile-time constant, so linking here by path pulls none of this view's weight into the linking page. */
    public static final String ROUTE = "book";

    public static final String OFFICE_PARAMETER = "office";
    static final int TIMES_PER_PAGE = 12;

    private final BookingService bookings;
    private final OfficeService offices;
    private final MunicipalityProperties municipality;
    private final ProofOfWork proofs;
    private @Nullable ProofField proof;
    private BookingDraft draft = new BookingDraft();
    /** The draft of the page this one replaces when the language is switched. */
    private final @Nullable BookingDraft previous;
    private final List<DistrictChoice> districts;
    private final ChoicesForm choices;
    private final H2 stepTitle = new H2();
    private final Div step = new Div();
    /** A refusal that concerns no single field, said right above the button, where the eyes are. */
    private final Paragraph refusal = new Paragraph();
    private @Nullable ContactForm contact;
    private @Nullable OfficeDetails office;
    /** One per attempt: a double tap or a retry after a lost answer books once. */
    private String attemptKey = UUID.randomUUID().toString();

    public BookView(BookingService bookings, OfficeService offices, UiLanguage uiLanguage,
            MunicipalityProperties municipality, ProofOfWork proofs) {
        this.bookings = bookings;
        this.proofs = proofs;
        this.offices = offices;
        this.municipality = municipality;
        previous = BookingDraft.latest(UI.getCurrent());
        draft.keptBy(UI.getCurrent()).setLanguage(uiLanguage.current(UI.getCurrent()).code());
        districts = DistrictChoice.of(offices.listOffices(), getLocale());
        choices = new ChoicesForm(districts, uiLanguage.languages().all(), draft, this::remember);
        step.addClassName("lw-book-step");
        stepTitle.addClassName("lw-book-step-title");
        stepTitle.getElement().setAttribute("tabindex", "-1");
        stepTitle.getElement().setAttribute("aria-live", "polite");
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        getContent().addClassName("lw-page");
        getContent().addClassName("lw-book");
        getContent().add(new H1(getTranslation("book.title")), stepTitle, step);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getTrigger() == NavigationTrigger.REFRESH_ROUTE && previous != null) {
            resume(previous);
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter(OFFICE_PARAMETER)
                .flatMap(slug -> districts.stream().filter(d -> d.office().slug().equals(slug)).findFirst())
                .ifPresent(choices::preselect);
        showChoices();
    }

    /** The language was switched: the same choices, typed text and step, now in the new language. */
    private void resume(BookingDraft kept) {
        draft = kept.keptBy(UI.getCurrent());
        choices.edit(draft);
        if (draft.getDistrict() != null) {
            remember(draft.getDistrict());
        }
        switch (draft.getStep()) {
            case CHOICES -> showChoices();
            case TIMES -> showTimes();
            case CONTACT -> {
                showTimes();
                if (draft.getSlot() != null && office != null) {
                    showContact(null);
                }
            }
        }
    }

    private void showChoices() {
        draft.setStep(BookingDraft.Step.CHOICES);
        Button next = new Button(getTranslation("book.next"), e -> toTimes());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        show("book.step1", choices, new ActionRow(next));
    }

    private void toTimes() {
        if (choices.isComplete()) {
            draft.setTimesWanted(TIMES_PER_PAGE);
            showTimes();
        }
    }

    private void showTimes() {
        OfficeDetails chosen = offices.findById(Objects.requireNonNull(draft.getDistrict()).office().id())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        office = chosen;
        draft.setStep(BookingDraft.Step.TIMES);
        int timesWanted = Math.max(draft.getTimesWanted(), TIMES_PER_PAGE);
        List<FreeSlot> free = bookings.freeSlots(chosen.id(), timesWanted);
        Button back = new Button(getTranslation("book.back"), e -> showChoices());
        if (free.isEmpty()) {
            show("book.step2", new NoFreeTimes(chosen, municipality), WaitlistLinks.join(chosen.id(), draft),
                    new ActionRow(back));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("book.times.intro", Bidi.isolate(chosen.name())));
        FreeTimes times = new FreeTimes(free, venue -> Place.of(chosen, venue), this::pick);
        ActionRow actions = new ActionRow(back);
        if (free.size() >= timesWanted) {
            actions.addComponentAsFirst(new Button(getTranslation("book.times.more"), e -> {
                draft.setTimesWanted(timesWanted + TIMES_PER_PAGE);
                showTimes();
            }));
        }
        show("book.step2", intro, times, actions, WaitlistLinks.join(chosen.id(), draft));
    }

    private void pick(FreeSlot slot) {
        draft.setSlot(slot);
        attemptKey = UUID.randomUUID().toString();
        showContact(null);
    }

    private void showContact(@Nullable SlotTakenException taken) {
        if (contact == null) {
            contact = new ContactForm(draft.getContact());
        }
        draft.setStep(BookingDraft.Step.CONTACT);
        FreeSlot slot = Objects.requireNonNull(draft.getSlot());
        OfficeDetails where = Objects.requireNonNull(office);
        Button book = new Button(getTranslation("book.submit"));
        book.addThemeVariants(ButtonVariant.PRIMARY);
        book.setDisableOnClick(true);
        book.addClickListener(e -> book(book));
        Button otherTime = new Button(getTranslation("book.otherTime"), e -> showTimes());
        Div chosen = taken == null ? new ChosenTime(slot, Place.of(where, slot.venueId()))
                : new TakenNotice(taken, venue -> Place.of(where, venue), this::pick);
        refusal.setVisible(false);
        proof = new ProofField(proofs, bookings.unusualLoad(where.id(), ClientKeys.currentAddress()));
        show("book.step3", chosen, contact, refusal, proof, new ActionRow(book, otherTime));
    }

    private void book(Button button) {
        ContactDetails typed = Objects.requireNonNull(contact).validated().orElse(null);
        if (typed == null) {
            button.setEnabled(true);
            return;
        }
        if (!Objects.requireNonNull(proof).verified()) {
            button.setEnabled(true);
            refusal.setText(getTranslation("proof.failed"));
            refusal.setVisible(true);
            return;
        }
        try {
            BookingDetails booked = bookings.book(request(typed));
            BookingDraft.forget(UI.getCurrent());
            UI.getCurrent().navigate(BookingView.class, booked.manageToken());
        } catch (SlotTakenException taken) {
            showContact(taken);
        } catch (UserFacingException refused) {
            button.setEnabled(true);
            String message = getTranslation(refused.messageKey(), refused.args());
            if (!contact.showAtField(refused.messageKey(), message)) {
                // Inline, not a notification: it stays until read, and the start page stays light
                // (Vaadin bundles this view's components with the start page, which links here).
                refusal.setText(message);
                refusal.setVisible(true);
            }
        }
    }

    private BookingRequest request(ContactDetails typed) {
        return new BookingRequest(Objects.requireNonNull(draft.getSlot()).slotId(),
                Objects.requireNonNull(draft.getTopic()), draft.getLanguage(), draft.isInterpreter(),
                draft.getPersons(), typed.getName(), typed.getPhone(), typed.getEmail(), typed.isConsent(), null,
                attemptKey, DeviceId.current(), DeviceId.clientKey());
    }

    /** Keeps the chosen office in the address bar, so a reload or a shared link opens the same office. */
    private void remember(DistrictChoice chosen) {
        AddressBar.show(BookView.class, QueryParameters.of(OFFICE_PARAMETER, chosen.office().slug()));
    }

    private void show(String titleKey, Component... parts) {
        // Moving between steps: start reading at the new step, not where the finger was, and keep the keyboard
        // there too (the pressed button is gone, so focus would fall to the page's body). Focusing the heading
        // makes a screen reader read it; the live region announces it where focus cannot be moved.
        boolean stepChange = step.getChildren().findAny().isPresent();
        stepTitle.setText(getTranslation(titleKey));
        step.removeAll();
        step.add(parts);
        if (stepChange) {
            stepTitle.getElement().callJsFunction("focus");
        }
    }

    @Override
    public Optional<String> officePhone() {
        return Optional.ofNullable(office).map(OfficeDetails::phone);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("book.title") + " – " + getTranslation("app.name");
    }
}
