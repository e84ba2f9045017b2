package de.lokalwillkommen.volunteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Ranks volunteers for a need by points that staff can follow: the type of help weighs most, then the
 * language, then where and when. Every point given or taken is a {@link Reason} shown next to the name.
 * See docs/decisions/0014 for the weights and why they are what they are.
 */
final class Matcher {

    static final int TYPE = 40;
    static final int NATIVE = 30;
    static final int GOOD = 20;
    static final int BASIC = 8;
    /** Speaks the language but did not offer to interpret it: might still help in a pinch. */
    static final int SPEAKS_NOT_INTERPRETS = 5;
    static final int SAME_DISTRICT = 25;
    static final int OFFICE_AREA = 15;
    static final int WHOLE_CITY = 12;
    /** For being free at every time asked for; a share of it for some of them. */
    static final int TIMES = 25;
    static final int NOT_YET = -15;
    static final int NO_CERTIFICATE = -60;
    static final int BUSY_EACH = -5;
    static final int BUSY_MAX = -15;

    private Matcher() {
    }

    /** The pool ranked for the criteria, best first; ties go to whoever registered first. */
    static List<Candidate> rank(MatchCriteria criteria, List<OfferDetails> pool, Map<Long, Integer> activeMatches) {
        return pool.stream().map(o -> score(criteria, o, activeMatches.getOrDefault(o.id(), 0)))
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparingLong(Candidate::offerId))
                .toList();
    }

    static Candidate score(MatchCriteria criteria, OfferDetails offer, int activeMatches) {
        List<Reason> reasons = new ArrayList<>();
        if (offer.helpTypes().contains(criteria.helpType())) {
            reasons.add(Reason.of(ReasonKind.OFFERS_TYPE, TYPE, criteria.helpType()));
        } else {
            reasons.add(Reason.of(ReasonKind.OTHER_TYPE, 0, criteria.helpType()));
        }
        language(criteria, offer).ifPresent(reasons::add);
        reasons.add(area(criteria, offer));
        times(criteria, offer).ifPresent(reasons::add);
        if (offer.availableFrom().isAfter(criteria.startsOn())) {
            reasons.add(Reason.of(ReasonKind.NOT_YET, NOT_YET, offer.availableFrom()));
        }
        if (offer.availableUntil() != null) {
            reasons.add(Reason.of(ReasonKind.UNTIL, 0, offer.availableUntil()));
        }
        boolean matchable = true;
        if (criteria.involvesMinors()) {
            if (offer.certificateSeenOn() != null) {
                reasons.add(Reason.of(ReasonKind.CERTIFICATE, 0, offer.certificateSeenOn()));
            } else {
                reasons.add(Reason.of(ReasonKind.NO_CERTIFICATE, NO_CERTIFICATE));
                matchable = false;
            }
        }
        if (activeMatches > 0) {
            reasons.add(Reason.of(ReasonKind.BUSY, Math.max(BUSY_MAX, BUSY_EACH * activeMatches), activeMatches));
        }
        int score = reasons.stream().mapToInt(Reason::points).sum();
        return new Candidate(offer.id(), offer.reference(), offer.name(), score, reasons, matchable);
    }

    private static Optional<Reason> language(MatchCriteria criteria, OfferDetails offer) {
        if (criteria.languages().isEmpty()) {
            return Optional.empty();
        }
        boolean interpreting = criteria.helpType() == HelpType.INTERPRETING;
        Reason best = null;
        for (SpokenLanguage spoken : offer.languages()) {
            if (!criteria.languages().contains(spoken.code())) {
                continue;
            }
            Reason reason;
            if (!interpreting) {
                reason = Reason.of(ReasonKind.SPEAKS, points(spoken.level()), spoken.code(), spoken.level());
            } else if (spoken.interprets()) {
                reason = Reason.of(ReasonKind.INTERPRETS, points(spoken.level()), spoken.code(), spoken.level());
            } else {
                reason = Reason.of(ReasonKind.SPEAKS_NOT_INTERPRETS, SPEAKS_NOT_INTERPRETS, spoken.code(),
                        spoken.level());
            }
            if (best == null || reason.points() > best.points()) {
                best = reason;
            }
        }
        return Optional.of(best != null ? best
                : Reason.of(ReasonKind.NO_LANGUAGE, 0, String.join(",", criteria.languages())));
    }

    static int points(LanguageLevel level) {
        return switch (level) {
            case NATIVE -> NATIVE;
            case GOOD -> GOOD;
            case BASIC -> BASIC;
        };
    }

    private static Reason area(MatchCriteria criteria, OfferDetails offer) {
        if (criteria.districtId() != null && offer.districtIds().contains(criteria.districtId())) {
            return Reason.of(ReasonKind.SAME_DISTRICT, SAME_DISTRICT, criteria.districtId());
        }
        Optional<Long> nearby = offer.districtIds().stream().filter(criteria.officeDistricts()::contains).sorted()
                .findFirst();
        if (nearby.isPresent()) {
            return Reason.of(ReasonKind.OFFICE_AREA, OFFICE_AREA, nearby.get());
        }
        return Reason.of(ReasonKind.WHOLE_CITY, offer.wholeCity() ? WHOLE_CITY : 0);
    }

    private static Optional<Reason> times(MatchCriteria criteria, OfferDetails offer) {
        if (criteria.times().isEmpty()) {
            return Optional.empty();
        }
        Set<TimeSlot> common = new TreeSet<>(criteria.times());
        common.retainAll(offer.times());
        if (common.isEmpty()) {
            return Optional.of(Reason.of(ReasonKind.NO_TIME, 0));
        }
        int points = Math.round((float) TIMES * common.size() / criteria.times().size());
        return Optional.of(Reason.of(ReasonKind.TIMES, points, common.size(), criteria.times().size(),
                common.stream().map(TimeSlot::code).collect(Collectors.joining(","))));
    }
}
