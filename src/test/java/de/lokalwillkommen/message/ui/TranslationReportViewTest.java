package de.lokalwillkommen.message.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.ui.TranslationReportLink;
import de.lokalwillkommen.finder.ui.FinderView;
import de.lokalwillkommen.home.ui.StartView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** "Report a translation problem": in the footer of every translated page, a small form, a receipt. */
// Its own context and flood guard: the browserless views all send from one mock address, and the reports sent here
// would otherwise count towards the limit the other message views' tests run into (MessageViewTest then met the
// proof-of-work step the app asks for under unusual load). The limit itself is tested in TranslationReportsTest.
@TestPropertySource(properties = "lw.message.per-window=1000")
class TranslationReportViewTest extends GermanUiTest {

    private void inLanguage(String code) {
        UI ui = UI.getCurrent();
        uiLanguage.apply(ui, uiLanguage.languages().byCode(code).orElseThrow());
        ui.refreshCurrentRoute(true);
    }

    /** The footer's link, found visible or not. */
    private static TranslationReportLink link() {
        return descendants(UI.getCurrent()).filter(TranslationReportLink.class::isInstance)
                .map(TranslationReportLink.class::cast).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(TranslationReportViewTest::descendants));
    }

    @Test
    void theLinkIsInTheFooterOfATranslatedPageWithThatPageAndNotInTheSourceLanguage() {
        navigate(StartView.class);
        assertThat(link().isVisible()).as("German is the original").isFalse();
        inLanguage("fa");
        navigate(FinderView.class);
        TranslationReportLink link = link();
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).isEqualTo("گزارش اشکال ترجمه");
        assertThat(link.getHref()).startsWith("translation-report?page=%2F");
    }

    @Test
    void aFarsiReaderReportsTheWrongWordsRightToLeftAndGetsAReference() {
        inLanguage("fa");
        UI.getCurrent().navigate(TranslationReportView.class, QueryParameters.of("page", "/finder"));
        assertThat(uiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.RIGHT_TO_LEFT);
        assertThat($view(TextField.class).all()).extracting(TextField::getValue).contains("/finder", "فارسی");
        test($view(TextArea.class).all().getFirst()).setValue("نوبت قبلی را نگه دارید");
        test($view(Button.class).withText("ارسال گزارش").single()).click();
        assertThat($view(H2.class).single().getText()).isEqualTo("سپاس! گزارش شما به هماهنگی رسید.");
        assertThat($view(Span.class).all().stream().map(Span::getText)).anyMatch(t -> t.matches("N-[A-Z0-9]{6}"));
    }

    @Test
    void aReportWithoutWordsIsRefusedAtTheFieldAndKeepsTheSuggestion() {
        inLanguage("uk");
        UI.getCurrent().navigate(TranslationReportView.class, QueryParameters.of("page", "/finder"));
        TextArea quote = $view(TextArea.class).all().getFirst();
        TextArea suggestion = $view(TextArea.class).all().get(1);
        test(suggestion).setValue("Краще так");
        test($view(Button.class).withText("Надіслати повідомлення").single()).click();
        assertThat(quote.isInvalid()).isTrue();
        assertThat(quote.getErrorMessage()).startsWith("Будь ласка, скопіюйте сюди неправильні слова");
        assertThat(suggestion.getValue()).isEqualTo("Краще так");
        assertThat($view(H2.class).all()).isEmpty();
    }
}
