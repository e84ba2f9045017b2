package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each criterion on its own moves a volunteer up or down; the reasons say why. */
class MatcherTest {

    private static final long BRACKEL = 6;
    private static final long APLERBECK = 7;
    private static final long EVING = 4;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final TimeSlot TUESDAY_AFTERNOON = new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON);
    private static final TimeSlot WEDNESDAY_MORNING = new TimeSlot(DayOfWeek.WEDNESDAY, PartOfDay.MORNING);

    /** An Arabic-speaking school mentor in Brackel on Tuesday afternoons. */
    private static final MatchCriteria NEED = new MatchCriteria(HelpType.MENTORING, BRACKEL, Set.of(BRACKEL, APLERBECK),
            List.of("ar"), Set.of(TUESDAY_AFTERNOON), false, TODAY);

    private static long ids = 1;

    private static OfferDetails offer(Set<HelpType> help, List<SpokenLanguage> languages, Set<Long> districts,
            boolean wholeCity, Set<TimeSlot> times, @Nullable LocalDate certificate) {
        long id = ids++;
        return new OfferDetails(id, "F-" + id, "token" + id, VolunteerStatus.ACTIVE, "Person " + id, null, null, help,
                null, languages, districts, wholeCity, times, Rhythm.REGULAR, TODAY.minusDays(30), null, null, "de",
                false, certificate, List.of(), de.lokalwillkommen.TestDays.now(), de.lokalwillkommen.TestDays.now(), false);
    }

    /** The volunteer who fits in every respect; each test changes one thing about a copy. */
    private static OfferDetails fitting() {
        return offer(Set.of(HelpType.MENTORING), List.of(new SpokenLanguage("ar", LanguageLevel.NATIVE, false)),
                Set.of(BRACKEL), false, Set.of(TUESDAY_AFTERNOON), null);
    }

    private static List<Long> ranking(OfferDetails... pool) {
        return Matcher.rank(NEED, List.of(pool), Map.of()).stream().map(Candidate::offerId).toList();
    }

    @Test
    void theTypeOfHelpMovesAVolunteerUp() {
        OfferDetails other = offer(Set.of(HelpType.PRACTICAL), fitting().languages(), Set.of(BRACKEL), false,
                Set.of(TUESDAY_AFTERNOON), null);
        OfferDetails mentor = fitting();
        assertThat(ranking(other, mentor)).containsExactly(mentor.id(), other.id());
        Candidate down = Matcher.score(NEED, other, 0);
        assertThat(down.reasons()).extracting(Reason::kind).contains(ReasonKind.OTHER_TYPE);
        assertThat(Matcher.score(NEED, mentor, 0).score() - down.score()).isEqualTo(Matcher.TYPE);
    }

    @Test
    void theLanguageAndHowWellItIsSpokenMoveAVolunteerUp() {
        OfferDetails german = offer(Set.of(HelpType.MENTORING), List.of(new SpokenLanguage("de", LanguageLevel.NATIVE, false)),
                Set.of(BRACKEL), false, Set.of(TUESDAY_AFTERNOON), null);
        OfferDetails someArabic = offer(Set.of(HelpType.MENTORING), List.of(new SpokenLanguage("ar", LanguageLevel.BASIC,
                false)), Set.of(BRACKEL), false, Set.of(TUESDAY_AFTERNOON), null);
        OfferDetails nativeArabic = fitting();
        assertThat(ranking(german, someArabic, nativeArabic)).containsExactly(nativeArabic.id(), someArabic.id(),
                german.id());
        assertThat(Matcher.score(NEED, german, 0).reasons()).extracting(Reason::kind).contains(ReasonKind.NO_LANGUAGE);
        assertThat(Matcher.score(NEED, nativeArabic, 0).reasons())
                .contains(new Reason(ReasonKind.SPEAKS, Matcher.NATIVE, List.of("ar", "NATIVE")));
    }

    @Test
    void theDistrictMovesAVolunteerUpAndTheWholeCityCountsLessThanTheOfficesOwnArea() {
        OfferDetails brackel = fitting();
        OfferDetails aplerbeck = offer(Set.of(HelpType.MENTORING), fitting().languages(), Set.of(APLERBECK), false,
                Set.of(TUESDAY_AFTERNOON), null);
        OfferDetails anywhere = offer(Set.of(HelpType.MENTORING), fitting().languages(), Set.of(EVING), true,
                Set.of(TUESDAY_AFTERNOON), null);
        assertThat(ranking(anywhere, aplerbeck, brackel)).containsExactly(brackel.id(), aplerbeck.id(), anywhere.id());
        assertThat(Matcher.score(NEED, aplerbeck, 0).reasons()).extracting(Reason::kind).contains(ReasonKind.OFFICE_AREA);
        assertThat(Matcher.score(NEED, anywhere, 0).reasons()).extracting(Reason::kind).contains(ReasonKind.WHOLE_CITY);
    }

    @Test
    void anOverlapOfAvailabilityMovesAVolunteerUp() {
        OfferDetails tuesday = fitting();
        OfferDetails wednesday = offer(Set.of(HelpType.MENTORING), fitting().languages(), Set.of(BRACKEL), false,
                Set.of(WEDNESDAY_MORNING), null);
        assertThat(ranking(wednesday, tuesday)).containsExactly(tuesday.id(), wednesday.id());
        assertThat(Matcher.score(NEED, wednesday, 0).reasons()).extracting(Reason::kind).contains(ReasonKind.NO_TIME);
        Candidate up = Matcher.score(NEED, tuesday, 0);
        assertThat(up.reasons()).contains(new Reason(ReasonKind.TIMES, Matcher.TIMES, List.of("1", "1",
                "TUESDAY_AFTERNOON")));
    }

    @Test
    void helpForChildrenWithoutACertificateSeenRanksLowAndCannotBeMatched() {
        MatchCriteria children = new MatchCriteria(HelpType.HOMEWORK_HELP, BRACKEL, Set.of(BRACKEL), List.of(), Set.of(),
                true, TODAY);
        OfferDetails seen = offer(Set.of(HelpType.HOMEWORK_HELP), List.of(), Set.of(BRACKEL), false, Set.of(),
                TODAY.minusDays(3));
        OfferDetails unseen = offer(Set.of(HelpType.HOMEWORK_HELP), List.of(), Set.of(BRACKEL), false, Set.of(), null);
        List<Candidate> ranked = Matcher.rank(children, List.of(unseen, seen), Map.of());
        assertThat(ranked).extracting(Candidate::offerId).containsExactly(seen.id(), unseen.id());
        assertThat(ranked.get(1).matchable()).isFalse();
        assertThat(ranked.get(0).matchable()).isTrue();
    }

    @Test
    void volunteersAlreadyInMatchesGiveWayToThoseWhoAreFree() {
        OfferDetails busy = fitting();
        OfferDetails free = fitting();
        List<Candidate> ranked = Matcher.rank(NEED, List.of(busy, free), Map.of(busy.id(), 2));
        assertThat(ranked).extracting(Candidate::offerId).containsExactly(free.id(), busy.id());
        assertThat(ranked.get(1).reasons()).contains(new Reason(ReasonKind.BUSY, 2 * Matcher.BUSY_EACH, List.of("2")));
    }
}
