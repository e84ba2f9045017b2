package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.List;

/**
 * The three pages a public body's app must offer on every page: privacy notice, imprint, accessibility
 * statement (feature "legal"). The routes live here so that the layouts, the first paint and the consent
 * texts of every feature link them without depending on that feature.
 */
public final class LegalLinks {

    public static final String PRIVACY = "privacy";
    public static final String IMPRINT = "imprint";
    public static final String ACCESSIBILITY = "accessibility";
    /** The form for reporting an accessibility barrier; it reaches the coordination (feature "message"). */
    public static final String ACCESSIBILITY_FEEDBACK = "accessibility/feedback";

    /** Route and the translation key of its link text, in the order the footers show them. */
    record Link(String route, String textKey) {
    }

    static final List<Link> ALL = List.of(new Link(PRIVACY, "legal.privacy.link"),
            new Link(IMPRINT, "legal.imprint.link"), new Link(ACCESSIBILITY, "legal.accessibility.link"));

    private LegalLinks() {
    }

    /** The footer's links to the three pages. */
    static Nav footer() {
        Nav nav = new Nav();
        nav.addClassName("lw-legal-links");
        for (Link link : ALL) {
            Anchor anchor = new Anchor(link.route(), "");
            anchor.setText(anchor.getTranslation(link.textKey()));
            nav.add(anchor);
        }
        nav.getElement().setAttribute("aria-label", nav.getTranslation("legal.links"));
        return nav;
    }

    /** The link under a consent text: everything about the data and the rights, in the privacy notice. */
    public static Anchor privacyNotice() {
        Anchor anchor = new Anchor(PRIVACY, "");
        anchor.setText(anchor.getTranslation("legal.consent.more"));
        anchor.addClassName("lw-consent-link");
        return anchor;
    }
}
