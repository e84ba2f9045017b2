package de.lokalwillkommen.volunteer;

import de.lokalwillkommen.base.security.SignedInStaff;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.OfficeSummary;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which offices a volunteer's districts belong to. Volunteers say where they can help in districts (that
 * is what people know); staff work for offices, each serving one or two districts. A volunteer who helps
 * anywhere in the city serves every office.
 */
@Component
class ServedArea {

    private final OfficeService offices;

    ServedArea(OfficeService offices) {
        this.offices = offices;
    }

    /** The districts an office serves. */
    Set<Long> districtsOf(long officeId) {
        Map<String, Long> byName = offices.listDistricts().stream()
                .collect(Collectors.toMap(DistrictRef::name, DistrictRef::id, (a, b) -> a));
        return offices.listOffices().stream().filter(o -> o.id() == officeId).findFirst()
                .map(o -> o.districts().stream().map(byName::get).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Office id → its district ids, for checking many offers at once. */
    Map<Long, Set<Long>> districtsByOffice() {
        Map<String, Long> byName = offices.listDistricts().stream()
                .collect(Collectors.toMap(DistrictRef::name, DistrictRef::id, (a, b) -> a));
        return offices.listOffices().stream().collect(Collectors.toMap(OfficeSummary::id,
                o -> o.districts().stream().map(byName::get).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()), (a, b) -> a));
    }

    static boolean serves(boolean wholeCity, Set<Long> offerDistricts, Set<Long> officeDistricts) {
        return wholeCity || offerDistricts.stream().anyMatch(officeDistricts::contains);
    }

    /**
     * What a staff member may see: everything for ADMIN; for STAFF the volunteers who help anywhere in the
     * city or in a district of one of their offices.
     */
    Predicate<VolunteerOffer> visibility(SignedInStaff staff) {
        if (staff.isAdmin()) {
            return offer -> true;
        }
        Map<Long, Set<Long>> byOffice = districtsByOffice();
        Set<Long> theirs = new HashSet<>();
        staff.officeIds().forEach(id -> theirs.addAll(byOffice.getOrDefault(id, Set.of())));
        return offer -> serves(offer.isWholeCity(), offer.getDistrictIds(), theirs);
    }
}
