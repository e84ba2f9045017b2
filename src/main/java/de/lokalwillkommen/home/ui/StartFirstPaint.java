package de.lokalwillkommen.home.ui;

import de.lokalwillkommen.base.ui.FirstPaint;
import java.util.function.BiFunction;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** The start page in the first HTML: the same heading, sentence and doors as {@link StartView}. */
@Component
class StartFirstPaint implements FirstPaint {

    private static final Object[] NONE = new Object[0];

    @Override
    public boolean paints(String path) {
        return path.isEmpty();
    }

    @Override
    public void paint(Element main, BiFunction<String, Object[], String> translate) {
        Element start = main.appendElement("div").addClass("lw-start");
        start.appendElement("h1").text(translate.apply("start.title", NONE));
        start.appendElement("p").text(translate.apply("start.intro", NONE));
        Element doors = start.appendElement("div").addClass("lw-start-entries");
        for (StartDoor door : StartDoor.ALL) {
            Element link = doors.appendElement("a").addClass("lw-start-entry").attr("href", door.path());
            link.appendElement("vaadin-icon").attr("src", "icons/" + door.icon() + ".svg").attr("aria-hidden", "true");
            link.appendElement("span").addClass("lw-start-entry-title").text(translate.apply(door.titleKey(), NONE));
            link.appendElement("span").addClass("lw-start-entry-hint").text(translate.apply(door.hintKey(), NONE));
        }
    }
}
