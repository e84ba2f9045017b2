package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo volunteers (fictional people, example.org addresses) in several statuses, one duplicate
 * registration, and three needs, so the queue, the duplicates and the matching have something to show.
 * Only with the demo profile; runs once, on a database without offers.
 */
@Component
@Profile("demo")
@Order(6)
class DemoVolunteers implements ApplicationRunner {

    private final VolunteerOfferRepository offers;
    private final NeedRepository needs;
    private final VolunteerCodes codes;
    private final OfficeService officeService;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private Map<String, Long> districts = Map.of();
    private LocalDateTime now = LocalDateTime.MIN;

    DemoVolunteers(VolunteerOfferRepository offers, NeedRepository needs, VolunteerCodes codes,
            OfficeService officeService, MunicipalityProperties municipality, Clock clock) {
        this.offers = offers;
        this.needs = needs;
        this.codes = codes;
        this.officeService = officeService;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (offers.count() > 0) {
            return;
        }
        districts = officeService.listDistricts().stream().collect(Collectors.toMap(DistrictRef::name, DistrictRef::id));
        now = municipality.now(clock).withNano(0);
        LocalDate today = now.toLocalDate();

        offer("Samira Haddad", "samira.haddad@example.org", null, List.of("Brackel", "Aplerbeck"),
                Set.of(HelpType.MENTORING, HelpType.HOMEWORK_HELP, HelpType.INTERPRETING),
                List.of(lang("ar", LanguageLevel.NATIVE, true), lang("de", LanguageLevel.NATIVE, false)),
                "TUESDAY_AFTERNOON,THURSDAY_AFTERNOON", VolunteerStatus.ACTIVE, today.minusDays(40), 60);
        offer("Hannah Vogel", "hannah.vogel@example.org", "0231 5550101", List.of("Brackel"),
                Set.of(HelpType.MENTORING, HelpType.HOMEWORK_HELP),
                List.of(lang("de", LanguageLevel.NATIVE, false), lang("ar", LanguageLevel.GOOD, false)),
                "TUESDAY_AFTERNOON,WEDNESDAY_AFTERNOON", VolunteerStatus.ACTIVE, today.minusDays(20), 45);
        offer("Jonas Becker", "jonas.becker@example.org", null, List.of("Brackel"),
                Set.of(HelpType.HOMEWORK_HELP, HelpType.SPORT_LEISURE),
                List.of(lang("de", LanguageLevel.NATIVE, false), lang("en", LanguageLevel.GOOD, false),
                        lang("ar", LanguageLevel.BASIC, false)),
                "TUESDAY_AFTERNOON,WEDNESDAY_AFTERNOON", VolunteerStatus.ACTIVE, today.minusDays(90), 120);
        offer("Jonas Becker", "Jonas.Becker@example.org", "0176 5550102", List.of("Aplerbeck"),
                Set.of(HelpType.PRACTICAL), List.of(lang("de", LanguageLevel.NATIVE, false)),
                "SATURDAY_MORNING", VolunteerStatus.NEW, null, 2);
        offer("Peter Schulte", null, "0231 5550103", List.of("Aplerbeck"),
                Set.of(HelpType.PRACTICAL, HelpType.ACCOMPANYING), List.of(lang("de", LanguageLevel.NATIVE, false)),
                "FRIDAY_AFTERNOON,SATURDAY_MORNING", VolunteerStatus.ACTIVE, null, 200);
        offer("Mariam Ahmadi", "mariam.ahmadi@example.org", null, List.of("Brackel"),
                Set.of(HelpType.MENTORING, HelpType.ACCOMPANYING),
                List.of(lang("fa", LanguageLevel.NATIVE, true), lang("ps", LanguageLevel.GOOD, false),
                        lang("de", LanguageLevel.GOOD, false)),
                "TUESDAY_AFTERNOON", VolunteerStatus.IN_CONVERSATION, null, 6);
        offerWholeCity("Leyla Aydın", "leyla.aydin@example.org", "0157 5550104",
                Set.of(HelpType.INTERPRETING, HelpType.ACCOMPANYING),
                List.of(lang("tr", LanguageLevel.NATIVE, true), lang("kmr", LanguageLevel.GOOD, true),
                        lang("de", LanguageLevel.NATIVE, false)),
                "MONDAY_MORNING,WEDNESDAY_MORNING,TUESDAY_MORNING", VolunteerStatus.ACTIVE);
        offer("Olena Kovalenko", "olena.kovalenko@example.org", null, List.of("Hörde", "Hombruch"),
                Set.of(HelpType.INTERPRETING, HelpType.LANGUAGE_CAFE),
                List.of(lang("uk", LanguageLevel.NATIVE, true), lang("ru", LanguageLevel.NATIVE, true),
                        lang("de", LanguageLevel.GOOD, false)),
                "THURSDAY_EVENING,SATURDAY_MORNING", VolunteerStatus.ACTIVE, null, 30);
        offer("Klaus Wagner", "k.wagner@example.org", null, List.of("Mengede", "Huckarde"),
                Set.of(HelpType.LANGUAGE_CAFE, HelpType.HOMEWORK_HELP),
                List.of(lang("de", LanguageLevel.NATIVE, false), lang("en", LanguageLevel.BASIC, false)),
                "TUESDAY_AFTERNOON,THURSDAY_AFTERNOON", VolunteerStatus.NEW, null, 1);
        offer("Amina Yusuf", null, "0231 5550105", List.of("Eving", "Scharnhorst"),
                Set.of(HelpType.CHILDCARE, HelpType.SPORT_LEISURE),
                List.of(lang("ti", LanguageLevel.NATIVE, false), lang("ar", LanguageLevel.GOOD, false),
                        lang("de", LanguageLevel.GOOD, false)),
                "SATURDAY_MORNING,SUNDAY_AFTERNOON", VolunteerStatus.NEW, null, 3);
        offer("Tomasz Nowak", "tomasz.nowak@example.org", null, List.of("Lütgendortmund"),
                Set.of(HelpType.PRACTICAL), List.of(lang("pl", LanguageLevel.NATIVE, false),
                        lang("de", LanguageLevel.GOOD, false)),
                "SATURDAY_MORNING", VolunteerStatus.PAUSED, null, 150);

        Map<String, Long> officesByName = officeService.officeRefs().stream()
                .collect(Collectors.toMap(OfficeRef::name, OfficeRef::id));
        need(officesByName.get("Brackel/Aplerbeck"), "Brackel", HelpType.MENTORING, List.of("ar"),
                "TUESDAY_AFTERNOON", true,
                "Familie mit zwei Schulkindern sucht eine arabischsprachige Schulpatin oder einen Schulpaten.");
        need(officesByName.get("Brackel/Aplerbeck"), "Aplerbeck", HelpType.PRACTICAL, List.of(),
                "SATURDAY_MORNING", false, "Zwei gespendete Fahrräder fahrtüchtig machen und Verkehrsregeln zeigen.");
        need(officesByName.get("Mengede/Huckarde"), null, HelpType.LANGUAGE_CAFE, List.of("ar", "fa"),
                "TUESDAY_AFTERNOON", false, "Das Sprachcafé im Stadtteiltreff braucht Verstärkung.");
    }

    private static SpokenLanguage lang(String code, LanguageLevel level, boolean interprets) {
        return new SpokenLanguage(code, level, interprets);
    }

    private void offer(String name, @Nullable String email, @Nullable String phone, List<String> districtNames,
            Set<HelpType> help, List<SpokenLanguage> languages, String times, VolunteerStatus status,
            @Nullable LocalDate certificate, int daysAgo) {
        Set<Long> ids = districtNames.stream().map(districts::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        save(name, email, phone, ids, false, help, languages, times, status, certificate, daysAgo);
    }

    private void offerWholeCity(String name, String email, String phone, Set<HelpType> help,
            List<SpokenLanguage> languages, String times, VolunteerStatus status) {
        save(name, email, phone, Set.of(), true, help, languages, times, status, null, 75);
    }

    private void save(String name, @Nullable String email, @Nullable String phone, Set<Long> districtIds,
            boolean wholeCity, Set<HelpType> help, List<SpokenLanguage> languages, String times, VolunteerStatus status,
            @Nullable LocalDate certificate, int daysAgo) {
        LocalDateTime registered = now.minusDays(daysAgo);
        OfferRequest request = new OfferRequest(name, email, phone, help,
                help.contains(HelpType.OTHER) ? "…" : null, languages, districtIds, wholeCity, TimeSlot.split(times),
                Rhythm.REGULAR, registered.toLocalDate(), null, null, true, "de", UUID.randomUUID().toString(), null);
        VolunteerOffer offer = new VolunteerOffer(codes.reference(), codes.manageToken(), request, registered);
        offer.certificateSeen(certificate, registered);
        for (VolunteerStatus step : path(status)) {
            offer.changeStatus(step, false, registered.plusDays(1));
        }
        offers.save(offer);
    }

    /** The review steps that lead to a status. */
    private static List<VolunteerStatus> path(VolunteerStatus target) {
        return switch (target) {
            case NEW -> List.of();
            case IN_CONVERSATION -> List.of(VolunteerStatus.IN_CONVERSATION);
            case ACTIVE -> List.of(VolunteerStatus.IN_CONVERSATION, VolunteerStatus.ACTIVE);
            case PAUSED -> List.of(VolunteerStatus.IN_CONVERSATION, VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED);
            default -> List.of(VolunteerStatus.ENDED);
        };
    }

    private void need(@Nullable Long officeId, @Nullable String district, HelpType type, List<String> languages,
            String times, boolean minors, String description) {
        if (officeId == null) {
            return;
        }
        needs.save(new Need(new NeedRequest(officeId, district == null ? null : districts.get(district), type, languages,
                TimeSlot.split(times), minors, description), now.minusDays(3)));
    }
}
