package de.lokalwillkommen.base.errors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.ui.PublicLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open (the database is down while the booking page loads its offices): a
 * translated page with an error id and a phone number instead of Vaadin's English "There was an
 * exception while trying to navigate". Uses nothing that needs the database.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class ErrorPageView extends Composite<Div> implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageView.class);

    private final MunicipalityProperties municipality;

    public ErrorPageView(MunicipalityProperties municipality) {
        this.municipality = municipality;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorId.next();
        LOG.error("Unexpected error {} opening '{}'", id, event.getLocation().getPath(), parameter.getCaughtException());
        Div content = getContent();
        content.removeAll();
        content.addClassNames("lw-page", "lw-error-page");
        Paragraph idLine = new Paragraph(getTranslation("error.id", id));
        idLine.addClassName("lw-error-id");
        content.add(new H1(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.page.text",
                        UnexpectedErrorHandler.isolate(municipality.coordinationPhone()))),
                idLine, new Paragraph(new Anchor(".", getTranslation("error.page.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title") + " – " + getTranslation("app.name");
    }
}
