package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerService;
import de.lokalwillkommen.volunteer.VolunteerStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The volunteer's personal page behind the link the registration gives: reference, what they offered,
 * where things stand, and changing, pausing or withdrawing the offer without an account. Opening the link
 * never changes anything; every change is a button (withdrawal also a confirmation).
 */
@Route(value = VolunteerOfferView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class VolunteerOfferView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle {

    /** {@link VolunteerService#MANAGE_PATH} without the trailing slash. */
    public static final String ROUTE = "volunteer/offer";

    /** Tokens are 43 characters; anything much longer is not one of ours and needs no database look-up. */
    private static final int TOKEN_MAX = 100;

    private final VolunteerService volunteers;
    private final OfficeService offices;
    private final VolunteerLanguages languages;
    private final UiLanguage ui;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final Paragraph refusal = new Paragraph();
    private String token = "";
    private String title = "";
    private boolean withdrawn;

    public VolunteerOfferView(VolunteerService volunteers, OfficeService offices, VolunteerLanguages languages,
            UiLanguage ui, MunicipalityProperties municipality, Clock clock) {
        this.volunteers = volunteers;
        this.offices = offices;
        this.languages = languages;
        this.ui = ui;
        this.municipality = municipality;
        this.clock = clock;
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        getContent().addClassNames("lw-page", "lw-volunteer");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String token) {
        this.token = token == null ? "" : token;
        this.withdrawn = false;
        render();
    }

    String token() {
        return token;
    }

    private void render() {
        getContent().removeAll();
        if (withdrawn) {
            explain("volunteer.withdrawn.title", "volunteer.withdrawn.text");
            return;
        }
        Optional<OfferDetails> offer = token.isEmpty() || token.length() > TOKEN_MAX ? Optional.empty()
                : volunteers.findByToken(token);
        if (offer.isEmpty()) {
            Optional<LocalDate> withdrawnOn = token.isEmpty() || token.length() > TOKEN_MAX ? Optional.empty()
                    : volunteers.withdrawnOn(token);
            if (withdrawnOn.isPresent()) {
                explain("volunteer.withdrawn.title", "volunteer.withdrawn.text");
                getContent().addComponentAtIndex(1, new Paragraph(getTranslation("volunteer.withdrawn.on",
                        VolunteerTexts.date(this, withdrawnOn.get()))));
            } else {
                explain("volunteer.unknown.title", "volunteer.unknown.text");
            }
            return;
        }
        show(offer.get());
    }

    private void show(OfferDetails offer) {
        title = getTranslation("volunteer.page." + offer.status().name());
        getContent().add(new H1(title), new Paragraph(getTranslation("volunteer.page." + offer.status().name() + ".text")));
        Span reference = new Span(offer.reference());
        reference.addClassName("lw-code");
        reference.getElement().setAttribute("dir", "ltr");
        Paragraph referenceLine = new Paragraph(new Span(getTranslation("volunteer.reference")), reference);
        referenceLine.addClassName("lw-code-line");
        getContent().add(referenceLine, personalLink());
        if (offer.mayInvolveChildren()) {
            Paragraph children = new Paragraph(getTranslation("volunteer.children.note"));
            children.addClassName("lw-volunteer-notice");
            getContent().add(children);
        }
        getContent().add(new OfferSummary(offer, districtNames(), languages));
        refusal.setVisible(false);
        Div actions = new Div();
        actions.addClassName("lw-actions");
        if (offer.status().isOpen()) {
            actions.add(new Button(getTranslation("volunteer.change"), e -> edit(offer)));
        }
        if (offer.status() == VolunteerStatus.ACTIVE) {
            actions.add(new Button(getTranslation("volunteer.pause"), e -> act(() -> volunteers.pauseByToken(token))));
        }
        if (offer.status() == VolunteerStatus.PAUSED && offer.pausedByVolunteer()) {
            actions.add(new Button(getTranslation("volunteer.resume"), e -> act(() -> volunteers.resumeByToken(token))));
        }
        Button withdraw = new Button(getTranslation("volunteer.withdraw"), e -> confirmWithdrawal());
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        actions.add(withdraw);
        getContent().add(refusal, actions);
    }

    private Div personalLink() {
        String url = VolunteerLinks.absolutePage(token);
        Anchor link = new Anchor(url, url);
        link.addClassName("lw-personal-url");
        link.getElement().setAttribute("dir", "ltr");
        Div box = new Div(new H2(getTranslation("volunteer.link")), new Paragraph(getTranslation("volunteer.link.help")),
                new Paragraph(link));
        box.addClassName("lw-personal-link");
        return box;
    }

    private void edit(OfferDetails offer) {
        List<DistrictRef> districtList = offices.listDistricts();
        OfferForm form = new OfferForm(districtList, languages, municipality.now(clock).toLocalDate(), false);
        form.fill(offer.toRequest(), districtList);
        Paragraph problem = new Paragraph();
        problem.addClassName("lw-refusal");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button save = new Button(getTranslation("volunteer.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            OfferRequest request = form.validated(ui.current(getUI().orElseThrow()).code(), null,
                    VolunteerLinks.clientKey()).orElse(null);
            if (request == null) {
                save.setEnabled(true);
                return;
            }
            try {
                volunteers.updateByToken(token, request);
                render();
                getContent().addComponentAtIndex(1, done("volunteer.saved"));
            } catch (UserFacingException refused) {
                save.setEnabled(true);
                String message = getTranslation(refused.messageKey(), refused.args());
                if (!form.showAtField(refused.messageKey(), message)) {
                    problem.setText(message);
                    problem.setVisible(true);
                }
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> render());
        Div actions = new Div(save, cancel);
        actions.addClassName("lw-actions");
        title = getTranslation("volunteer.change.title");
        getContent().removeAll();
        getContent().add(new H1(title), form, problem, actions);
    }

    private void act(Runnable change) {
        try {
            change.run();
            render();
            getContent().addComponentAtIndex(1, done("volunteer.saved"));
        } catch (UserFacingException refused) {
            render();
            refusal.setText(getTranslation(refused.messageKey(), refused.args()));
            refusal.setVisible(true);
        }
    }

    private void confirmWithdrawal() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("volunteer.withdraw.title"));
        dialog.setText(getTranslation("volunteer.withdraw.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("volunteer.withdraw.keep"));
        dialog.setConfirmText(getTranslation("volunteer.withdraw.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> withdraw());
        dialog.open();
    }

    /** A confirmed button (a server round-trip), never a side effect of opening a link. */
    private void withdraw() {
        try {
            volunteers.withdrawByToken(token);
            withdrawn = true;
        } catch (UserFacingException refused) {
            // already withdrawn (another tab): the page says the link is unknown now
        }
        render();
    }

    private Paragraph done(String key) {
        Paragraph done = new Paragraph(getTranslation(key));
        done.addClassName("lw-volunteer-done");
        done.getElement().setAttribute("role", "status");
        return done;
    }

    private void explain(String titleKey, String textKey) {
        title = getTranslation(titleKey);
        getContent().add(new H1(title), new Paragraph(getTranslation(textKey)),
                new RouterLink(getTranslation("volunteer.again"), VolunteerView.class));
    }

    private Map<Long, String> districtNames() {
        return offices.listDistricts().stream().collect(Collectors.toMap(DistrictRef::id, DistrictRef::name));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
