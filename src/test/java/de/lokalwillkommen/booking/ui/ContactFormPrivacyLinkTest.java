package de.lokalwillkommen.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.ui.LegalLinks;
import de.lokalwillkommen.home.ui.StartView;
import org.junit.jupiter.api.Test;

/** The booking's consent text names the coordination and links the privacy notice. */
class ContactFormPrivacyLinkTest extends GermanUiTest {

    @Test
    void theConsentTextNamesTheCoordinationAndLinksThePrivacyNotice() {
        navigate(StartView.class);
        ContactForm form = new ContactForm(new ContactDetails());
        Paragraph consent = (Paragraph) form.getContent().getChildren()
                .filter(c -> c.getElement().getClassList().contains("lw-consent-text")).findFirst().orElseThrow();
        assertThat(consent.getElement().getTextRecursively()).contains("die Koordination des Netzwerks");
        assertThat(consent.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .containsExactly(LegalLinks.PRIVACY);
    }
}
