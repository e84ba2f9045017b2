package de.lokalwillkommen.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the office tables must do on every database we run on. Subclasses run it on H2 and on a
 * real PostgreSQL; both start from the Flyway migrations and Hibernate validates the schema.
 */
@Transactional
abstract class OfficePersistenceContract {

    @Autowired
    OfficeRepository offices;
    @Autowired
    DistrictRepository districts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    VenueRepository venues;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsCreateEveryTableTheEntitiesNeed() {
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(applied).isPositive();
        assertThat(offices.count()).isZero();
    }

    @Test
    void storesAnOfficeWithItsDistrictsTeamAndVenue() {
        District brackel = districts.save(new District("brackel", "Brackel"));
        District aplerbeck = districts.save(new District("aplerbeck", "Aplerbeck"));
        Organisation caritas = organisations.save(new Organisation("Caritasverband Dortmund e.V.",
                OrganisationKind.WELFARE_ASSOCIATION));
        Office office = new Office("brackel-aplerbeck", "Brackel/Aplerbeck", "Dortmund");
        OfficeForm form = office.toForm();
        form.setStreet("Brackeler Hellweg 144");
        form.setPostcode("44309");
        form.setLanguages(new java.util.LinkedHashSet<>(java.util.List.of("de", "ar")));
        office.update(form, Set.of(brackel, aplerbeck));
        office.addTeamMember(new TeamMember(TeamRole.ASSOCIATION_SOCIAL_WORKER, caritas, null));
        Office saved = offices.saveAndFlush(office);
        Venue venue = new Venue("Kommende Brackel", "Dortmund");
        venue.update(venue.toForm(), saved, caritas);
        venues.saveAndFlush(venue);

        OfficeDetails details = offices.findBySlug("brackel-aplerbeck").orElseThrow()
                .toDetails(venues.findByOfficeIdOrderByName(saved.getId()).stream().map(Venue::toSummary).toList());
        assertThat(details.districts()).containsExactly("Aplerbeck", "Brackel");
        assertThat(details.address()).isEqualTo("Brackeler Hellweg 144, 44309 Dortmund");
        assertThat(details.languages()).containsExactly("de", "ar");
        assertThat(details.team()).extracting(TeamMemberView::organisation).containsExactly("Caritasverband Dortmund e.V.");
        assertThat(details.venues()).extracting(VenueSummary::name).containsExactly("Kommende Brackel");
    }

    @Test
    void refusesTwoOfficesWithTheSameAddressInTheUrl() {
        offices.saveAndFlush(new Office("eving-scharnhorst", "Eving/Scharnhorst", "Dortmund"));
        assertThatThrownBy(() -> offices.saveAndFlush(new Office("eving-scharnhorst", "Eving", "Dortmund")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
