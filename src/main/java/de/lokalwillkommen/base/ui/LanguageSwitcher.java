package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.UiLanguage;

/** Offers every configured language, each named in itself, and switches the whole UI in place. */
public class LanguageSwitcher extends Composite<NativeSelect<Language>> {

    public LanguageSwitcher(UiLanguage uiLanguage) {
        NativeSelect<Language> select = getContent();
        select.addClassName("lw-language-switcher");
        select.setItems(uiLanguage.languages().all());
        select.setItemLabelGenerator(Language::name);
        select.setAriaLabel(getTranslation("language.choose"));
        select.setValue(uiLanguage.current(UI.getCurrent()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(uiLanguage, e.getValue());
            }
        });
    }

    private static void switchTo(UiLanguage uiLanguage, Language language) {
        UI ui = UI.getCurrent();
        uiLanguage.choose(ui, language);
        ui.refreshCurrentRoute(true);
    }
}
