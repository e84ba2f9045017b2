package de.lokalwillkommen;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.ui.NativeSelect;
import de.lokalwillkommen.base.ui.NativeSelectTester;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless view tests in the source language, so assertions can name the German texts, whatever
 * Accept-Language the mock request carries.
 */
@AppTest
public abstract class GermanUiTest extends SpringBrowserlessTest {

    @Autowired
    protected UiLanguage uiLanguage;

    @BeforeEach
    void inGerman() {
        UI ui = UI.getCurrent();
        uiLanguage.apply(ui, uiLanguage.languages().source());
        // A view the mock UI already shows would otherwise be reused, still in the first language.
        ui.refreshCurrentRoute(true);
    }

    /** The public pages' native selects, tested like Vaadin's own fields. */
    protected <T> NativeSelectTester<T> test(NativeSelect<T> select) {
        return new NativeSelectTester<>(select);
    }
}
