package de.lokalwillkommen.event;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<CommunityEvent, Long> {

    List<CommunityEvent> findByOfficeIdAndEndGreaterThanEqualOrderByStart(long officeId, LocalDateTime from);

    List<CommunityEvent> findByEndGreaterThanEqualOrderByStart(LocalDateTime from, Limit limit);
}
