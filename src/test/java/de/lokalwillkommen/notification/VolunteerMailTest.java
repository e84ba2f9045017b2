package de.lokalwillkommen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.volunteer.HelpType;
import de.lokalwillkommen.volunteer.LanguageLevel;
import de.lokalwillkommen.volunteer.OfferDetails;
import de.lokalwillkommen.volunteer.OfferRequest;
import de.lokalwillkommen.volunteer.PartOfDay;
import de.lokalwillkommen.volunteer.Rhythm;
import de.lokalwillkommen.volunteer.SpokenLanguage;
import de.lokalwillkommen.volunteer.TimeSlot;
import de.lokalwillkommen.volunteer.VolunteerService;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The confirmation to a volunteer, against the in-process SMTP server: in the form's language, with the link, once. */
@Tag(TwoServers.TAG)
class VolunteerMailTest {

    final ServersData data = new ServersData();
    final VolunteerService volunteers = data.servers.a.getBean(VolunteerService.class);

    private OfferRequest offer(String email, String language, String key) {
        return new OfferRequest("Olena Kovalenko", email, null, Set.of(HelpType.LANGUAGE_CAFE), null,
                List.of(new SpokenLanguage("uk", LanguageLevel.NATIVE, false)), Set.of(), true,
                Set.of(new TimeSlot(DayOfWeek.THURSDAY, PartOfDay.EVENING)), Rhythm.REGULAR, data.now().toLocalDate(),
                null, null, true, language, key, null);
    }

    @Test
    void aVolunteerWhoRegisteredGetsOneConfirmationInTheFormsLanguageWithThePersonalLink() throws Exception {
        String email = "olena-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String key = UUID.randomUUID().toString();
        OfferDetails registered = volunteers.register(offer(email, "uk", key));
        volunteers.register(offer(email, "uk", key)); // a double tap: the same offer, no second mail

        List<MimeMessage> mails = data.awaitMails(email, 1);
        Thread.sleep(1_000);

        assertThat(data.mailsTo(email)).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Ваша пропозиція для lokal willkommen: " + registered.reference());
        assertThat(BookingMailTest.text(mail)).contains("дякуємо", registered.reference(),
                TwoServers.BASE_URL + "volunteer/offer/" + registered.manageToken());
    }
}
