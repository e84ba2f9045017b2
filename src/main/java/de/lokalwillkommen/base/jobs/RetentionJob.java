package de.lokalwillkommen.base.jobs;

import de.lokalwillkommen.base.MunicipalityProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night, on one server: each feature's {@link PersonalDataRetention}, one transaction each, so one
 * failing feature does not keep the others from forgetting. The log names the feature and a count only.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<PersonalDataRetention> tasks;
    private final TransactionTemplate transaction;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    RetentionJob(List<PersonalDataRetention> tasks, PlatformTransactionManager transactions,
            MunicipalityProperties municipality, Clock clock) {
        this.tasks = tasks;
        this.transaction = new TransactionTemplate(transactions);
        this.municipality = municipality;
        this.clock = clock;
    }

    @Scheduled(cron = "${lw.retention.cron:0 30 3 * * *}", zone = "${lw.municipality.zone:Europe/Berlin}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT1H", lockAtLeastFor = "${lw.jobs.lock-at-least-for:PT1M}")
    public void run() {
        LocalDateTime now = municipality.now(clock);
        for (PersonalDataRetention task : tasks) {
            try {
                Integer changed = transaction.execute(status -> task.apply(now));
                if (changed != null && changed > 0) {
                    log.info("Retention: {} records of {} anonymised or removed.", changed, task.name());
                }
            } catch (RuntimeException e) {
                log.error("Retention of {} failed: {}", task.name(), e.getClass().getSimpleName());
            }
        }
    }
}
