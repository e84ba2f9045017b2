package de.lokalwillkommen.poster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeHours;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.VenueSummary;
import de.lokalwillkommen.poster.QrSvg;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An A4 poster for an office or one of its venues ({@code staff/poster?office=&venue=&lang=ar,de&strips}): name,
 * address, regular hours and next outreach dates, a large QR code straight to booking, "Book a consultation / free /
 * in your language" in up to six languages the staff pick, the office phone and optional tear-off strips. No staff
 * frame around it, so the browser prints just the sheet (print CSS in the app's style sheet).
 */
@Route("staff/poster")
@PermitAll
public class PosterView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_LANGUAGES = 6;
    static final int STRIPS = 8;
    static final List<String> LINES = List.of("poster.line.book", "poster.line.free", "poster.line.language");

    private final OfficeService offices;
    private final OfficeAccess access;
    private final Languages languages;
    private final PublicAddress publicAddress;
    private final I18NProvider texts;
    private final MunicipalityProperties municipality;

    public PosterView(OfficeService offices, OfficeAccess access, Languages languages, PublicAddress publicAddress,
            I18NProvider texts, MunicipalityProperties municipality) {
        this.municipality = municipality;
        this.offices = offices;
        this.access = access;
        this.languages = languages;
        this.publicAddress = publicAddress;
        this.texts = texts;
        getContent().addClassName("lw-poster-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        Optional<Long> officeId = number(query.getSingleParameter("office").orElse(""));
        Optional<OfficeDetails> office = officeId.flatMap(offices::findById);
        getContent().removeAll();
        if (office.isEmpty()) {
            getContent().add(new H1(getTranslation("poster.noOffice")));
            return;
        }
        access.requireOffice(office.get().id());
        Long venueId = number(query.getSingleParameter("venue").orElse("")).orElse(null);
        VenueSummary venue = venueId == null ? null
                : office.get().venues().stream().filter(v -> v.id() == venueId).findFirst().orElse(null);
        List<Language> chosen = chosen(query.getSingleParameter("lang").orElse(""));
        boolean strips = query.getParameters().containsKey("strips");
        getContent().add(controls(office.get(), venue, chosen, strips), sheet(office.get(), venue, chosen, strips));
    }

    private List<Language> chosen(String codes) {
        List<Language> picked = new ArrayList<>();
        for (String code : codes.split(",")) {
            languages.byCode(code.strip()).filter(l -> !picked.contains(l)).ifPresent(picked::add);
        }
        if (picked.isEmpty()) {
            picked.add(languages.source());
        }
        return picked.subList(0, Math.min(MAX_LANGUAGES, picked.size()));
    }

    private Div controls(OfficeDetails office, @Nullable VenueSummary venue, List<Language> chosen, boolean strips) {
        CheckboxGroup<Language> pick = new CheckboxGroup<>(getTranslation("poster.languages"));
        pick.setItems(languages.all());
        pick.setItemLabelGenerator(Language::name);
        pick.setValue(new java.util.LinkedHashSet<>(chosen));
        pick.setHelperText(getTranslation("poster.languages.max", MAX_LANGUAGES));
        Checkbox tearOff = new Checkbox(getTranslation("poster.strips"), strips);
        Button apply = new Button(getTranslation("poster.apply"), e -> reload(office, venue,
                pick.getValue().stream().limit(MAX_LANGUAGES).map(Language::code).toList(), tearOff.getValue()));
        apply.setId("poster-apply");
        Button print = new Button(getTranslation("poster.print"), e -> getElement().executeJs("window.print()"));
        Div controls = new Div(new H1(getTranslation("poster.title")), pick, tearOff, apply, print);
        controls.addClassName("lw-poster-controls");
        return controls;
    }

    private void reload(OfficeDetails office, @Nullable VenueSummary venue, List<String> codes, boolean strips) {
        getUI().ifPresent(ui -> ui.getPage().setLocation("staff/poster?office=" + office.id()
                + (venue == null ? "" : "&venue=" + venue.id()) + "&lang=" + String.join(",", codes)
                + (strips ? "&strips" : "")));
    }

    private Div sheet(OfficeDetails office, @Nullable VenueSummary venue, List<Language> chosen, boolean strips) {
        String url = publicAddress.of("book?office=" + office.slug());
        Div sheet = new Div();
        sheet.addClassName("lw-poster");
        sheet.setId("poster-sheet");
        sheet.add(new H1(venue == null ? office.name() : venue.name()));
        String address = venue == null ? office.address() : venue.address();
        if (address != null) {
            sheet.add(new Paragraph(address));
        }
        if (venue != null) {
            sheet.add(new Paragraph(getTranslation("poster.outreachOf", office.name())));
        }
        Div qr = new Div(new Image(QrSvg.dataUrl(url), getTranslation("poster.qr", url)));
        qr.addClassName("lw-poster-qr");
        sheet.add(PosterLines.of(chosen, LINES, texts), qr);
        Span link = new Span(url.replaceFirst("^https?://", ""));
        link.addClassName("lw-poster-link");
        link.getElement().setAttribute("dir", "ltr");
        sheet.add(link, hours(office, venue));
        // An office without its own number still gets a phone on the sheet: the network's coordination.
        String number = office.phone() != null ? office.phone() : municipality.coordinationPhone();
        Paragraph phone = new Paragraph(getTranslation("poster.phone", number));
        phone.addClassName("lw-poster-phone");
        sheet.add(phone);
        if (strips) {
            sheet.add(strips(url));
        }
        return sheet;
    }

    private Div hours(OfficeDetails office, @Nullable VenueSummary venue) {
        Div hours = new Div(new H2(getTranslation("poster.hours")));
        hours.addClassName("lw-poster-hours");
        UnorderedList list = new UnorderedList();
        LocalDates dates = LocalDates.of(this);
        for (OfficeHours pattern : offices.hours(office.id())) {
            if (venue != null && !Objects.equals(pattern.venueId(), venue.id())) {
                continue;
            }
            String when = pattern.weekday() == null ? "" : dates.weekday(pattern.weekday()) + " ";
            String next = String.join(", ", pattern.nextDates().stream().map(dates::day).toList());
            list.add(new ListItem(when + dates.range(pattern.start(), pattern.end())
                    + (next.isEmpty() ? "" : " · " + getTranslation("poster.next", next))));
        }
        hours.add(list);
        return hours;
    }

    private Div strips(String url) {
        Div strips = new Div();
        strips.addClassName("lw-poster-strips");
        String shortUrl = url.replaceFirst("^https?://", "");
        for (int i = 0; i < STRIPS; i++) {
            Span text = new Span(shortUrl);
            text.getElement().setAttribute("dir", "ltr");
            Div strip = new Div(new Image(QrSvg.dataUrl(url), getTranslation("poster.qr", url)), text);
            strip.addClassName("lw-poster-strip");
            strips.add(strip);
        }
        return strips;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("poster.title") + " – " + getTranslation("app.name");
    }
}
