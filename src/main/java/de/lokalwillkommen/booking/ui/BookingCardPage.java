package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.office.OfficeDetails;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The appointment card as plain HTML (docs/decisions/0028): what is needed at the door (code, day, time,
 * place, map, the office's phone) and nothing about the person. No framework, one small inline style and
 * script, so the service worker can keep it and show it with no connection.
 */
final class BookingCardPage {

    /** The Cache Storage the cards live in: the same name in frontend/sw.ts, {@link CardLink} and offline.html. */
    static final String CACHE = "lw-card-v1";

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5;font-size:1.1rem}
            header{background:#0b5c8c;padding:.7rem 1rem}header a{color:#fff;font-weight:600;text-decoration:none}
            main{max-width:32rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem;margin:.3rem 0 .8rem}
            h2{font-size:1.1rem;margin:1.2rem 0 .2rem}p{margin:.4rem 0}a{color:#0b5c8c}
            .code{font-size:2rem;font-weight:700;letter-spacing:.12em;font-family:ui-monospace,monospace}
            .when{font-size:1.25rem;font-weight:600}.tel{font-size:1.3rem;font-weight:600}
            .note{background:#eef6fb;padding:.5rem .8rem;border-radius:.4rem;font-size:1rem}
            """;

    /** Keeps a card opened outside the app too, and installs the app's worker that shows it offline. */
    private static final String KEEP = "(function(){if(window.caches){var k=location.origin+location.pathname;"
            + "caches.open('" + CACHE + "').then(function(c){return c.match(k).then(function(r){if(!r){return c.put(k,"
            + "new Response('<!DOCTYPE html>'+document.documentElement.outerHTML,{headers:{'Content-Type':"
            + "'text/html;charset=UTF-8'}}));}});}).catch(function(){});}"
            + "if(navigator.serviceWorker&&!navigator.serviceWorker.controller){"
            + "navigator.serviceWorker.register('sw.js').catch(function(){});}})();";

    /** A card that is no longer valid leaves this phone even where no service worker runs. */
    private static final String FORGET = "(function(){if(window.caches){caches.open('" + CACHE + "').then("
            + "function(c){return c.delete(location.origin+location.pathname);}).catch(function(){});}})();";

    private final I18NProvider texts;
    private final MunicipalityProperties municipality;
    private final Language language;
    private final Locale locale;
    private final LocalDates dates;

    BookingCardPage(I18NProvider texts, MunicipalityProperties municipality, Language language) {
        this.texts = texts;
        this.municipality = municipality;
        this.language = language;
        this.locale = language.locale();
        this.dates = LocalDates.of(language, texts);
    }

    /** The valid card; {@code root} is the app's root path, the page's base. */
    String card(BookingDetails booking, OfficeDetails office, String root) {
        Place place = Place.of(office, booking.venueId());
        String day = dates.day(booking.start().toLocalDate());
        String time = dates.range(booking.start(), booking.end());
        StringBuilder b = head(t("card.title") + ": " + day + ", " + time, root);
        b.append("<main data-card>");
        b.append("<h1>").append(esc(t("card.title"))).append("</h1>");
        b.append("<p>").append(esc(t("book.code"))).append(" <span class=\"code\" dir=\"ltr\">")
                .append(esc(booking.code())).append("</span></p>");
        b.append("<p class=\"when\"><span class=\"day\">").append(esc(day)).append("</span><br><span class=\"time\">")
                .append(esc(time)).append("</span></p>");
        b.append("<h2>").append(esc(t("card.where"))).append("</h2>");
        b.append("<p><bdi class=\"place\">").append(esc(place.name())).append("</bdi>");
        if (place.address() != null) {
            b.append("<br><bdi class=\"address\">").append(esc(place.address())).append("</bdi>");
        }
        b.append("</p>");
        String map = place.mapLink();
        if (map != null) {
            // The card's address holds the personal token: it must not leave as a referrer (header and rel both say so).
            b.append("<p><a href=\"").append(esc(map)).append("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                    .append(esc(t("office.openMap"))).append("</a></p>");
        }
        phone(b, office);
        b.append("<p class=\"note\">").append(esc(t("card.offline"))).append("</p>");
        b.append("<p><a href=\"").append(esc(PersonalLinks.page(booking.manageToken()))).append("\">")
                .append(esc(t("card.manage"))).append("</a></p>");
        return foot(b, KEEP);
    }

    /** Cancelled or over: said plainly, with the way to a new time. */
    String gone(String token, boolean cancelled, @Nullable OfficeDetails office, String root) {
        StringBuilder b = head(t("card.gone.title"), root);
        b.append("<main><h1>").append(esc(t("card.gone.title"))).append("</h1><p>")
                .append(esc(t(cancelled ? "card.gone.cancelled" : "card.gone.over"))).append("</p>");
        if (office != null) {
            phone(b, office);
        }
        b.append("<p><a href=\"").append(esc(PersonalLinks.page(token))).append("\">").append(esc(t("card.manage")))
                .append("</a></p><p><a href=\"").append(BookView.ROUTE).append("\">").append(esc(t("book.again")))
                .append("</a></p>");
        return foot(b, FORGET);
    }

    /** A token that was never ours, or is no longer: no hint which. */
    String unknown(String root) {
        StringBuilder b = head(t("book.manage.unknown"), root);
        b.append("<main><h1>").append(esc(t("book.manage.unknown"))).append("</h1><p>")
                .append(esc(t("book.manage.unknown.text"))).append("</p><p><a href=\"").append(BookView.ROUTE)
                .append("\">").append(esc(t("book.again"))).append("</a></p>");
        return foot(b, FORGET);
    }

    /** The office's phone; while it has none, the network's coordination, so there is always a number to call. */
    private void phone(StringBuilder b, OfficeDetails office) {
        String name = office.phone() == null ? municipality.coordinationName() : office.name();
        String phone = office.phone() == null ? municipality.coordinationPhone() : office.phone();
        if (phone == null || phone.isBlank()) {
            return;
        }
        b.append("<h2>").append(esc(t("card.phone", Bidi.isolate(name)))).append("</h2><p><a class=\"tel\" dir=\"ltr\" href=\"tel:")
                .append(esc(phone.replaceAll("[^+\\d]", ""))).append("\">").append(esc(phone)).append("</a></p>");
    }

    private StringBuilder head(String title, String root) {
        StringBuilder b = new StringBuilder(3072);
        b.append("<!DOCTYPE html><html lang=\"").append(language.code()).append("\" dir=\"")
                .append(language.rtl() ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\"><meta name=\"referrer\" content=\"no-referrer\">")
                .append("<base href=\"").append(esc(root)).append("\"><title>").append(esc(title)).append("</title>")
                .append("<meta name=\"theme-color\" content=\"#0b5c8c\"><style>").append(STYLE).append("</style></head>")
                .append("<body><header><a href=\".\">").append(esc(t("app.name"))).append("</a></header>");
        return b;
    }

    private static String foot(StringBuilder b, String script) {
        return b.append("</main><script>").append(script).append("</script></body></html>").toString();
    }

    private String t(String key, Object... params) {
        return texts.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
