package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.ui.FixedRouteFirstPaint;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** The booking page in the first HTML: its heading and the first step's title, as {@link BookView} shows them. */
@Component
class BookFirstPaint extends FixedRouteFirstPaint {

    BookFirstPaint() {
        super(BookView.ROUTE, "book.title");
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Element page = main.appendElement("div").addClass("lw-page").addClass("lw-book");
        page.appendElement("h1").text(texts.get("book.title"));
        page.appendElement("h2").text(texts.get("book.step1"));
    }
}
