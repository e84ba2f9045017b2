package de.lokalwillkommen.home.ui;

import de.lokalwillkommen.base.ui.FirstPaint;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** The start page in the first HTML: the same heading, sentence and doors as {@link StartView}. */
@Component
class StartFirstPaint implements FirstPaint {

    @Override
    public boolean paints(String path) {
        return path.isEmpty();
    }

    @Override
    public String title(String path, Texts texts) {
        return texts.get("app.name") + " – " + texts.get("start.title");
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Element start = main.appendElement("div").addClass("lw-start");
        start.appendElement("h1").text(texts.get("start.title"));
        start.appendElement("p").text(texts.get("start.intro"));
        Element doors = start.appendElement("div").addClass("lw-start-entries");
        for (StartDoor door : StartDoor.ALL) {
            Element link = doors.appendElement("a").addClass("lw-start-entry").attr("href", door.path());
            link.appendElement("span").addClass("lw-door-icon").addClass("lw-door-icon-" + door.icon())
                    .attr("aria-hidden", "true");
            link.appendElement("span").addClass("lw-start-entry-title").text(texts.get(door.titleKey()));
            link.appendElement("span").addClass("lw-start-entry-hint").text(texts.get(door.hintKey()));
        }
    }
}
