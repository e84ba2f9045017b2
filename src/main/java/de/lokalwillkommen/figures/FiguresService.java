package de.lokalwillkommen.figures;

import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.figures.ContactCount;
import de.lokalwillkommen.base.figures.ContactSource;
import de.lokalwillkommen.base.figures.FigureQuery;
import de.lokalwillkommen.base.figures.FigureTable;
import de.lokalwillkommen.base.figures.FigureTable.Key;
import de.lokalwillkommen.base.figures.FigureTableSource;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.base.security.SignedInStaff;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Adds up every feature's contacts ({@link ContactSource}) into the tables the city asks for, and appends every
 * feature's own tables ({@link FigureTableSource}). ADMIN sees all offices or one; STAFF their own offices only.
 */
@Service
public class FiguresService {

    static final int MAX_DAYS = 3 * 366;

    private final List<ContactSource> contactSources;
    private final List<FigureTableSource> tableSources;
    private final OfficeAccess access;
    private final OfficeDirectory offices;
    private final Languages languages;
    private final AuditLog audit;

    FiguresService(List<ContactSource> contactSources, List<FigureTableSource> tableSources, OfficeAccess access,
            OfficeDirectory offices, Languages languages, AuditLog audit) {
        this.contactSources = contactSources;
        this.tableSources = tableSources;
        this.access = access;
        this.offices = offices;
        this.languages = languages;
        this.audit = audit;
    }

    /** The figures of a period for the signed-in person: one office, or (empty) every office they may see. */
    public FigureReport report(LocalDate from, LocalDate to, Optional<Long> office) {
        return report(scope(from, to, office));
    }

    /** Notes an export in the audit log (figures hold no personal data, but what leaves the app is traceable). */
    public void exported(FigureQuery query, String what) {
        audit.changed(AuditAction.EXPORT, "figures", what, query.allOffices() || query.officeIds().size() != 1 ? null
                : query.officeIds().iterator().next(), query.from() + " – " + query.to());
    }

    FigureQuery scope(LocalDate from, LocalDate to, Optional<Long> office) {
        SignedInStaff staff = access.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new UserFacingException("figures.error.period");
        }
        if (office.isPresent()) {
            access.requireOffice(office.get());
            return new FigureQuery(from, to, Set.of(office.get()), false);
        }
        return staff.isAdmin() ? new FigureQuery(from, to, Set.of(), true)
                : new FigureQuery(from, to, staff.officeIds(), false);
    }

    FigureReport report(FigureQuery query) {
        List<ContactCount> counts = contactSources.stream().flatMap(s -> s.contacts(query).stream())
                .filter(c -> query.includes(c.officeId())).toList();
        long contacts = counts.stream().mapToLong(ContactCount::contacts).sum();
        long persons = counts.stream().mapToLong(ContactCount::persons).sum();
        List<FigureTable> tables = new ArrayList<>();
        tables.add(byMonth(query, counts));
        tables.add(by("contacts-by-kind", "figures.byKind", "figures.kind", counts, c -> new Key(c.sourceKey())));
        tables.add(by("contacts-by-office", "figures.byOffice", "figures.office", counts,
                c -> offices.officeName(c.officeId()).orElse("#" + c.officeId())));
        tables.add(by("contacts-by-topic", "figures.byTopic", "figures.topic", counts, c -> new Key(c.topicKey())));
        tables.add(by("contacts-by-language", "figures.byLanguage", "figures.language", counts,
                c -> languages.byCode(c.language()).map(l -> l.name()).orElse(c.language())));
        tables.add(by("contacts-by-interpreter", "figures.byInterpreter", "figures.interpreter", counts,
                c -> new Key(c.interpreter() ? "figures.interpreter.yes" : "figures.interpreter.no")));
        tableSources.forEach(source -> tables.addAll(source.tables(query)));
        return new FigureReport(query, contacts, persons, tables);
    }

    private static FigureTable byMonth(FigureQuery query, List<ContactCount> counts) {
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        for (ContactCount c : counts) {
            long[] sums = months.computeIfAbsent(YearMonth.of(c.year(), c.month()), m -> new long[2]);
            sums[0] += c.contacts();
            sums[1] += c.persons();
        }
        List<List<Object>> rows = months.entrySet().stream()
                .map(e -> List.<Object>of(e.getKey().toString(), e.getValue()[0], e.getValue()[1])).toList();
        return new FigureTable("contacts-by-month", "figures.byMonth", List.of("figures.month", "figures.contacts",
                "figures.persons"), rows, 1);
    }

    private static FigureTable by(String id, String titleKey, String firstColumn, List<ContactCount> counts,
            Function<ContactCount, Object> key) {
        Map<Object, long[]> groups = new LinkedHashMap<>();
        for (ContactCount c : counts) {
            long[] sums = groups.computeIfAbsent(key.apply(c), k -> new long[2]);
            sums[0] += c.contacts();
            sums[1] += c.persons();
        }
        List<List<Object>> rows = groups.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Object, long[]> e) -> -e.getValue()[0]))
                .map(e -> List.<Object>of(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new FigureTable(id, titleKey, List.of(firstColumn, "figures.contacts", "figures.persons"), rows, 1);
    }
}
