package de.lokalwillkommen.message.ui;

import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.ui.OfficePageAction;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** "Send a message" on an office's page, next to "book a consultation". */
@Component
class WriteToOffice implements OfficePageAction {

    @Override
    public com.vaadin.flow.component.Component create(OfficeDetails office) {
        RouterLink link = new RouterLink(MessageView.class, office.slug());
        link.setText(link.getTranslation("message.atOffice"));
        link.addClassName("lw-button-link");
        return link;
    }

    @Override
    public Optional<StaticLink> firstPaint(OfficeDetails office) {
        return Optional.of(new StaticLink(MessageView.ROUTE + "/" + office.slug(), "message.atOffice"));
    }
}
