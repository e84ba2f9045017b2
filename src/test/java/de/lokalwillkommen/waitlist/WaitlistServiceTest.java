package de.lokalwillkommen.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.BookingDetails;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.BookingStatus;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.SlotTakenException;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AppTest
class WaitlistServiceTest {

    @Autowired
    WaitlistService waitlist;
    @Autowired
    WaitlistOffers offers;
    @Autowired
    WaitlistRetention retention;
    @Autowired
    BookingService bookings;
    @Autowired
    UnmetDemandFigures figures;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MunicipalityProperties municipality;

    WaitlistFixture office;

    @BeforeEach
    void anOfficeOfItsOwn() {
        office = new WaitlistFixture(jdbc, bookings, waitlist, clock, municipality);
    }

    @Test
    void aCancelledPlaceIsOfferedToTheFirstPersonWhoseLanguageAndDateFitAndOthersAreSkipped() {
        long slot = office.slot(office.inDays(3, 10), 1, "de,ar");
        BookingDetails amal = office.book(slot, "Amal");
        WaitlistEntry tooLate = office.join("ar", false, office.inDays(2, 0).toLocalDate(), null);
        WaitlistEntry otherLanguage = office.join("fa", false, office.inDays(10, 0).toLocalDate(), null);
        WaitlistEntry first = office.join("ar", false, office.inDays(10, 0).toLocalDate(), "first@example.org");
        WaitlistEntry second = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        assertThat(office.reload(first).openOffer()).as("nothing is free yet").isNull();

        bookings.cancelByToken(amal.manageToken());

        WaitlistEntry.Offer offer = office.reload(first).openOffer();
        assertThat(offer).isNotNull();
        assertThat(offer.slotId()).isEqualTo(slot);
        assertThat(offer.holdUntil()).isAfter(office.now.plusMinutes(29)).isBefore(office.now.plusMinutes(32));
        assertThat(office.reload(tooLate).openOffer()).isNull();
        assertThat(office.reload(otherLanguage).openOffer()).isNull();
        assertThat(office.reload(second).openOffer()).isNull();
    }

    @Test
    void anInterpreterMakesASessionInAnotherLanguageFit() {
        long slot = office.slot(office.inDays(3, 10), 1, "de");
        BookingDetails amal = office.book(slot, "Amal");
        WaitlistEntry withInterpreter = office.join("ti", true, office.inDays(10, 0).toLocalDate(), null);

        bookings.cancelByToken(amal.manageToken());

        assertThat(office.reload(withInterpreter).openOffer()).isNotNull();
    }

    @Test
    void theHeldPlaceCannotBeBookedByAnyoneElseWhileTheHoldRuns() {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        BookingDetails amal = office.book(slot, "Amal");
        office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        bookings.cancelByToken(amal.manageToken());

        assertThatThrownBy(() -> office.book(slot, "Jemand Anders")).isInstanceOf(SlotTakenException.class);
        assertThat(bookings.freeSlots(office.officeId, 10)).extracting(FreeSlot::slotId).doesNotContain(slot);
        assertThat(office.booked(slot)).isEqualTo(1);
    }

    @Test
    void confirmingTheOfferBooksThePlaceAndErasesTheEntry() {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        BookingDetails amal = office.book(slot, "Amal");
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), "warte@example.org");
        bookings.cancelByToken(amal.manageToken());
        WaitlistEntry.Offer offer = office.reload(entry).openOffer();

        BookingDetails booked = waitlist.confirm(entry.token(), offer.id(), new Confirmation("Nour", null, true));

        assertThat(booked.slotId()).isEqualTo(slot);
        assertThat(booked.name()).isEqualTo("Nour");
        assertThat(booked.email()).isEqualTo("warte@example.org");
        assertThat(booked.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(office.booked(slot)).as("the hold became the booking, no second place").isEqualTo(1);
        assertThat(office.bookingsIn(slot)).isEqualTo(1);
        assertThat(waitlist.findByToken(entry.token())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from waitlist_demand where office_id = ? and served_at is not null",
                Integer.class, office.officeId)).isEqualTo(1);
    }

    @Test
    void aConfirmationWithoutANameIsRefusedAndTheOfferStaysOpen() {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        WaitlistEntry.Offer offer = office.reload(entry).openOffer();
        assertThat(offer).as("a place was free when they joined").isNotNull();

        assertThatThrownBy(() -> waitlist.confirm(entry.token(), offer.id(), new Confirmation(" ", null, true)))
                .isInstanceOf(UserFacingException.class).hasMessage("booking.error.name");

        assertThat(office.reload(entry).openOffer()).isNotNull();
        assertThat(office.bookingsIn(slot)).isZero();
    }

    @Test
    void aHoldThatRanOutGoesToTheNextPersonAndNeverBackToTheFirst() {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        BookingDetails amal = office.book(slot, "Amal");
        WaitlistEntry first = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        WaitlistEntry second = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        bookings.cancelByToken(amal.manageToken());
        office.holdRanOut(office.reload(first).openOffer());

        offers.endExpiredHolds();

        assertThat(office.reload(first).openOffer()).isNull();
        assertThat(office.reload(first).offers()).extracting(WaitlistEntry.Offer::status)
                .containsExactly(WaitlistEntry.Status.EXPIRED);
        assertThat(office.reload(second).openOffer()).isNotNull();
        assertThat(office.reload(second).openOffer().slotId()).isEqualTo(slot);
        assertThat(office.booked(slot)).as("still one place: now held for the second person").isEqualTo(1);
    }

    @Test
    void aPersonGetsAtMostThreeOffers() {
        for (int day = 2; day <= 5; day++) {
            office.slot(office.inDays(day, 10), 1, "ar");
        }
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        for (int i = 0; i < 3; i++) {
            WaitlistEntry.Offer open = office.reload(entry).openOffer();
            assertThat(open).as("offer %d", i + 1).isNotNull();
            waitlist.decline(entry.token(), open.id());
        }

        assertThat(office.reload(entry).openOffer()).isNull();
        assertThat(office.reload(entry).offers()).hasSize(3)
                .allMatch(o -> o.status() == WaitlistEntry.Status.DECLINED);
        assertThat(offers.offerFreePlaces(office.officeId)).isZero();
    }

    @Test
    void confirmingAHoldThatRanOutSaysJustTakenWithTheNextFreeTimesAndBooksNothing() {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        long later = office.slot(office.inDays(12, 10), 1, "ar");
        BookingDetails amal = office.book(slot, "Amal");
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        bookings.cancelByToken(amal.manageToken());
        WaitlistEntry.Offer offer = office.reload(entry).openOffer();
        office.holdRanOut(offer);

        assertThatThrownBy(() -> waitlist.confirm(entry.token(), offer.id(), new Confirmation("Nour", null, true)))
                .isInstanceOfSatisfying(OfferGoneException.class, gone -> {
                    assertThat(gone.messageKey()).isEqualTo("waitlist.error.justTaken");
                    assertThat(gone.alternatives()).extracting(FreeSlot::slotId).contains(later);
                });
        assertThat(office.bookingsIn(slot)).isZero();
    }

    @Test
    void anEarlierTimeMovesTheExistingBookingAndItsOldPlaceGoesToTheNextPerson() {
        long early = office.slot(office.inDays(2, 10), 1, "ar");
        long late = office.slot(office.inDays(6, 10), 1, "ar");
        BookingDetails blocker = office.book(early, "Amal");
        BookingDetails mine = office.book(late, "Nour");
        WaitlistEntry earlier = waitlist.join(new WaitlistRequest(0, de.lokalwillkommen.booking.Topic.OTHER, "x",
                false, 1, office.now.toLocalDate(), null, mine.manageToken(), null));
        assertThat(earlier.officeId()).isEqualTo(office.officeId);
        assertThat(earlier.lastDate()).isEqualTo(mine.start().toLocalDate());
        WaitlistEntry next = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        bookings.cancelByToken(blocker.manageToken());
        WaitlistEntry.Offer offer = office.reload(earlier).openOffer();
        assertThat(offer.slotId()).isEqualTo(early);

        BookingDetails moved = waitlist.confirm(earlier.token(), offer.id(), new Confirmation("", null, false));

        assertThat(moved.id()).isEqualTo(mine.id());
        assertThat(moved.slotId()).isEqualTo(early);
        assertThat(office.reload(next).openOffer()).as("the old place cascades").isNotNull();
        assertThat(office.reload(next).openOffer().slotId()).isEqualTo(late);
        assertThat(office.booked(early)).isEqualTo(1);
        assertThat(office.booked(late)).isEqualTo(1);
    }

    @Test
    void leavingErasesTheEntryAtOnceAndGivesTheHeldPlaceBack() {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), "weg@example.org");
        assertThat(office.booked(slot)).isEqualTo(1);

        waitlist.leave(entry.token());

        assertThat(waitlist.findByToken(entry.token())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from waitlist_entry where email = 'weg@example.org'",
                Integer.class)).isZero();
        assertThat(office.booked(slot)).isZero();
    }

    @Test
    void anEntryIsErasedTheDayAfterItsLastUsefulDateAndOnlyTheAnonymousDemandStays() {
        WaitlistEntry entry = office.join("ar", false, office.now.toLocalDate(), "alt@example.org");
        retention.apply(office.now);
        assertThat(waitlist.findByToken(entry.token())).as("still its day").isPresent();

        retention.apply(office.now.plusDays(1));

        assertThat(waitlist.findByToken(entry.token())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from waitlist_demand where office_id = ?", Integer.class,
                office.officeId)).isEqualTo(1);
    }

    @Test
    void aCancelledBookingTakesItsEarlierTimeEntryWithIt() {
        long late = office.slot(office.inDays(6, 10), 1, "ar");
        BookingDetails mine = office.book(late, "Nour");
        WaitlistEntry earlier = waitlist.join(new WaitlistRequest(0, de.lokalwillkommen.booking.Topic.OTHER, "x",
                false, 1, office.now.toLocalDate(), null, mine.manageToken(), null));

        bookings.cancelByToken(mine.manageToken());

        assertThat(waitlist.findByToken(earlier.token())).isEmpty();
    }

    @Test
    void aLastDateInThePastOrTooFarAheadIsRefused() {
        assertThatThrownBy(() -> office.join("ar", false, office.now.toLocalDate().minusDays(1), null))
                .isInstanceOf(UserFacingException.class).hasMessage("waitlist.error.lastDate");
        assertThatThrownBy(() -> office.join("ar", false, office.now.toLocalDate().plusDays(400), null))
                .isInstanceOf(UserFacingException.class).hasMessage("waitlist.error.lastDate");
        assertThatThrownBy(() -> office.join("ar", false, office.now.toLocalDate(), "kein-at"))
                .isInstanceOf(UserFacingException.class).hasMessage("booking.error.email");
    }


    @Test
    void twentyPeopleConfirmingTheSameHoldAtOnceMakeExactlyOneBooking() throws Exception {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        WaitlistEntry.Offer offer = office.reload(entry).openOffer();
        java.util.concurrent.atomic.AtomicInteger booked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(20)) {
            var attempts = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 20; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        waitlist.confirm(entry.token(), offer.id(), new Confirmation("Nour", null, true));
                        booked.incrementAndGet();
                    } catch (UserFacingException expected) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var attempt : attempts) {
                attempt.get();
            }
        }
        assertThat(booked.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(19);
        assertThat(office.bookingsIn(slot)).isEqualTo(1);
        assertThat(office.booked(slot)).isEqualTo(1);
    }

    @Test
    void theUnmetDemandCountsWhoWaitedAndWhoGotATimePerOfficeTopicAndLanguage() {
        long slot = office.slot(office.inDays(3, 10), 1, "ar");
        BookingDetails amal = office.book(slot, "Amal");
        WaitlistEntry served = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        bookings.cancelByToken(amal.manageToken());
        waitlist.confirm(served.token(), office.reload(served).openOffer().id(), new Confirmation("Nour", null, true));

        var query = new de.lokalwillkommen.base.figures.FigureQuery(office.now.toLocalDate().withDayOfMonth(1),
                office.now.toLocalDate(), java.util.Set.of(office.officeId), false);
        var table = figures.tables(query).getFirst();

        assertThat(table.id()).isEqualTo("unmet-demand");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().getFirst()).element(3).isEqualTo("ar");
        assertThat(table.rows().getFirst().subList(4, 7)).containsExactly(2L, 1L, 0L);
        assertThat(UnmetDemandFigures.median(java.util.List.of(1L, 5L, 9L))).isEqualTo(5);
        assertThat(UnmetDemandFigures.median(java.util.List.of(2L, 4L))).isEqualTo(3);
    }

    @Test
    void newPlacesFromTheScheduleAreOfferedToThePeopleWaiting() {
        WaitlistEntry entry = office.join("ar", false, office.inDays(10, 0).toLocalDate(), null);
        assertThat(office.reload(entry).openOffer()).isNull();
        long slot = office.slot(office.inDays(4, 9), 2, "ar,fa");

        events.publishEvent(new de.lokalwillkommen.booking.BookingEvents.PlacesAdded(office.officeId));

        assertThat(office.reload(entry).openOffer()).isNotNull();
        assertThat(office.reload(entry).openOffer().slotId()).isEqualTo(slot);
    }
}
