package de.lokalwillkommen.office;

import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.UserFacingException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offices and the districts they serve: public reading, and editing by the network's coordination. */
@Service
public class OfficeService implements OfficeDirectory {

    private final OfficeRepository offices;
    private final DistrictRepository districts;
    private final VenueRepository venues;
    private final OrganisationRepository organisations;
    private final ObjectProvider<OfficeHoursSource> hours;

    OfficeService(OfficeRepository offices, DistrictRepository districts, VenueRepository venues,
            OrganisationRepository organisations, ObjectProvider<OfficeHoursSource> hours) {
        this.offices = offices;
        this.districts = districts;
        this.venues = venues;
        this.organisations = organisations;
        this.hours = hours;
    }

    /** The office's consultation and outreach hours with their next dates (empty while nobody plans them). */
    public List<OfficeHours> hours(long officeId) {
        OfficeHoursSource source = hours.getIfAvailable();
        return source == null ? List.of() : source.hoursOf(officeId);
    }

    /** The office's next sessions, earliest first. */
    public List<PublicSession> sessions(long officeId, int limit) {
        OfficeHoursSource source = hours.getIfAvailable();
        return source == null ? List.of() : source.sessionsOf(officeId, limit);
    }

    @Transactional(readOnly = true)
    public List<OfficeSummary> listOffices() {
        return offices.findAllByOrderByName().stream().map(Office::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public List<OfficeSummary> listOffices(Pageable page) {
        return offices.findAll(page).map(Office::toSummary).getContent();
    }

    @Transactional(readOnly = true)
    public Optional<OfficeDetails> findBySlug(String slug) {
        return offices.findBySlug(slug).map(office -> office.toDetails(
                venues.findByOfficeIdOrderByName(office.getId()).stream().map(Venue::toSummary).toList()));
    }

    /** The public page data of an office by its id (for features that keep office ids, such as bookings). */
    @Transactional(readOnly = true)
    public Optional<OfficeDetails> findById(long id) {
        return offices.findById(id).map(office -> office.toDetails(
                venues.findByOfficeIdOrderByName(office.getId()).stream().map(Venue::toSummary).toList()));
    }

    /** A partner venue by its id, e.g. where an outreach session takes place. */
    @Transactional(readOnly = true)
    public Optional<VenueSummary> findVenue(long venueId) {
        return venues.findById(venueId).map(Venue::toSummary);
    }

    @Transactional(readOnly = true)
    public List<DistrictRef> listDistricts() {
        return districts.findAllByOrderByName().stream().map(District::toRef).toList();
    }

    /** The offices that serve a district (normally one), for the finder. */
    @Transactional(readOnly = true)
    public List<OfficeSummary> officesServing(long districtId) {
        return offices.findDistinctByDistrictsIdOrderByName(districtId).stream().map(Office::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public List<OfficeRef> officeRefs() {
        return offices.findAllByOrderByName().stream().map(o -> new OfficeRef(o.getId(), o.getName())).toList();
    }

    /** The partner venues where an office's team holds outreach hours, by name. */
    @Transactional(readOnly = true)
    public List<VenueSummary> venuesOf(long officeId) {
        return venues.findByOfficeIdOrderByName(officeId).stream().map(Venue::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public OfficeForm editOffice(long id) {
        return offices.findById(id).map(Office::toForm).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long saveOffice(OfficeForm form) {
        if (form.getSlug().isBlank()) {
            form.setSlug(FieldRules.slugOf(form.getName()));
        }
        check(FieldRules.isName(form.getName()) && FieldRules.isSlug(form.getSlug())
                && FieldRules.isName(form.getCity()) && FieldRules.isOptionalPhone(form.getPhone())
                && FieldRules.isOptionalEmail(form.getEmail()) && FieldRules.isOptionalPostcode(form.getPostcode())
                && FieldRules.isNotes(form.getAccessibilityNotes()) && !form.getDistricts().isEmpty()
                && form.getTeam().stream().allMatch(m -> m.getName().isBlank() || FieldRules.isName(m.getName())));
        Office office = form.getId() == null ? new Office(form.getSlug(), form.getName(), form.getCity())
                : offices.findById(form.getId()).orElseThrow(() -> new UserFacingException("error.notFound"));
        Saving.requireSameVersion(form.getId() == null ? null : office.getVersion(), form.getVersion());
        office.update(form, new HashSet<>(districts.findAllById(
                form.getDistricts().stream().map(DistrictRef::id).toList())));
        office.replaceTeam(form.getTeam().stream().map(m -> new TeamMember(m.getRole(),
                m.getOrganisation() == null ? null : organisations.findById(m.getOrganisation().id()).orElse(null),
                Text.blankToNull(m.getName()))).toList());
        return Saving.save(() -> offices.saveAndFlush(office).getId(), "office.error.duplicate");
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficeContact> contacts() {
        return offices.findAllByOrderByName().stream().map(o -> new OfficeContact(o.getId(), o.getName(),
                String.join(", ", o.districtNames()), Optional.ofNullable(o.getPhone()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> officeName(long officeId) {
        return offices.findById(officeId).map(Office::getName);
    }

    static void check(boolean valid) {
        if (!valid) {
            throw new UserFacingException("validation.invalidForm");
        }
    }

    /** The outcomes of a save that a person can act on, as translatable refusals. */
    static final class Saving {

        private Saving() {
        }

        static void requireSameVersion(Long stored, long submitted) {
            if (stored != null && stored != submitted) {
                throw new UserFacingException("error.changedMeanwhile");
            }
        }

        static long save(java.util.function.LongSupplier save, String duplicateKey) {
            try {
                return save.getAsLong();
            } catch (OptimisticLockingFailureException e) {
                throw new UserFacingException("error.changedMeanwhile");
            } catch (DataIntegrityViolationException e) {
                throw new UserFacingException(duplicateKey);
            }
        }
    }
}
