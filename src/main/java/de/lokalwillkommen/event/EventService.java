package de.lokalwillkommen.event;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.OfficeAccess;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.OfficeSummary;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing events (an office's team, for its own office) and reading them (anyone). */
@Service
public class EventService {

    private final EventRepository events;
    private final OfficeService offices;
    private final OfficeAccess access;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    EventService(EventRepository events, OfficeService offices, OfficeAccess access, MunicipalityProperties municipality,
            Clock clock) {
        this.events = events;
        this.offices = offices;
        this.access = access;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** The office's events that have not ended, earliest first (cancelled ones too, marked so). */
    @Transactional(readOnly = true)
    public List<EventSummary> upcoming(long officeId) {
        return summaries(events.findByOfficeIdAndEndGreaterThanEqualOrderByStart(officeId, now()));
    }

    /** The whole city's events that have not ended, earliest first. */
    @Transactional(readOnly = true)
    public List<EventSummary> upcomingInCity(int limit) {
        return summaries(events.findByEndGreaterThanEqualOrderByStart(now(), Limit.of(limit)));
    }

    @Transactional(readOnly = true)
    public Optional<EventSummary> find(long id) {
        return events.findById(id).flatMap(e -> summaries(List.of(e)).stream().findFirst());
    }

    @Transactional(readOnly = true)
    public EventForm edit(long officeId, long id) {
        access.requireOffice(officeId);
        return own(officeId, id).toForm();
    }

    @Transactional
    public long save(EventForm form) {
        access.requireOffice(form.getOfficeId());
        String problem = form.problem();
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        CommunityEvent event = form.getId() == null ? new CommunityEvent(form.getOfficeId()) : own(form.getOfficeId(), form.getId());
        if (form.getId() != null && event.getVersion() != form.getVersion()) {
            throw new UserFacingException("error.changedMeanwhile");
        }
        event.update(form);
        try {
            return events.saveAndFlush(event).toSummary("", "").id();
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("error.changedMeanwhile");
        }
    }

    /** Cancels an event: it stays listed as cancelled, so people who planned to come learn of it. */
    @Transactional
    public void cancel(long officeId, long id) {
        access.requireOffice(officeId);
        own(officeId, id).cancel();
    }

    private CommunityEvent own(long officeId, long id) {
        return events.findById(id).filter(e -> e.getOfficeId() == officeId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private List<EventSummary> summaries(List<CommunityEvent> found) {
        Map<Long, OfficeSummary> byId = offices.listOffices().stream()
                .collect(Collectors.toMap(OfficeSummary::id, Function.identity()));
        return found.stream().filter(e -> byId.containsKey(e.getOfficeId())).map(e -> {
            OfficeSummary office = byId.get(e.getOfficeId());
            return e.toSummary(office.name(), office.slug());
        }).toList();
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }
}
