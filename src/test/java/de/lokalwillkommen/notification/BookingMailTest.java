package de.lokalwillkommen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.ScheduleService;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The booking mails against an in-process SMTP server: the right mail, in the booking's language, once, each with
 * the personal link; the confirmation and the notice of a move carry the appointment as an .ics file.
 */
@Tag(TwoServers.TAG)
class BookingMailTest {

    final ServersData data = new ServersData();
    final TwoServers servers = data.servers;
    final BookingService bookings = servers.a.getBean(BookingService.class);
    String domain;
    long office;

    @BeforeEach
    void anOffice() {
        domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        office = data.office("Brackel/Aplerbeck", "brackel@example.org", "0231 5021234");
    }

    private BookingDetails book(String who, String language, LocalDateTime start) {
        return bookings.book(ServersData.request(data.slot(office, start, 2), "Amal Khalil", language, who + domain));
    }

    @Test
    void theConfirmationIsInTheBookersLanguageWithTheLinkAndTheCalendarFileAndGoesOutOnce() throws Exception {
        LocalDateTime start = data.now().plusDays(4).withHour(10).withMinute(0);
        BookingRequest request = ServersData.request(data.slot(office, start, 2), "Amal Khalil", "ar", "amal" + domain);
        BookingDetails booking = bookings.book(request);
        bookings.book(request); // a double tap: the same booking, no second mail

        List<MimeMessage> mails = data.awaitMails("amal" + domain, 1);

        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).startsWith("موعدك: ");
        assertThat(mail.getHeader("Content-Language")).containsExactly("ar");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("brackel@example.org");
        String text = text(mail);
        assertThat(text).contains("تم حجز موعد الاستشارة", booking.code(), "Amal Khalil", "Brackeler Hellweg 1",
                TwoServers.BASE_URL + "booking/" + booking.manageToken(), "0231 5021234");
        assertThat(html(mail)).contains("dir=\"rtl\"", "lang=\"ar\"");
        String ics = attachment(mail, ".ics");
        assertThat(ics).contains("BEGIN:VCALENDAR", "STATUS:CONFIRMED", "booking-" + booking.id() + "@lokal-willkommen");
    }

    @Test
    void aBookingInALanguageTheAppDoesNotSpeakIsConfirmedInGermanAndOneWithoutAddressGetsNoMail() throws Exception {
        book("other", "hu", data.now().plusDays(5).withHour(10).withMinute(0));
        bookings.book(ServersData.request(data.slot(office, data.now().plusDays(5).withHour(11).withMinute(0), 2),
                "Bashir", "fa", null));

        List<MimeMessage> mails = data.awaitMails(domain, 1);

        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).startsWith("Ihr Termin: ");
        assertThat(text(mails.getFirst())).contains("Guten Tag", "Ihr Beratungstermin bei lokal willkommen ist gebucht");
    }

    @Test
    void staffCancellingABookingOrItsSessionOrMovingItTellsTheBookerOnceInTheirLanguage() throws Exception {
        LocalDateTime day = data.now().plusDays(6).withHour(9).withMinute(0);
        BookingDetails english = book("english", "en", day);
        BookingDetails turkish = book("turkish", "tr", day.plusHours(1));
        BookingDetails ukrainian = book("ukrainian", "uk", day.plusHours(2));
        long later = data.slot(office, day.plusHours(3), 2);
        BookingDetails owner = book("owner", "de", day.plusHours(4));
        data.awaitMails(domain, 4); // the four confirmations

        TwoServers.asAdmin(servers.a, () -> bookings.cancelByStaff(english.id(), "Team krank"));
        TwoServers.asAdmin(servers.a, () -> servers.a.getBean(ScheduleService.class)
                .cancelSession(office, turkish.slotId(), "Das Büro bleibt heute geschlossen"));
        TwoServers.asAdmin(servers.a, () -> bookings.moveByStaff(ukrainian.id(), later));
        bookings.cancelByToken(owner.manageToken()); // the owner's own cancellation needs no mail

        assertThat(data.awaitMails("english" + domain, 2)).extracting(BookingMailTest::subject)
                .containsExactly("Your appointment: " + when(english, "en"),
                        "Your appointment is cancelled: " + when(english, "en"));
        MimeMessage cancelled = data.mailsTo("english" + domain).get(1);
        assertThat(text(cancelled)).contains("we have to cancel", "Reason: Team krank", english.code(),
                TwoServers.BASE_URL + "booking/" + english.manageToken());

        List<MimeMessage> session = data.awaitMails("turkish" + domain, 2);
        assertThat(session).hasSize(2);
        assertThat(subject(session.get(1))).startsWith("Randevunuz iptal edildi: ");
        assertThat(text(session.get(1))).contains("Neden: Das Büro bleibt heute geschlossen");

        List<MimeMessage> moved = data.awaitMails("ukrainian" + domain, 2);
        assertThat(moved).hasSize(2);
        assertThat(subject(moved.get(1))).startsWith("Ваш запис перенесено: ");
        assertThat(text(moved.get(1))).contains("Новий час: ", TwoServers.BASE_URL + "booking/" + ukrainian.manageToken());
        assertThat(attachment(moved.get(1), ".ics")).contains("DTSTART:" + utc(day.plusHours(3)));

        assertThat(data.mailsTo("owner" + domain)).hasSize(1);
    }

    @Test
    void theReminderGoesOutOnceADayBeforeAndNotForABookingMadeTheDayBefore() throws Exception {
        BookingDetails due = book("due", "fr", data.now().plusHours(20));
        data.madeTwoDaysAgo(due.id());
        book("fresh", "fr", data.now().plusHours(21)); // booked today: its confirmation is fresh enough
        book("later", "fr", data.now().plusDays(3)); // not yet
        ReminderJob job = servers.a.getBean(ReminderJob.class);
        data.awaitMails(domain, 3);

        job.sendDue();
        job.sendDue();

        List<MimeMessage> toDue = data.awaitMails("due" + domain, 2);
        assertThat(toDue).extracting(BookingMailTest::subject).containsExactly(
                "Votre rendez-vous\u00A0: " + when(due, "fr"), "Rappel de votre rendez-vous\u00A0: " + when(due, "fr"));
        assertThat(text(toDue.get(1))).contains("nous vous rappelons", due.code(),
                TwoServers.BASE_URL + "booking/" + due.manageToken());
        assertThat(data.mailsTo("fresh" + domain)).hasSize(1);
        assertThat(data.mailsTo("later" + domain)).hasSize(1);
        assertThat(data.jdbc.queryForObject("select outcome from mail_log where once_key = ?", String.class,
                "reminder:" + due.id() + "@" + due.start())).isEqualTo("SENT");
    }

    // ---- reading mails ----

    private String when(BookingDetails booking, String language) {
        return de.lokalwillkommen.base.i18n.TestDates.of(language).appointment(booking.start(), booking.end());
    }

    private static String utc(LocalDateTime local) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(local.atZone(java.time.ZoneId.of("Europe/Berlin")).withZoneSameInstant(java.time.ZoneOffset.UTC));
    }

    static String subject(MimeMessage message) {
        return SeveralServersTest.subject(message);
    }

    static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain").get(0);
    }

    static String html(MimeMessage message) throws Exception {
        return part(message, "text/html").get(0);
    }

    static String attachment(MimeMessage message, String suffix) throws Exception {
        List<String> found = new ArrayList<>();
        collect(message, p -> p.getFileName() != null && p.getFileName().endsWith(suffix), found);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static List<String> part(MimeMessage message, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(message, p -> p.isMimeType(type) && p.getFileName() == null, found);
        assertThat(found).isNotEmpty();
        return found;
    }

    private interface PartFilter {
        boolean test(Part part) throws Exception;
    }

    private static void collect(Part part, PartFilter filter, List<String> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, filter, found);
            }
        } else if (filter.test(part)) {
            found.add(read(part));
        }
    }

    private static String read(Part part) throws IOException, jakarta.mail.MessagingException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
