package de.lokalwillkommen.push;

import de.lokalwillkommen.base.MunicipalityProperties;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Every server runs it (no ShedLock: the claims divide the work, and two servers sending
 * different notices at once is welcome); each notice is claimed by one server before it is sent. The work runs
 * on virtual threads of its own, never on the scheduler's or a request's thread, so a slow or dead push service
 * delays no mail and no page. 404/410 remove the subscription; other failures try again after
 * {@code first-retry}, doubling, at most {@code max-attempts} times.
 */
@Component
class PushSendingJob {

    private static final Logger log = LoggerFactory.getLogger(PushSendingJob.class);

    private final PushStore store;
    private final PushSender sender;
    private final PushProperties properties;
    private final MunicipalityProperties municipality;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger sent = new AtomicInteger();

    PushSendingJob(PushStore store, PushSender sender, PushProperties properties, MunicipalityProperties municipality,
            Clock clock) {
        this.store = store;
        this.sender = sender;
        this.properties = properties;
        this.municipality = municipality;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lw.push.send-interval:PT15S}",
            initialDelayString = "${lw.push.send-initial-delay:PT30S}")
    void tick() {
        soon();
    }

    /** Starts a run in the background unless one is under way (which then goes round once more). */
    void soon() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        workers.execute(() -> {
            try {
                do {
                    again.set(false);
                    sendDue();
                } while (again.get());
            } catch (RuntimeException e) {
                log.warn("The push sending run stopped: {}", e.toString());
            } finally {
                draining.set(false);
            }
        });
    }

    /** Sends every due notice this server can claim, batch after batch; returns how many were delivered. */
    int sendDue() {
        int delivered = 0;
        List<PushStore.Outgoing> batch;
        do {
            LocalDateTime now = municipality.now(clock);
            batch = store.claim(UUID.randomUUID().toString(), now, now.plus(properties.lease()), properties.batchSize());
            delivered += sendAll(batch);
        } while (batch.size() == properties.batchSize());
        return delivered;
    }

    private int sendAll(List<PushStore.Outgoing> batch) {
        Semaphore open = new Semaphore(Math.max(1, properties.parallel()));
        AtomicInteger delivered = new AtomicInteger();
        List<Future<?>> requests = new ArrayList<>();
        for (PushStore.Outgoing notice : batch) {
            requests.add(workers.submit(() -> {
                open.acquireUninterruptibly();
                try {
                    if (deliver(notice)) {
                        delivered.incrementAndGet();
                    }
                } finally {
                    open.release();
                }
            }));
        }
        for (Future<?> request : requests) {
            try {
                request.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("A push notice could not be sent: {}", e.getCause().toString());
            }
        }
        sent.addAndGet(delivered.get());
        return delivered.get();
    }

    private boolean deliver(PushStore.Outgoing notice) {
        PushSender.Result result = sender.send(notice);
        LocalDateTime now = municipality.now(clock);
        switch (result) {
            case SENT -> store.sent(notice, now);
            case GONE -> store.gone(notice);
            case RETRY -> store.failed(notice, notice.attempts() + 1 >= properties.maxAttempts() ? null
                    : now.plus(backoff(notice.attempts())));
        }
        return result == PushSender.Result.SENT;
    }

    /** The wait after the {@code attempts + 1}-th failure: first-retry, doubled each time, at most a day. */
    Duration backoff(int attempts) {
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait;
    }

    /** Notices this server delivered since it started; for tests, the benchmark and operators. */
    int sentCount() {
        return sent.get();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
