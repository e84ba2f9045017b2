package de.lokalwillkommen.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.ui.PublicLayout;

/** The start page, phone first: who we are in one sentence, then four big doors. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class StartView extends Composite<Div> implements HasDynamicTitle {

    public StartView() {
        Div content = getContent();
        content.addClassName("lw-start");
        Div entries = new Div();
        StartDoor.ALL.forEach(door -> entries.add(new StartEntry(door)));
        entries.addClassName("lw-start-entries");
        content.add(new H1(getTranslation("start.title")), new Paragraph(getTranslation("start.intro")), entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " – " + getTranslation("start.title");
    }
}
