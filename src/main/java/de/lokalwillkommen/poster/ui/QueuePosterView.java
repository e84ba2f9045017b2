package de.lokalwillkommen.poster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.poster.QrSvg;
import de.lokalwillkommen.queue.QueueService;
import de.lokalwillkommen.queue.QueueSessionRef;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A session's queue poster ({@code staff/poster/queue?session=&lang=}): "take a number here" in the chosen languages,
 * a large QR code to the session's short link and the link itself in letters large enough to type from the door.
 */
@Route("staff/poster/queue")
@PermitAll
public class QueuePosterView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> LINES = List.of("poster.queue.line.take", "poster.queue.line.scan");

    private final QueueService queue;
    private final OfficeService offices;
    private final Languages languages;
    private final PublicAddress publicAddress;
    private final I18NProvider texts;

    public QueuePosterView(QueueService queue, OfficeService offices, Languages languages,
            PublicAddress publicAddress, I18NProvider texts) {
        this.queue = queue;
        this.offices = offices;
        this.languages = languages;
        this.publicAddress = publicAddress;
        this.texts = texts;
        getContent().addClassName("lw-poster-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        getContent().removeAll();
        long sessionId;
        try {
            sessionId = Long.parseLong(query.getSingleParameter("session").orElse(""));
        } catch (NumberFormatException notANumber) {
            getContent().add(new H1(getTranslation("queue.unknown")));
            return;
        }
        QueueSessionRef session = queue.sessionRef(sessionId);
        List<String> codes = List.of(query.getSingleParameter("lang").orElse("").split(","));
        List<Language> chosen = languages.all().stream().filter(l -> codes.contains(l.code()))
                .limit(PosterView.MAX_LANGUAGES).toList();
        if (chosen.isEmpty()) {
            chosen = List.of(languages.source());
        }
        String url = publicAddress.of(session.path());
        Div sheet = new Div();
        sheet.addClassName("lw-poster");
        sheet.setId("poster-sheet");
        String office = offices.findById(session.officeId()).map(OfficeDetails::name).orElse("");
        sheet.add(new H1(office), new Paragraph(LocalDates.of(this).day(session.day())));
        Div qr = new Div(new Image(QrSvg.dataUrl(url), getTranslation("poster.qr", url)));
        qr.addClassName("lw-poster-qr");
        Span link = new Span(url.replaceFirst("^https?://", ""));
        link.addClassName("lw-poster-link");
        link.getElement().setAttribute("dir", "ltr");
        sheet.add(PosterLines.of(chosen, LINES, texts), qr, link);
        Button print = new Button(getTranslation("poster.print"), e -> getElement().executeJs("window.print()"));
        Div controls = new Div(print);
        controls.addClassName("lw-poster-controls");
        getContent().add(controls, sheet);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("poster.title") + " – " + getTranslation("app.name");
    }
}
