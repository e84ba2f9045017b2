package de.lokalwillkommen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.TwoServers;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.waitlist.Confirmation;
import de.lokalwillkommen.waitlist.WaitlistEntry;
import de.lokalwillkommen.waitlist.WaitlistRequest;
import de.lokalwillkommen.waitlist.WaitlistService;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The waitlist on two servers sharing one PostgreSQL: twenty confirmations of the same hold, spread over both
 * servers, make exactly one booking; the offer mail goes out once, in the entry's language, with the waitlist link
 * and the plain "no appointment yet".
 */
@Tag(TwoServers.TAG)
class WaitlistOnTwoServersTest {

    final ServersData data = new ServersData();
    final WaitlistService onA = data.servers.a.getBean(WaitlistService.class);
    final WaitlistService onB = data.servers.b.getBean(WaitlistService.class);

    @Test
    void twentyConfirmationsOfTheSameHoldOnTwoServersMakeExactlyOneBookingAndOneOfferMail() throws Exception {
        String address = "warte@" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        long office = data.office("Brackel/Aplerbeck", "brackel@example.org", "0231 5021234");
        long slot = data.slot(office, data.now().plusDays(3).withHour(10), 1);
        WaitlistEntry entry = onA.join(new WaitlistRequest(office, Topic.HOUSING, "ar", false, 1,
                data.now().toLocalDate().plusDays(10), address, null, null));
        WaitlistEntry.Offer offer = onB.findByToken(entry.token()).orElseThrow().openOffer();
        assertThat(offer).isNotNull();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(20)) {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                WaitlistService server = i % 2 == 0 ? onA : onB;
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        server.confirm(entry.token(), offer.id(), new Confirmation("Nour", null, true));
                        booked.incrementAndGet();
                    } catch (UserFacingException expected) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        }
        assertThat(booked.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(19);
        assertThat(data.jdbc.queryForObject("select count(*) from booking where slot_id = ? and status = 'BOOKED'",
                Integer.class, slot)).isEqualTo(1);
        assertThat(data.jdbc.queryForObject("select booked from slot where id = ?", Integer.class, slot)).isEqualTo(1);

        List<MimeMessage> mails = data.awaitMails(address, 3);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(BookingMailTest.subject(mail));
        }
        assertThat(subjects).as("joined, offer, booking confirmation; each once")
                .containsExactlyInAnyOrder("أنتم في قائمة الانتظار", "توفّر وقت لكم – يُرجى التأكيد",
                        subjects.stream().filter(s -> s.startsWith("موعدك")).findFirst().orElse("no confirmation"));
        MimeMessage offerMail = mails.stream().filter(m -> {
            try {
                return BookingMailTest.subject(m).startsWith("توفّر");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(BookingMailTest.text(offerMail)).contains("هذا ليس موعدًا بعد",
                TwoServers.BASE_URL + "waitlist/" + entry.token()).doesNotContain("Nour");
    }
}
