package de.lokalwillkommen.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.proof.ProofOfWork;
import de.lokalwillkommen.base.ui.ProofField;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.VolunteerLanguages;
import de.lokalwillkommen.volunteer.VolunteerService;
import java.time.Clock;
import java.util.UUID;

/**
 * Offering help without an account, on one page a phone scrolls through in a few minutes. After sending,
 * the volunteer lands on their personal page (reference, personal link, what happens next).
 */
@Route(value = VolunteerView.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class VolunteerView extends Composite<VerticalLayout> implements HasDynamicTitle {

    /** A compile-time constant, so linking here by path pulls none of this view's weight into the linking page. */
    public static final String ROUTE = "volunteer";

    private final VolunteerService volunteers;
    private final OfferForm form;
    private final String uiLanguage;
    /** A refusal that concerns no single field, said right above the button, where the eyes are. */
    private final Paragraph refusal = new Paragraph();
    /** One per form: a double tap or a retry after a lost answer registers once. */
    private final String attemptKey = UUID.randomUUID().toString();
    private final ProofField proof;

    public VolunteerView(VolunteerService volunteers, OfficeService offices, VolunteerLanguages languages,
            UiLanguage ui, MunicipalityProperties municipality, Clock clock, ProofOfWork proofs) {
        this.volunteers = volunteers;
        this.proof = new ProofField(proofs, volunteers.unusualLoad(VolunteerLinks.clientKey()));
        this.uiLanguage = ui.current(UI.getCurrent()).code();
        form = new OfferForm(offices.listDistricts(), languages, municipality.now(clock).toLocalDate(), true);
        form.startWith(uiLanguage);
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button send = new Button(getTranslation("volunteer.submit"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send(send));
        Div actions = new Div(send);
        actions.addClassName("lw-actions");
        Paragraph intro = new Paragraph(getTranslation("volunteer.intro"));
        intro.addClassName("lw-volunteer-intro");
        getContent().addClassNames("lw-page", "lw-volunteer");
        getContent().add(new H1(getTranslation("volunteer.title")), intro, form, refusal, proof, actions);
    }

    private void send(Button button) {
        refusal.setVisible(false);
        OfferRequest request = form.validated(uiLanguage, attemptKey, VolunteerLinks.clientKey()).orElse(null);
        if (request == null) {
            button.setEnabled(true);
            return;
        }
        if (!proof.verified()) {
            button.setEnabled(true);
            refusal.setText(getTranslation("proof.failed"));
            refusal.setVisible(true);
            return;
        }
        try {
            OfferDetails offer = volunteers.register(request);
            UI.getCurrent().navigate(VolunteerOfferView.class, offer.manageToken());
        } catch (UserFacingException refused) {
            button.setEnabled(true);
            String message = getTranslation(refused.messageKey(), refused.args());
            if (!form.showAtField(refused.messageKey(), message)) {
                refusal.setText(message);
                refusal.setVisible(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.title") + " – " + getTranslation("app.name");
    }
}
