package de.lokalwillkommen.waitlist;

import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTable.Key;
import de.lokalwillkommen.office.OfficeDetails;
import de.lokalwillkommen.office.OfficeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Unmet demand": per month of joining, office, topic and language, how many waited, how many got a time through
 * the waitlist and the median wait until then (hours). Read from the anonymous {@code waitlist_demand} rows only.
 */
@Component
class UnmetDemandFigures implements de.lokalwillkommen.base.figures.FigureTableSource {

    private final WaitlistStore store;
    private final OfficeService offices;

    UnmetDemandFigures(WaitlistStore store, OfficeService offices) {
        this.store = store;
        this.offices = offices;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FigureTable> tables(FigureQuery query) {
        Map<String, List<WaitlistStore.Demand>> groups = new TreeMap<>();
        for (WaitlistStore.Demand demand : store.demand(query.start(), query.end())) {
            if (query.includes(demand.officeId())) {
                String group = String.format("%04d-%02d|%d|%s|%s", demand.joinedAt().getYear(),
                        demand.joinedAt().getMonthValue(), demand.officeId(), demand.topic(), demand.language());
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(demand);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((group, demands) -> {
            String[] parts = group.split("\\|");
            long officeId = Long.parseLong(parts[1]);
            String office = offices.findById(officeId).map(OfficeDetails::name).orElse(parts[1]);
            List<Long> waits = demands.stream().filter(d -> d.servedAt() != null)
                    .map(d -> Duration.between(d.joinedAt(), d.servedAt()).toHours()).sorted().toList();
            rows.add(List.of(parts[0], office, new Key("topic." + parts[2]), parts[3], (long) demands.size(),
                    (long) waits.size(), median(waits)));
        });
        return List.of(new FigureTable("unmet-demand", "waitlist.figures.title", List.of("waitlist.figures.month",
                "waitlist.figures.office", "waitlist.figures.topic", "waitlist.figures.language",
                "waitlist.figures.waited", "waitlist.figures.served", "waitlist.figures.medianHours"), rows, 4));
    }

    /** The median in whole hours; 0 when nobody got a time yet. */
    static long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
