package de.lokalwillkommen.volunteer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VolunteerOfferRepository extends JpaRepository<VolunteerOffer, Long> {

    Optional<VolunteerOffer> findByManageToken(String manageToken);

    Optional<VolunteerOffer> findByIdempotencyKey(String idempotencyKey);

    boolean existsByReference(String reference);

    /** Everyone still in the pool or ended but not yet erased: the queue filters in memory (hundreds, not millions). */
    @Query("select o from VolunteerOffer o where o.erasedAt is null order by o.createdAt desc")
    List<VolunteerOffer> findAllNotErased();

    List<VolunteerOffer> findByEmailAndErasedAtIsNull(String email);

    List<VolunteerOffer> findByPhoneAndErasedAtIsNull(String phone);

    /** Ended offers whose last activity lies before the cut-off and whose personal data is still there. */
    @Query("""
            select o from VolunteerOffer o where o.erasedAt is null
              and o.status <> de.lokalwillkommen.volunteer.VolunteerStatus.ACTIVE and o.updatedAt < :cutoff""")
    List<VolunteerOffer> findInactiveBefore(@Param("cutoff") LocalDateTime cutoff);
}

interface VolunteerWithdrawalRepository extends JpaRepository<VolunteerWithdrawal, String> {

    @Modifying
    @Query("delete from VolunteerWithdrawal w where w.withdrawnOn < :cutoff")
    int deleteWithdrawnBefore(@Param("cutoff") LocalDate cutoff);
}

interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByOfficeIdOrderByCreatedAtDesc(long officeId);
}

interface MatchRepository extends JpaRepository<Match, Long> {

    List<Match> findByNeedIdOrderByStartsOn(long needId);

    List<Match> findByOfferIdOrderByStartsOn(long offerId);

    List<Match> findByOfferIdInAndStatus(Collection<Long> offerIds, MatchStatus status);

    Optional<Match> findByNeedIdAndOfferId(long needId, long offerId);
}

interface InterpretingRepository extends JpaRepository<Interpreting, Long> {

    Optional<Interpreting> findByBookingId(long bookingId);

    List<Interpreting> findByBookingIdIn(Collection<Long> bookingIds);

    List<Interpreting> findByOfferId(long offerId);
}
