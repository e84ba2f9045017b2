package de.lokalwillkommen.legal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.LegalLinks;
import de.lokalwillkommen.base.ui.PublicLayout;
import de.lokalwillkommen.legal.OperatorProperties;
import java.util.stream.Stream;

/**
 * The accessibility statement after the EU model (directive 2016/2102, BITV 2.0): status against WCAG 2.1 AA /
 * EN 301 549, what is not accessible yet, how and when it was checked, how to report a barrier (a message that
 * reaches the coordination) and the enforcement body.
 */
@Route(value = LegalLinks.ACCESSIBILITY, layout = PublicLayout.class)
@AnonymousAllowed
public class AccessibilityView extends LegalPage {

    /** The known gaps, "accessibility.gap.N" in the bundles. */
    static final int GAPS = 4;

    public AccessibilityView(OperatorProperties operator, UiLanguage uiLanguage) {
        super("legal.accessibility.title", uiLanguage);
        getContent().add(text("accessibility.scope"));
        section("accessibility.status.title", text("accessibility.status.text"));
        UnorderedList gaps = new UnorderedList();
        Stream.iterate(1, n -> n <= GAPS, n -> n + 1)
                .forEach(n -> gaps.add(new ListItem(getTranslation("accessibility.gap." + n))));
        section("accessibility.gaps.title", gaps);
        String checkedOn = operator.accessibilityCheckedOn() == null ? getTranslation("legal.toBeCompleted")
                : LocalDates.of(this).date(operator.accessibilityCheckedOn());
        section("accessibility.method.title", text("accessibility.method.text", checkedOn));
        Anchor report = new Anchor(LegalLinks.ACCESSIBILITY_FEEDBACK, getTranslation("accessibility.feedback.link"));
        report.addClassName("lw-legal-action");
        section("accessibility.feedback.title", text("accessibility.feedback.text"), report,
                facts("legal.contact", configured(operator.contactPhone(), operator.contactEmail())));
        section("accessibility.enforcement.title", text("accessibility.enforcement.text"),
                facts("legal.enforcementBody", configured(operator.enforcementBody())));
    }
}
