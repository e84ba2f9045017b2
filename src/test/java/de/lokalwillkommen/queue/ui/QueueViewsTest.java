package de.lokalwillkommen.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.booking.ui.StaffOfficePicker;
import de.lokalwillkommen.queue.QueueEntry;
import de.lokalwillkommen.queue.QueueNeeds;
import de.lokalwillkommen.queue.QueueService;
import de.lokalwillkommen.queue.QueueSessionRef;
import de.lokalwillkommen.queue.QueueStatus;
import de.lokalwillkommen.queue.TicketState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The queue's pages without a browser: staff at Brackel call, hand out, serve and skip on the phone-sized list; a
 * visitor takes a number through the short link and lands on the number's page, whose JSON poll answers without a
 * sign-in. Each test runs a session of its own at a fresh venue of the office, around the test clock's "now".
 */
@WithUserDetails("brackel")
class QueueViewsTest extends GermanUiTest {

    @Autowired
    QueueService queue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;
    @LocalServerPort
    int port;

    long brackel;
    long venueId;
    QueueSessionRef session;

    @BeforeEach
    void aSessionRunningNowAtAVenueOfItsOwn() {
        brackel = jdbc.queryForObject("select id from office where name = 'Brackel/Aplerbeck'", Long.class);
        String venue = "Queue venue " + UUID.randomUUID();
        jdbc.update("insert into venue (name, city, office_id) values (?, 'Dortmund', ?)", venue, brackel);
        venueId = jdbc.queryForObject("select id from venue where name = ?", Long.class, venue);
        LocalDateTime now = municipality.now(clock).withSecond(0).withNano(0);
        // never across midnight, whenever the suite runs
        LocalDateTime start = now.toLocalTime().isBefore(java.time.LocalTime.of(0, 10)) ? now : now.minusMinutes(10);
        LocalDateTime end = now.toLocalTime().isAfter(java.time.LocalTime.of(23, 0))
                ? now.toLocalDate().atTime(23, 59) : now.plusMinutes(60);
        jdbc.update("insert into slot (office_id, start_local, end_local, capacity, online_capacity, booked, cancelled,"
                + " venue_id) values (?, ?, ?, 2, 2, 0, false, ?)", brackel, start, end, venueId);
        session = queue.session(brackel, venueId, now.toLocalDate());
    }

    @SuppressWarnings("unchecked")
    private void openStaffQueue() {
        StaffOfficePicker.navigate(StaffQueueView.class, brackel);
        Select<QueueSessionRef> sessions = $view(Select.class).withLabel("Sprechzeit heute").single();
        sessions.setValue(sessions.getListDataView().getItems().filter(s -> Objects.equals(s.venueId(), venueId))
                .findFirst().orElseThrow());
    }

    private Button button(String id) {
        return $view(Button.class).withId(id).single();
    }

    @Test
    void staffCallTheNextPersonServeThemAndHandOutANumberInOneTap() {
        TicketState first = queue.take(session.code(), new QueueNeeds("ar", true, null), UUID.randomUUID().toString(),
                "198.51.100.7");
        openStaffQueue();

        test(button("queue-hand-out")).click();
        assertThat(queue.queue(session.id())).extracting(QueueEntry::byStaff).containsExactly(false, true);
        assertThat($view(Div.class).withId("queue-entry-" + first.number()).single().getElement().getText())
                .isEmpty(); // the card's texts are in its paragraphs
        assertThat($view(Div.class).withId("queue-entry-" + first.number()).single().getChildren()
                .map(c -> c.getElement().getText()).toList()).contains("Nr. 1 · Sie warten.", "ar · Dolmetschen");

        test(button("queue-call-next")).click();
        assertThat(queue.ticket(first.token()).orElseThrow().status()).isEqualTo(QueueStatus.CALLED);
        test(button("notHere-1")).click();
        assertThat(queue.ticket(first.token()).orElseThrow().status()).isEqualTo(QueueStatus.SKIPPED);
        test(button("returned-1")).click();
        test(button("queue-call-next")).click();
        test(button("served-1")).click();
        assertThat(queue.ticket(first.token()).orElseThrow().status()).isEqualTo(QueueStatus.SERVED);
    }

    @Test
    void staffOfAnotherOfficeSeeNothingOfThisQueue() {
        long mengede = jdbc.queryForObject("select id from office where name = 'Mengede/Huckarde'", Long.class);
        assertThatThrownBy(() -> queue.sessionsOn(mengede, municipality.now(clock).toLocalDate()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVisitorTakesANumberThroughTheShortLinkAndItsPollAnswersWithoutSignIn() throws Exception {
        navigate(TakeNumberView.class, session.code().toLowerCase());
        test(button("queue-take")).click();

        TicketView page = (TicketView) getCurrentView();
        Div ticket = $view(Div.class).withId("queue-ticket").single();
        String token = ticket.getElement().getAttribute("data-token");
        assertThat(page).isNotNull();
        assertThat($view(Span.class).withClassName("lw-queue-number").single().getText()).isEqualTo("1");

        HttpResponse<String> poll = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/queue-api/ticket/" + token + "?lang=ar")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(poll.statusCode()).isEqualTo(200);
        assertThat(poll.body()).contains("\"number\":1", "\"status\":\"WAITING\"", "أنتم في الانتظار");
        queue.callNext(session.id());
        HttpResponse<String> called = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/queue-api/ticket/" + token + "?lang=de")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(called.body()).contains("\"status\":\"CALLED\"", "Sie sind dran!");
        HttpResponse<String> display = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/queue-api/display/" + session.code())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(display.body()).contains("\"called\":[1]");
    }

    @Test
    void theShortLinkOfAnUnknownCodeSaysSoInPlainWords() {
        navigate(TakeNumberView.class, "ZZZZZ");
        assertThat($view(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Diese Warteschlange gibt es nicht");
    }
}
