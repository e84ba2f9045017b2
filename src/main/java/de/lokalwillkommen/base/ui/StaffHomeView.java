package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.security.CurrentStaff;
import jakarta.annotation.security.PermitAll;

/** Where staff land after signing in; the features' work lists arrive here with their issues. */
@Route(value = "staff", layout = StaffLayout.class)
@PermitAll
public class StaffHomeView extends Composite<VerticalLayout> implements HasDynamicTitle {

    public StaffHomeView(CurrentStaff currentStaff) {
        String name = currentStaff.get().map(s -> s.displayName()).orElse("");
        getContent().add(new H1(getTranslation("staff.home.title", name)),
                new Paragraph(getTranslation("staff.home.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.home.pageTitle") + " – " + getTranslation("app.name");
    }
}
