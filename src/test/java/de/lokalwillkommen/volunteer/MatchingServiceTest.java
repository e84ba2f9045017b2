package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.booking.BookingRequest;
import de.lokalwillkommen.booking.BookingService;
import de.lokalwillkommen.booking.FreeSlot;
import de.lokalwillkommen.booking.Topic;
import de.lokalwillkommen.office.OfficeService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
class MatchingServiceTest {

    @Autowired
    MatchingService matching;
    @Autowired
    InterpreterService interpreters;
    @Autowired
    BookingService bookings;
    @Autowired
    OfficeService offices;

    VolunteerFixture fixture;
    long brackelOffice;

    @BeforeEach
    void office() {
        fixture = new VolunteerFixture(offices);
        brackelOffice = fixture.office("Brackel/Aplerbeck");
    }

    private NeedDetails arabicMentorInBrackel() {
        return matching.recordNeed(new NeedRequest(brackelOffice, fixture.district("Brackel"), HelpType.MENTORING,
                List.of("ar"), Set.of(new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)), true,
                "Familie sucht eine arabischsprachige Schulpatenschaft."));
    }

    @Test
    @WithUserDetails("brackel")
    void theDemoNeedRanksTheArabicSpeakingMentorsOfBrackelFirstAndSaysWhy() {
        NeedDetails need = matching.needs(brackelOffice).stream()
                .filter(n -> n.description().startsWith("Familie mit zwei Schulkindern")).findFirst().orElseThrow();
        List<Candidate> ranked = matching.suggestions(need.id());
        System.out.println("FIGURE sample need: " + need.description() + " " + need.languages() + " " + need.times());
        ranked.forEach(c -> System.out.println("FIGURE  " + c.score() + " " + c.name() + " " + c.reasons().stream()
                .map(r -> (r.points() >= 0 ? "+" : "") + r.points() + " " + r.kind() + r.args()).toList()));
        assertThat(ranked).extracting(Candidate::name).startsWith("Samira Haddad", "Hannah Vogel")
                .doesNotContain("Olena Kovalenko", "Klaus Wagner").as("not serving the office or not active");
        assertThat(ranked.getFirst().reasons()).extracting(Reason::kind).contains(ReasonKind.OFFERS_TYPE,
                ReasonKind.SPEAKS, ReasonKind.SAME_DISTRICT, ReasonKind.TIMES, ReasonKind.CERTIFICATE);
    }

    @Test
    @WithUserDetails("brackel")
    void confirmingAMatchRecordsDatesAndTheNeedCountsAsMatched() {
        NeedDetails need = arabicMentorInBrackel();
        Candidate best = matching.suggestions(need.id()).getFirst();
        LocalDate start = de.lokalwillkommen.TestDays.today();
        MatchDetails match = matching.confirm(need.id(), best.offerId(), start, start.plusMonths(6), start.plusWeeks(4));
        assertThat(match.followUpOn()).isEqualTo(start.plusWeeks(4));
        assertThat(matching.need(need.id()).status()).isEqualTo(NeedStatus.MATCHED);
        assertThat(matching.suggestions(need.id())).extracting(Candidate::offerId).doesNotContain(best.offerId());
        assertThatThrownBy(() -> matching.confirm(need.id(), best.offerId(), start, null, null))
                .isInstanceOf(UserFacingException.class);
        matching.endMatch(match.id());
        assertThat(matching.need(need.id()).status()).isEqualTo(NeedStatus.OPEN);
    }

    @Test
    @WithUserDetails("brackel")
    void aVolunteerWithoutCertificateCannotBeMatchedToHelpForChildren() {
        NeedDetails need = arabicMentorInBrackel();
        Candidate peter = matching.suggestions(need.id()).stream().filter(c -> "Peter Schulte".equals(c.name()))
                .findFirst().orElseThrow();
        assertThat(peter.matchable()).isFalse();
        assertThatThrownBy(() -> matching.confirm(need.id(), peter.offerId(), de.lokalwillkommen.TestDays.today(), null, null))
                .isInstanceOf(UserFacingException.class).hasMessage("volunteer.error.certificateFirst");
    }

    @Test
    @WithUserDetails("westerfilde")
    void aTeamCannotRecordOrSeeAnotherOfficesNeeds() {
        NeedRequest foreign = new NeedRequest(brackelOffice, null, HelpType.PRACTICAL, List.of(), Set.of(), false, "x");
        assertThatThrownBy(() -> matching.recordNeed(foreign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.needs(brackelOffice)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("brackel")
    void aBookingThatAskedForAnArabicInterpreterGetsOneFromThePool() {
        FreeSlot slot = bookings.freeSlots(brackelOffice, 30).getLast();
        var booking = bookings.book(new BookingRequest(slot.slotId(), Topic.HEALTH, "ar", true, 1, "Mahmoud", null, null,
                true, null, UUID.randomUUID().toString(), UUID.randomUUID().toString(), null));

        assertThat(interpreters.upcoming(brackelOffice)).anySatisfy(r -> {
            assertThat(r.booking().id()).isEqualTo(booking.id());
            assertThat(r.assigned()).isFalse();
        });
        List<Candidate> suggested = interpreters.suggestions(brackelOffice, booking.id());
        Candidate samira = suggested.getFirst();
        assertThat(samira.name()).isEqualTo("Samira Haddad");
        assertThat(samira.reasons()).extracting(Reason::kind).contains(ReasonKind.INTERPRETS);
        long hannah = suggested.stream().filter(c -> "Hannah Vogel".equals(c.name())).findFirst().orElseThrow().offerId();
        assertThatThrownBy(() -> interpreters.assign(brackelOffice, booking.id(), hannah))
                .isInstanceOf(UserFacingException.class).hasMessage("volunteer.error.notMatchable");

        interpreters.assign(brackelOffice, booking.id(), samira.offerId());
        assertThat(interpreters.upcoming(brackelOffice)).filteredOn(r -> r.booking().id() == booking.id())
                .singleElement().satisfies(r -> assertThat(r.volunteerName()).isEqualTo("Samira Haddad"));
        interpreters.unassign(brackelOffice, booking.id());
        assertThat(interpreters.upcoming(brackelOffice)).filteredOn(r -> r.booking().id() == booking.id())
                .singleElement().satisfies(r -> assertThat(r.assigned()).isFalse());
        bookings.cancelByStaff(booking.id(), "Test beendet");
    }
}
