package de.lokalwillkommen.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import de.lokalwillkommen.office.OfficeService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
public class EventServiceTest {

    @Autowired
    EventService events;
    @Autowired
    OfficeService offices;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;

    private EventForm languageCafe(long officeId, String title) {
        return languageCafe(officeId, title, municipality.now(clock).toLocalDate());
    }

    /** A language café ten days after the given day (the test's today, from the app's clock). */
    public static EventForm languageCafe(long officeId, String title, LocalDate today) {
        EventForm form = new EventForm();
        form.setOfficeId(officeId);
        form.setType(EventType.LANGUAGE_CAFE);
        form.setTitle(title);
        form.setDate(today.plusDays(10));
        form.setStart(LocalTime.of(16, 0));
        form.setEnd(LocalTime.of(18, 0));
        form.setPlace("Büro Brackel/Aplerbeck, Brackeler Hellweg 144");
        form.setLanguages(new LinkedHashSet<>(List.of("de", "ar", "uk")));
        form.setDescription("Deutsch üben bei Kaffee und Kuchen.");
        return form;
    }

    private long office(String slug) {
        return offices.findBySlug(slug).orElseThrow().id();
    }

    @Test
    @WithUserDetails("brackel")
    void aTeamPublishesAnEventThatAnyoneSeesForTheOfficeAndTheCity() {
        long id = events.save(languageCafe(office("brackel-aplerbeck"), "Sprachcafé im Büro"));
        assertThat(events.upcoming(office("brackel-aplerbeck"))).extracting(EventSummary::id).contains(id);
        assertThat(events.upcomingInCity(100)).extracting(EventSummary::title).contains("Sprachcafé im Büro");
        assertThat(events.find(id).orElseThrow().officeName()).isEqualTo("Brackel/Aplerbeck");
    }

    @Test
    @WithUserDetails("brackel")
    void aTeamCannotPublishOrCancelForAnotherOffice() {
        long mengede = office("mengede-huckarde");
        assertThatThrownBy(() -> events.save(languageCafe(mengede, "Fremd"))).isInstanceOf(AccessDeniedException.class);
        long ours = events.save(languageCafe(office("brackel-aplerbeck"), "Unseres"));
        assertThatThrownBy(() -> events.cancel(mengede, ours)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("brackel")
    void anEventEndingBeforeItStartsIsRefusedAndACancelledOneStaysListedAsCancelled() {
        EventForm wrong = languageCafe(office("brackel-aplerbeck"), "Falsch herum");
        wrong.setEnd(LocalTime.of(15, 0));
        assertThatThrownBy(() -> events.save(wrong)).hasMessage("event.error.times");
        long id = events.save(languageCafe(office("brackel-aplerbeck"), "Fällt aus"));
        events.cancel(office("brackel-aplerbeck"), id);
        assertThat(events.find(id).orElseThrow().cancelled()).isTrue();
    }
}
