package de.lokalwillkommen.base.ui;

/**
 * A first paint for one fixed route whose title is a heading text and the app's name, as the views' own
 * {@code getPageTitle()} build it. Subclasses only paint the content.
 */
public abstract class FixedRouteFirstPaint implements FirstPaint {

    private final String route;
    private final String titleKey;

    /**
     * @param route    the route without leading slash, as in {@code @Route}
     * @param titleKey the translation key of the page's heading, which also opens its title
     */
    protected FixedRouteFirstPaint(String route, String titleKey) {
        this.route = route;
        this.titleKey = titleKey;
    }

    @Override
    public final boolean paints(String path) {
        return path.equals(route);
    }

    @Override
    public final String title(String path, Texts texts) {
        return texts.get(titleKey) + " – " + texts.get("app.name");
    }
}
