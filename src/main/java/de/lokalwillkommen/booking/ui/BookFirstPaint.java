package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.ui.FirstPaint;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** The booking page in the first HTML: its heading and the first step's title, as {@link BookView} shows them. */
@Component
class BookFirstPaint implements FirstPaint {

    @Override
    public boolean paints(String path) {
        return path.equals(BookView.ROUTE);
    }

    @Override
    public String title(String path, Texts texts) {
        return texts.get("book.title") + " – " + texts.get("app.name");
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Element page = main.appendElement("div").addClass("lw-page").addClass("lw-book");
        page.appendElement("h1").text(texts.get("book.title"));
        page.appendElement("h2").text(texts.get("book.step1"));
    }
}
