package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The installable shell. The manifest Vaadin generates has no maskable icon, so
 * {@code /manifest.webmanifest} is answered by {@link de.lokalwillkommen.base.pwa.ManifestController}.
 */
@PWA(name = "lokal willkommen", shortName = "willkommen",
        description = "Welcome offices of the integration network: consultations, guidance, contact",
        themeColor = AppShell.THEME_COLOR, backgroundColor = "#ffffff",
        iconPath = "icons/icon.png", offlinePath = "offline.html",
        offlineResources = {"offline-data.js", "icons/icon-192.png"})
@Meta(name = "theme-color", content = AppShell.THEME_COLOR)
@StyleSheet(Lumo.STYLESHEET)
// A stylesheet in the first HTML, not CSS inside the JavaScript bundle: the page's first paint (FirstPaint)
// is already styled before Vaadin's client engine has loaded.
@StyleSheet("styles/lokal-willkommen.css")
public class AppShell implements AppShellConfigurator {

    public static final String THEME_COLOR = "#0b5c8c";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
    }
}
