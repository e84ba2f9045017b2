package de.lokalwillkommen.finder.ui;

import de.lokalwillkommen.finder.FinderHit;
import de.lokalwillkommen.office.DistrictRef;
import java.util.stream.Collectors;

/** How a search hit reads in the list: "Westerfilder Straße, 44357 – Mengede" or "44379 – Huckarde, Lütgendortmund". */
final class HitLabel {

    private HitLabel() {
    }

    static String of(FinderHit hit) {
        String districts = hit.districts().stream().map(DistrictRef::name).collect(Collectors.joining(", "));
        return (hit.street() == null ? hit.postcode() : hit.street() + ", " + hit.postcode()) + " – " + districts;
    }
}
