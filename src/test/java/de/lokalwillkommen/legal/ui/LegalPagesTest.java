package de.lokalwillkommen.legal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.ui.LegalLinks;
import de.lokalwillkommen.base.ui.StaffHomeView;
import de.lokalwillkommen.home.ui.StartView;
import de.lokalwillkommen.message.ui.MessageView;
import de.lokalwillkommen.volunteer.ui.VolunteerView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class LegalPagesTest extends GermanUiTest {

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private List<String> linksOnThePage() {
        return $(Anchor.class).all().stream().map(Anchor::getHref).toList();
    }

    @Test
    void thePrivacyNoticeNamesTheControllerTheRetentionFromTheConfigurationAndTheSupervisoryAuthority() {
        navigate(PrivacyView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Datenschutzerklärung");
        String page = text();
        assertThat(page).contains("Stadt Dortmund – Sozialamt", "Luisenstraße 11–13, 44135 Dortmund");
        assertThat(page).contains("90 Tage nach dem Termin", "365 Tage nach der letzten Aktivität", "730 Tage.");
        assertThat(page).contains("Koordination (die Angaben aller Büros)", "Team (nur die Angaben des eigenen Büros)");
        assertThat(page).contains("lw-lang", "lw-device", "JSESSIONID", "Art. 77 DSGVO");
        assertThat(page).contains("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen");
        // No data-protection officer is named in the network's documents: the page says so instead of inventing one.
        assertThat($view(Span.class).all()).filteredOn(s -> s.hasClassName("lw-legal-missing"))
                .extracting(Span::getText).contains("Vom Betreiber noch zu ergänzen");
    }

    @Test
    void theImprintShowsTheOperatorAndMarksWhatTheOperatorMustStillFillIn() {
        navigate(ImprintView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Impressum");
        assertThat(text()).contains("Stadt Dortmund – Sozialamt", "Luisenstraße 11–13, 44135 Dortmund",
                "+49 231 5026150", "Vertreten durch");
        assertThat($view(Span.class).all()).filteredOn(s -> s.hasClassName("lw-legal-missing")).hasSize(2);
    }

    @Test
    void theAccessibilityStatementGivesStatusCheckFeedbackAndEnforcementBody() {
        navigate(AccessibilityView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("Erklärung zur Barrierefreiheit");
        assertThat(text()).contains("WCAG", "EN 301 549", "axe-core", "6. Dezember 2026",
                "Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen");
        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref)
                .contains(LegalLinks.ACCESSIBILITY_FEEDBACK);
    }

    @Test
    void theGermanPageIsBindingAndTheOthersSayTheyAreTranslations() {
        navigate(ImprintView.class);
        assertThat($view(Paragraph.class).all()).noneMatch(p -> p.hasClassName("lw-legal-note"));
        uiLanguage.apply(UI.getCurrent(), uiLanguage.languages().byCode("ar").orElseThrow());
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat($view(Paragraph.class).all()).filteredOn(p -> p.hasClassName("lw-legal-note"))
                .extracting(Paragraph::getText).containsExactly("هذه ترجمة. النسخة الألمانية من هذه الصفحة هي النسخة الملزمة.");
        assertThat($view(H1.class).single().getText()).isEqualTo("بيانات الناشر (Impressum)");
    }

    @Test
    void everyPublicPageLinksTheThreePagesInItsFooter() {
        for (Class<? extends Component> page : List.of(StartView.class, PrivacyView.class, VolunteerView.class)) {
            navigate(page);
            assertThat(linksOnThePage()).as("footer of %s", page.getSimpleName())
                    .contains(LegalLinks.PRIVACY, LegalLinks.IMPRINT, LegalLinks.ACCESSIBILITY);
        }
    }

    @Test
    @WithUserDetails("brackel")
    void theStaffPagesLinkTheThreePagesInTheirFooter() {
        navigate(StaffHomeView.class);
        assertThat(linksOnThePage()).contains(LegalLinks.PRIVACY, LegalLinks.IMPRINT, LegalLinks.ACCESSIBILITY);
    }

    @Test
    void theConsentTextsOfMessagesAndVolunteerOffersLinkThePrivacyNotice() {
        navigate(MessageView.class, "brackel-aplerbeck");
        assertThat($view(Anchor.class).all()).filteredOn(a -> a.hasClassName("lw-consent-link"))
                .extracting(Anchor::getHref).containsExactly(LegalLinks.PRIVACY);
        navigate(VolunteerView.class);
        assertThat($view(Anchor.class).all()).filteredOn(a -> a.hasClassName("lw-consent-link"))
                .extracting(Anchor::getHref).containsExactly(LegalLinks.PRIVACY);
    }
}
