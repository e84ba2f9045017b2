package de.lokalwillkommen.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRuleRepository extends JpaRepository<ScheduleRule, Long> {
    List<ScheduleRule> findByOfficeIdOrderByIdAsc(long officeId);

    List<ScheduleRule> findByActiveTrue();
}

interface ClosureRepository extends JpaRepository<Closure, Long> {
    List<Closure> findByOfficeIdAndToGreaterThanEqualOrderByFrom(long officeId, LocalDate from);
}

interface BookingSettingsRepository extends JpaRepository<BookingSettings, Long> {
}

interface WalkInRepository extends JpaRepository<WalkIn, Long> {
    List<WalkIn> findByOfficeIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderByOccurredAt(long officeId,
            LocalDateTime from, LocalDateTime until);
}
