package de.lokalwillkommen.office;

import de.lokalwillkommen.base.UserFacingException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner network around the offices: organisations, and the venues where outreach hours are held. */
@Service
public class PartnerService {

    private final OrganisationRepository organisations;
    private final VenueRepository venues;
    private final OfficeRepository offices;
    private final OrganisationInternalRepository internals;
    private final DistrictRepository districts;

    PartnerService(OrganisationRepository organisations, VenueRepository venues, OfficeRepository offices,
            OrganisationInternalRepository internals, DistrictRepository districts) {
        this.organisations = organisations;
        this.venues = venues;
        this.offices = offices;
        this.internals = internals;
        this.districts = districts;
    }

    /** The public partner directory, by name, optionally only one kind and/or one district. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> directory(@Nullable OrganisationKind kind, @Nullable Long districtId) {
        return organisations.findAllByOrderByName().stream()
                .filter(o -> kind == null || o.getKind() == kind)
                .filter(o -> districtId == null || o.serves(districtId))
                .map(Organisation::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> listOrganisations(Pageable page) {
        return organisations.findAll(page).map(Organisation::toSummary).getContent();
    }

    @Transactional(readOnly = true)
    public List<OrganisationRef> organisationRefs() {
        return organisations.findAllByOrderByName().stream().map(Organisation::toRef).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationForm editOrganisation(long id) {
        OrganisationForm form = organisations.findById(id).map(Organisation::toForm)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        internals.findById(id).ifPresent(internal -> internal.copyTo(form));
        return form;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long saveOrganisation(OrganisationForm form) {
        OfficeService.check(FieldRules.isName(form.getName()) && FieldRules.isOptionalPhone(form.getPhone())
                && FieldRules.isOptionalEmail(form.getEmail()) && FieldRules.isOptionalWebsite(form.getWebsite())
                && form.getAddress().length() <= 300 && FieldRules.isNotes(form.getInternalNotes())
                && form.getContactPerson().length() <= FieldRules.NAME_MAX);
        Organisation organisation = form.getId() == null ? new Organisation(form.getName(), form.getKind())
                : organisations.findById(form.getId()).orElseThrow(() -> new UserFacingException("error.notFound"));
        OfficeService.Saving.requireSameVersion(form.getId() == null ? null : organisation.getVersion(),
                form.getVersion());
        organisation.update(form, new java.util.HashSet<>(districts.findAllById(
                form.getDistricts().stream().map(DistrictRef::id).toList())));
        long id = OfficeService.Saving.save(() -> organisations.saveAndFlush(organisation).getId(),
                "organisation.error.duplicate");
        OrganisationInternal internal = internals.findById(id).orElseGet(() -> new OrganisationInternal(id));
        internal.update(form);
        internals.save(internal);
        return id;
    }

    @Transactional(readOnly = true)
    public List<VenueSummary> listVenues(Pageable page) {
        return venues.findAll(page).map(Venue::toSummary).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public VenueForm editVenue(long id) {
        return venues.findById(id).map(Venue::toForm).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long saveVenue(VenueForm form) {
        OfficeService.check(FieldRules.isName(form.getName()) && FieldRules.isName(form.getCity())
                && FieldRules.isOptionalPostcode(form.getPostcode()) && FieldRules.isNotes(form.getAccessibilityNotes()));
        Venue venue = form.getId() == null ? new Venue(form.getName(), form.getCity())
                : venues.findById(form.getId()).orElseThrow(() -> new UserFacingException("error.notFound"));
        OfficeService.Saving.requireSameVersion(form.getId() == null ? null : venue.getVersion(), form.getVersion());
        venue.update(form,
                form.getOffice() == null ? null : offices.findById(form.getOffice().id()).orElse(null),
                form.getOrganisation() == null ? null : organisations.findById(form.getOrganisation().id()).orElse(null));
        return OfficeService.Saving.save(() -> venues.saveAndFlush(venue).getId(), "venue.error.duplicate");
    }
}
