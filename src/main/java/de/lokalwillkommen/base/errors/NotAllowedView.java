package de.lokalwillkommen.base.errors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in account opens a page its role does not allow (a STAFF account on a coordination page):
 * a translated "not allowed" with the way back to the staff workspace, and HTTP 403. Visitors who are
 * not signed in never get here: Vaadin sends them to the sign-in first.
 *
 * <p>No staff layout around it: error views are loaded on every first visit, so whatever they reference goes
 * into the first bundle a newcomer's phone downloads — with the staff layout that was its menu, side
 * navigation and forms, 59 KB more on the start page (BrowserJourneyTest's first-visit budget).
 */
@PermitAll
public class NotAllowedView extends Composite<Div> implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        Div content = getContent();
        content.removeAll();
        content.addClassNames("lw-page", "lw-error-page");
        content.add(new H1(getTranslation("notAllowed.title")), new Paragraph(getTranslation("notAllowed.text")),
                new Paragraph(new Anchor("staff", getTranslation("notAllowed.back"))));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notAllowed.title") + " – " + getTranslation("app.name");
    }
}
