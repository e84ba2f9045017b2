package de.lokalwillkommen.booking.ui;

import de.lokalwillkommen.base.ui.FirstPaint;
import java.util.function.BiFunction;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** The booking page in the first HTML: its heading and the first step's title, as {@link BookView} shows them. */
@Component
class BookFirstPaint implements FirstPaint {

    private static final Object[] NONE = new Object[0];

    @Override
    public boolean paints(String path) {
        return path.equals(BookView.ROUTE);
    }

    @Override
    public void paint(Element main, BiFunction<String, Object[], String> translate) {
        Element page = main.appendElement("div").addClass("lw-page").addClass("lw-book");
        page.appendElement("h1").text(translate.apply("book.title", NONE));
        page.appendElement("h2").text(translate.apply("book.step1", NONE));
    }
}
