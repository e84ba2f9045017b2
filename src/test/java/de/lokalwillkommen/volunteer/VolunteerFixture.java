package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeRef;
import de.lokalwillkommen.office.OfficeService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Offers and look-ups for the volunteering tests, on the Dortmund demo data. */
final class VolunteerFixture {

    private final OfficeService offices;

    VolunteerFixture(OfficeService offices) {
        this.offices = offices;
    }

    long district(String name) {
        return offices.listDistricts().stream().filter(d -> d.name().equals(name)).map(DistrictRef::id).findFirst()
                .orElseThrow();
    }

    long office(String name) {
        return offices.officeRefs().stream().filter(o -> o.name().equals(name)).map(OfficeRef::id).findFirst()
                .orElseThrow();
    }

    /** A valid offer of homework help in the given district, Tuesday afternoons, in Arabic and German. */
    static OfferRequest request(String name, @Nullable String email, @Nullable String phone, long district) {
        return new OfferRequest(name, email, phone, Set.of(HelpType.HOMEWORK_HELP, HelpType.SPORT_LEISURE), null,
                List.of(new SpokenLanguage("ar", LanguageLevel.NATIVE, false),
                        new SpokenLanguage("de", LanguageLevel.GOOD, false)),
                Set.of(district), false, Set.of(new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)), Rhythm.REGULAR,
                de.lokalwillkommen.TestDays.today(), null, "Ich freue mich.", true, "de", UUID.randomUUID().toString(), null);
    }

    static String uniqueEmail() {
        return "v-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
