package de.lokalwillkommen.legal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.LegalLinks;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.legal.OperatorProperties;

/** Who runs this app (the imprint), from {@code lw.municipality.*}. */
@Route(value = LegalLinks.IMPRINT, layout = PublicLayout.class)
@AnonymousAllowed
public class ImprintView extends LegalPage {

    public ImprintView(OperatorProperties operator, UiLanguage uiLanguage) {
        super("legal.imprint.title", uiLanguage);
        getContent().add(text("legal.imprint.intro"), facts(
                "legal.operator", configured(operator.operator()),
                "legal.address", configured(operator.address()),
                "legal.representative", configured(operator.representative()),
                "legal.contact", configured(operator.contactPhone(), operator.contactEmail()),
                "legal.dpo", configured(operator.dataProtectionOfficer()),
                "legal.supervisoryAuthority", configured(operator.supervisoryAuthority())));
    }
}
