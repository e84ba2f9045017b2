package de.lokalwillkommen.legal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.jobs.RetentionProperties;
import de.lokalwillkommen.base.ui.LegalLinks;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.legal.OperatorProperties;
import de.lokalwillkommen.legal.PersonalData;
import java.util.stream.Collectors;

/**
 * The privacy notice (GDPR Art. 13): controller, each kind of personal data with purpose, legal basis, who
 * sees it and how long it is kept, recipients, cookies, rights. The periods are the running configuration's
 * ({@code lw.retention.*}), the same numbers the deletion job uses.
 */
@Route(value = LegalLinks.PRIVACY, layout = PublicLayout.class)
@AnonymousAllowed
public class PrivacyView extends LegalPage {

    public PrivacyView(OperatorProperties operator, RetentionProperties retention, UiLanguage uiLanguage) {
        super("legal.privacy.title", uiLanguage);
        getContent().add(text("privacy.intro"));
        section("privacy.controller.title", facts(
                "legal.operator", configured(operator.operator(), operator.address()),
                "legal.contact", configured(operator.contactPhone(), operator.contactEmail()),
                "legal.dpo", configured(operator.dataProtectionOfficer())));
        var data = section("privacy.data.title");
        for (PersonalData kind : PersonalData.values()) {
            data.add(new H3(getTranslation(kind.key("title"))), facts(
                    "privacy.label.what", new Span(getTranslation(kind.key("what"))),
                    "privacy.label.why", new Span(getTranslation(kind.key("why"))),
                    "privacy.label.who", new Span(seenBy(kind)),
                    "privacy.label.howLong", howLong(kind, retention)));
        }
        section("privacy.recipients.title", text("privacy.recipients.text"));
        section("privacy.cookies.title", new UnorderedList(new ListItem(getTranslation("privacy.cookies.language")),
                new ListItem(getTranslation("privacy.cookies.device")),
                new ListItem(getTranslation("privacy.cookies.session"))), text("privacy.cookies.none"));
        section("privacy.rights.title", text("privacy.rights.text"), text("privacy.rights.withdraw"),
                facts("legal.supervisoryAuthority", configured(operator.supervisoryAuthority())));
    }

    private String seenBy(PersonalData kind) {
        if (kind.seenBy().isEmpty()) {
            return getTranslation("privacy.seenBy.nobody");
        }
        return kind.seenBy().stream().sorted()
                .map(role -> getTranslation(role.nameKey()) + " (" + getTranslation(role.scopeKey()) + ")")
                .collect(Collectors.joining("; "));
    }

    private Component howLong(PersonalData kind, RetentionProperties retention) {
        String text = kind.retentionDays(retention)
                .map(days -> days == 0 ? getTranslation("privacy.retention.keep")
                        : getTranslation(kind.key("howLong"), days))
                .orElseGet(() -> getTranslation(kind.key("howLong")));
        Span span = new Span(text);
        span.addClassName("lw-legal-retention");
        return span;
    }

}
