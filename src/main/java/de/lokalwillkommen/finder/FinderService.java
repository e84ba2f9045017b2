package de.lokalwillkommen.finder;

import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the district, and so the office, for a postcode or a street. A postcode's districts are those
 * of the postcode table together with those the imported street directory names for it.
 */
@Service
public class FinderService {

    /** Typing three letters of a common word must not load the whole directory into a drop-down. */
    static final int MAX_STREET_ROWS = 60;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

    private final StreetRepository streets;
    private final PostcodeDistrictRepository postcodes;
    private final OfficeService offices;

    FinderService(StreetRepository streets, PostcodeDistrictRepository postcodes, OfficeService offices) {
        this.streets = streets;
        this.postcodes = postcodes;
        this.offices = offices;
    }

    /** Postcodes starting with the digits typed, or streets whose name contains what was typed. */
    @Transactional(readOnly = true)
    public List<FinderHit> search(String typed) {
        String text = typed.strip();
        if (DIGITS.matcher(text).matches()) {
            return postcodesStartingWith(text);
        }
        String key = StreetNames.key(text);
        if (key.length() < 2) {
            return List.of();
        }
        Map<Long, DistrictRef> districts = districts();
        Map<List<String>, List<DistrictRef>> grouped = new LinkedHashMap<>();
        for (Street street : streets.search(key, Limit.of(MAX_STREET_ROWS))) {
            grouped.computeIfAbsent(List.of(street.getName(), street.getPostcode()), k -> new ArrayList<>())
                    .add(districts.get(street.getDistrictId()));
        }
        return grouped.entrySet().stream().map(e -> new FinderHit(e.getKey().get(0), e.getKey().get(1),
                e.getValue().stream().filter(Objects::nonNull).distinct().toList())).toList();
    }

    /** The districts of exactly this postcode, if the table or the street directory knows it. */
    @Transactional(readOnly = true)
    public Optional<FinderHit> byPostcode(String postcode) {
        String text = postcode.strip();
        return DIGITS.matcher(text).matches()
                ? postcodesStartingWith(text).stream().filter(hit -> hit.postcode().equals(text)).findFirst()
                : Optional.empty();
    }

    /** Each district with the offices serving it, in the order given. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(Collection<DistrictRef> districts) {
        return districts.stream().map(d -> new Candidate(d, offices.officesServing(d.id()))).toList();
    }

    @Transactional(readOnly = true)
    public long streetCount() {
        return streets.count();
    }

    private List<FinderHit> postcodesStartingWith(String prefix) {
        Map<String, TreeSet<Long>> byPostcode = new TreeMap<>();
        postcodes.findByPostcodeStartingWithOrderByPostcode(prefix).forEach(p ->
                byPostcode.computeIfAbsent(p.getPostcode(), k -> new TreeSet<>()).add(p.getDistrictId()));
        streets.postcodesStartingWith(prefix).forEach(s ->
                byPostcode.computeIfAbsent(s.postcode(), k -> new TreeSet<>()).add(s.districtId()));
        Map<Long, DistrictRef> districts = districts();
        return byPostcode.entrySet().stream().map(e -> new FinderHit(null, e.getKey(), e.getValue().stream()
                .map(districts::get).filter(Objects::nonNull).sorted((a, b) -> a.name().compareTo(b.name())).toList()))
                .filter(hit -> !hit.districts().isEmpty()).toList();
    }

    private Map<Long, DistrictRef> districts() {
        return offices.listDistricts().stream().collect(Collectors.toMap(DistrictRef::id, Function.identity()));
    }
}
