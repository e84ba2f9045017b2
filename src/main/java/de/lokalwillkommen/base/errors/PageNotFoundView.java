package de.lokalwillkommen.base.errors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.ui.PublicLayout;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * A mistyped or outdated address: "page not found" in the visitor's language, inside the public frame,
 * with the four doors of the start page. Before, Spring Security sent such addresses to the staff sign-in.
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends Composite<Div> implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /** The start page's doors by path: a class reference would pull those views into every page's bundle. */
    static final List<String[]> DOORS = List.of(new String[] {"book", "start.book"},
            new String[] {"guide", "start.guidance"}, new String[] {"find", "start.offices"},
            new String[] {"volunteer", "start.volunteer"});

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Div content = getContent();
        content.removeAll();
        content.addClassNames("lw-page", "lw-error-page");
        UnorderedList doors = new UnorderedList();
        doors.addClassName("lw-error-doors");
        DOORS.forEach(door -> doors.add(new ListItem(new Anchor(door[0], getTranslation(door[1])))));
        doors.add(new ListItem(new Anchor(".", getTranslation("error.page.home"))));
        content.add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")), doors);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title") + " – " + getTranslation("app.name");
    }
}
