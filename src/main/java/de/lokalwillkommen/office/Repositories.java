package de.lokalwillkommen.office;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {
    List<District> findAllByOrderByName();
}

interface OrganisationRepository extends JpaRepository<Organisation, Long> {
    List<Organisation> findAllByOrderByName();

    Optional<Organisation> findByName(String name);
}

interface OrganisationInternalRepository extends JpaRepository<OrganisationInternal, Long> {
}

interface OfficeRepository extends JpaRepository<Office, Long> {
    List<Office> findAllByOrderByName();

    Optional<Office> findBySlug(String slug);

    List<Office> findDistinctByDistrictsIdOrderByName(Long districtId);
}

interface VenueRepository extends JpaRepository<Venue, Long> {
    List<Venue> findAllByOrderByName();

    List<Venue> findByOfficeIdOrderByName(Long officeId);
}
