package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.UiLanguage;

/** The frame of every public page: brand, language switcher, content, a quiet link for staff. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout(UiLanguage uiLanguage) {
        addClassName("lw-public");
        Anchor brand = new Anchor(".", getTranslation("app.name"));
        brand.addClassName("lw-brand");
        Header header = new Header(brand, new LanguageSwitcher(uiLanguage));
        header.addClassName("lw-header");
        content.addClassName("lw-content");
        // A plain link on purpose: a class reference to a staff view would make Vaadin's bundler load the
        // whole staff workspace (app layout, grids, dialogs) on every public page.
        Anchor staff = new Anchor("staff", getTranslation("nav.staffLogin"));
        Footer footer = new Footer(new Span(getTranslation("footer.network")), LegalLinks.footer(),
                new TranslationReportLink(uiLanguage), staff);
        footer.addClassName("lw-footer");
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    Component main() {
        return content;
    }
}
