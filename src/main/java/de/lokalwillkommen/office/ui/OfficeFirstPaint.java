package de.lokalwillkommen.office.ui;

import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.ui.FirstPaint;
import de.lokalwillkommen.base.ui.FirstPaintControls;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeHours;
import de.lokalwillkommen.office.OfficeService;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An office's page in the first HTML, as {@link OfficeView} shows it down to the contact: name, districts, the
 * actions other features offer there, the hours and how to reach the office. Team, languages, venues and the
 * sections of other features follow with the live view. An unknown office gets no first paint.
 */
@Component
class OfficeFirstPaint implements FirstPaint {

    private static final String PREFIX = OfficesView.ROUTE + "/";

    private final OfficeService offices;
    private final Languages languages;
    private final ObjectProvider<OfficePageAction> actions;

    OfficeFirstPaint(OfficeService offices, Languages languages, ObjectProvider<OfficePageAction> actions) {
        this.offices = offices;
        this.languages = languages;
        this.actions = actions;
    }

    static String path(String slug) {
        return PREFIX + slug;
    }

    @Override
    public boolean paints(String path) {
        return path.startsWith(PREFIX) && path.length() > PREFIX.length() && path.indexOf('/', PREFIX.length()) < 0;
    }

    private Optional<OfficeDetails> office(String path) {
        return offices.findBySlug(path.substring(PREFIX.length()));
    }

    @Override
    public String title(String path, Texts texts) {
        // As the view: the office's name, and for an unknown office "not found".
        return office(path).map(OfficeDetails::name).orElseGet(() -> texts.get("office.notFound")) + " – "
                + texts.get("app.name");
    }

    @Override
    public void paint(Element main, String path, Texts texts) {
        Optional<OfficeDetails> found = office(path);
        if (found.isEmpty()) {
            return;
        }
        OfficeDetails office = found.get();
        Element page = FirstPaintControls.column(main, "lw-page");
        page.appendElement("h1").text(texts.get("office.pageTitle", texts.inSentence(office.name())));
        page.appendElement("p").text(texts.get("office.districts", texts.inSentence(office.districts(), ", ")));
        Element buttons = page.appendElement("div").addClass("lw-contact-office-actions");
        actions.orderedStream().forEach(action -> action.firstPaint(office).ifPresent(link -> buttons.appendElement("a")
                .addClass("lw-button-link").attr("href", link.href()).text(texts.get(link.textKey()))));
        page.appendElement("h2").text(texts.get("finder.hours.title"));
        hours(page.appendElement("div").addClass("lw-contact-hours"), office, offices.hours(office.id()), texts);
        contact(page, office, texts);
    }

    /** How to reach the office, as {@link OfficeView} and {@link ContactLinks}; staff input goes in as text. */
    static void contact(Element page, OfficeDetails office, Texts texts) {
        page.appendElement("h2").text(texts.get("office.contact"));
        String address = office.address();
        page.appendElement("p").text(address != null ? address : texts.get("office.addressMissing"));
        if (address != null) {
            page.appendElement("a").attr("href", ContactLinks.mapHref(address)).attr("target", "_blank")
                    .attr("rel", "noopener").text(texts.get("office.openMap"));
        }
        phone(page, office.phone(), texts);
        if (office.email() == null) {
            page.appendElement("span").text(texts.get("office.emailMissing"));
        } else {
            page.appendElement("a").attr("href", "mailto:" + office.email()).text(office.email());
        }
    }

    private void hours(Element box, OfficeDetails office, List<OfficeHours> hours, Texts texts) {
        if (hours.isEmpty()) {
            box.appendElement("p").text(texts.get("finder.hours.none"));
            return;
        }
        LocalDates dates = LocalDates.of(texts.language(), texts.translations());
        Element list = box.appendElement("ul");
        for (OfficeHours entry : hours) {
            Element item = list.appendElement("li").addClass("lw-contact-hours-item");
            OfficeHoursLines.of(office, entry, languages, dates, texts::get, texts::inSentence)
                    .forEach(line -> item.appendElement("span").addClass(line.className()).text(line.text()));
        }
    }

    /** The phone as {@link ContactLinks#phone} shows it: a dialling link, or plainly said to be missing. */
    static void phone(Element parent, @Nullable String phone, Texts texts) {
        if (phone == null) {
            parent.appendElement("span").text(texts.get("office.phoneMissing"));
        } else {
            parent.appendElement("a").attr("href", ContactLinks.phoneHref(phone)).attr("dir", "ltr").text(phone);
        }
    }
}
