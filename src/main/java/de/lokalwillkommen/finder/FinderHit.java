package de.lokalwillkommen.finder;

import de.lokalwillkommen.office.DistrictRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search found: a postcode, or a street under one of its postcodes, and the districts it lies in.
 * More than one district means the person has to choose (the page says so, it does not guess).
 */
public record FinderHit(@Nullable String street, String postcode, List<DistrictRef> districts) {

    public boolean ambiguous() {
        return districts.size() > 1;
    }
}
