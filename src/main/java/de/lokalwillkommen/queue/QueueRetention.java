package de.lokalwillkommen.queue;

import de.lokalwillkommen.base.jobs.PersonalDataRetention;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every night (the retention job): each session whose day is over first gets its figures (walk-ins, check-ins,
 * served, left before being called, median and p90 of the wait, and the anonymous waits for the monthly figures),
 * then its numbers are deleted. Figures and deletion happen in one transaction, so neither is ever missing.
 */
@Component
class QueueRetention implements PersonalDataRetention {

    private final QueueSessionRepository sessions;
    private final QueueTicketRepository tickets;
    private final QueueWaitRepository waits;
    private final ApplicationEventPublisher events;

    QueueRetention(QueueSessionRepository sessions, QueueTicketRepository tickets, QueueWaitRepository waits,
            ApplicationEventPublisher events) {
        this.events = events;
        this.sessions = sessions;
        this.tickets = tickets;
        this.waits = waits;
    }

    @Override
    public String name() {
        return "walk-in queue numbers";
    }

    @Override
    public int apply(LocalDateTime now) {
        int deleted = 0;
        for (long sessionId : sessions.overBefore(now.toLocalDate())) {
            List<QueueTicket> day = tickets.findBySessionIdOrderBySortAtAscIdAsc(sessionId);
            int walkIns = (int) day.stream().filter(t -> t.getBookingId() == null).count();
            int served = (int) day.stream().filter(t -> t.getStatus() == QueueStatus.SERVED
                    || t.getStatus() == QueueStatus.CALLED).count();
            int leftEarly = (int) day.stream().filter(t -> t.getStatus() == QueueStatus.WAITING
                    || t.getStatus() == QueueStatus.SKIPPED || t.getStatus() == QueueStatus.LEFT).count();
            List<QueueTicket> called = day.stream().filter(t -> t.getCalledAt() != null
                    && t.getStatus() != QueueStatus.SKIPPED).toList();
            List<Long> waitSeconds = called.stream().map(QueueRetention::wait).toList();
            for (QueueTicket ticket : called) {
                waits.keep(sessionId, (int) (long) wait(ticket), ticket.getBookingId() != null);
            }
            sessions.keepFigures(sessionId, now, walkIns, day.size() - walkIns, served, leftEarly,
                    waitSeconds.isEmpty() ? null : QueueEstimate.percentile(waitSeconds, 50),
                    waitSeconds.isEmpty() ? null : QueueEstimate.percentile(waitSeconds, 90));
            events.publishEvent(new QueueEvents.NumbersErased(day.stream().map(QueueTicket::getId).toList()));
            deleted += tickets.deleteOfSession(sessionId);
        }
        return deleted;
    }

    /** From taking the number (or from the appointment time, for someone who checked in early) to being called. */
    private static long wait(QueueTicket ticket) {
        LocalDateTime from = ticket.getAppointmentAt() != null && ticket.getAppointmentAt().isAfter(ticket.getTakenAt())
                ? ticket.getAppointmentAt() : ticket.getTakenAt();
        return Math.max(0, Duration.between(from, ticket.getCalledAt()).toSeconds());
    }
}
