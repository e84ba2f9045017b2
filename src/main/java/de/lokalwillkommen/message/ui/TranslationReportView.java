package de.lokalwillkommen.message.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.CharacterLimit;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.base.ui.TranslationReportLink;
import de.lokalwillkommen.message.MessageReceipt;
import de.lokalwillkommen.message.TranslationReport;
import de.lokalwillkommen.message.TranslationReports;
import java.util.UUID;

/**
 * The form behind "Report a translation problem": the page and the language are filled in, the reader copies
 * the wrong words and may suggest better ones. No name, no contact details; it lands in the coordination's inbox.
 */
@Route(value = TranslationReportLink.ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
public class TranslationReportView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private static final java.util.regex.Pattern SAFE_PATH = java.util.regex.Pattern.compile("/[A-Za-z0-9/_.%-]*");

    private final TranslationReports reports;
    private final Language language;
    private final TextField page = new TextField();
    private final TextArea quote = new TextArea();
    private final TextArea suggestion = new TextArea();
    private final CharacterLimit quoteLimit;
    private final CharacterLimit suggestionLimit;
    private final Paragraph refusal = new Paragraph();
    /** One per filled-in form: a double tap or a retry sends one report. */
    private final String attemptKey = UUID.randomUUID().toString();

    public TranslationReportView(TranslationReports reports, UiLanguage uiLanguage) {
        this.reports = reports;
        this.language = uiLanguage.current(UI.getCurrent());
        page.setLabel(getTranslation("translation.report.page"));
        page.setReadOnly(true);
        page.getElement().setAttribute("dir", "ltr");
        TextField languageField = new TextField(getTranslation("translation.report.language"), language.name(), "");
        languageField.setReadOnly(true);
        quote.setLabel(getTranslation("translation.report.quote"));
        quote.setRequiredIndicatorVisible(true);
        quoteLimit = CharacterLimit.on(quote, TranslationReport.QUOTE_MAX, getTranslation("translation.report.quote.help"));
        suggestion.setLabel(getTranslation("translation.report.suggestion"));
        suggestionLimit = CharacterLimit.on(suggestion, TranslationReport.SUGGESTION_MAX, "");
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button send = new Button(getTranslation("translation.report.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send(send));
        getContent().addClassNames("lw-page", "lw-translation-report");
        getContent().add(new H1(getTranslation("translation.report.title")),
                new Paragraph(getTranslation("translation.report.intro")), page, languageField, quote, suggestion,
                refusal, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page.setValue(event.getLocation().getQueryParameters().getSingleParameter(TranslationReportLink.PAGE).orElse("/"));
    }

    private void send(Button button) {
        quote.setInvalid(false);
        suggestion.setInvalid(false);
        refusal.setVisible(false);
        if (!TranslationReport.isQuote(quote.getValue())) {
            String tooLong = quoteLimit.problemWith(quote.getValue());
            showAt(quote, tooLong != null ? tooLong : getTranslation("translation.report.error.quote", TranslationReport.QUOTE_MAX));
            button.setEnabled(true);
            return;
        }
        String suggestionProblem = suggestionLimit.problemWith(suggestion.getValue());
        if (suggestionProblem != null) {
            showAt(suggestion, suggestionProblem);
            button.setEnabled(true);
            return;
        }
        VaadinRequest current = VaadinRequest.getCurrent();
        try {
            showReceipt(reports.report(new TranslationReport(page.getValue(), language.code(), quote.getValue(),
                    suggestion.getValue(), attemptKey, current == null ? null : current.getRemoteAddr())));
        } catch (UserFacingException refused) {
            button.setEnabled(true);
            refusal.setText(getTranslation(refused.messageKey(), refused.args()));
            refusal.setVisible(true);
        }
    }

    private static void showAt(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showReceipt(MessageReceipt receipt) {
        Div reference = new MessageReference(receipt.reference());
        // The page comes from the address: only a plain path of this app becomes a link (never "javascript:").
        String back = SAFE_PATH.matcher(page.getValue()).matches() ? page.getValue().substring(1) : "";
        getContent().removeAll();
        getContent().add(new H1(getTranslation("translation.report.title")),
                new H2(getTranslation("translation.report.sent")), reference,
                new Anchor(back.isEmpty() ? "." : back, getTranslation("translation.report.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("translation.report.title") + " – " + getTranslation("app.name");
    }
}
