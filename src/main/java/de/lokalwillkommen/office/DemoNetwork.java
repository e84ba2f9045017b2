package de.lokalwillkommen.office;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dortmund's network as the seed documents describe it (the city's concept paper, press releases
 * 2016–2023). Where they give no address or phone number the field stays empty and the pages say
 * "to be completed" instead of showing an invented one. Runs once, on an empty database.
 */
@Component
@Profile("demo")
@Order(1)
class DemoNetwork implements ApplicationRunner {

    private static final String DORTMUND = "Dortmund";

    private final DistrictRepository districts;
    private final OrganisationRepository organisations;
    private final OfficeRepository offices;
    private final VenueRepository venues;

    DemoNetwork(DistrictRepository districts, OrganisationRepository organisations, OfficeRepository offices,
            VenueRepository venues) {
        this.districts = districts;
        this.organisations = organisations;
        this.offices = offices;
        this.venues = venues;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (districts.count() > 0) {
            return;
        }
        Map<String, District> d = List.of("Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving",
                "Scharnhorst", "Brackel", "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede")
                .stream().map(name -> districts.save(new District(FieldRules.slugOf(name), name)))
                .collect(Collectors.toMap(District::getName, x -> x));
        Organisation city = organisation("Stadt Dortmund – Sozialamt", OrganisationKind.CITY);
        Organisation caritas = organisation("Caritasverband Dortmund e.V.", OrganisationKind.WELFARE_ASSOCIATION);
        Organisation diakonie = organisation("Diakonisches Werk Dortmund und Lünen", OrganisationKind.WELFARE_ASSOCIATION);
        Organisation drk = organisation("Deutsches Rotes Kreuz (DRK) Dortmund", OrganisationKind.WELFARE_ASSOCIATION);
        Organisation ehc = organisation("European Home Care (EHC)", OrganisationKind.WELFARE_ASSOCIATION);
        organisation("Arbeiterwohlfahrt (AWO) Dortmund", OrganisationKind.WELFARE_ASSOCIATION);
        organisation("Projekt Ankommen e.V.", OrganisationKind.INITIATIVE);
        organisation("Train of Hope e.V.", OrganisationKind.INITIATIVE);
        organisation("Africa Positive e.V.", OrganisationKind.INITIATIVE);
        organisation("Verbund sozial-kultureller Migrantenvereine in Dortmund e.V.", OrganisationKind.INITIATIVE);
        organisation("FreiwilligenAgentur Dortmund", OrganisationKind.INITIATIVE);
        organisation("Migrations- und Integrationsagentur Dortmund (MIA-DO)", OrganisationKind.PUBLIC_SERVICE);
        organisation("Jobcenter Dortmund", OrganisationKind.PUBLIC_SERVICE);
        Organisation marten = organisation("Nachbarschaftshilfe „Marten aktiv“ e.V.", OrganisationKind.INITIATIVE);
        Organisation christus = organisation("Ev. Christus-Kirchengemeinde", OrganisationKind.CHURCH_OR_MOSQUE);

        office("Brackel/Aplerbeck", "Brackeler Hellweg 144", "44309", Set.of(d.get("Brackel"), d.get("Aplerbeck")),
                city, caritas);
        office("Mengede/Huckarde", "Westerfilder Straße 54", "44357", Set.of(d.get("Mengede"), d.get("Huckarde")),
                city, diakonie);
        office("Hörde/Hombruch", null, null, Set.of(d.get("Hörde"), d.get("Hombruch")), city, null);
        office("Eving/Scharnhorst", null, null, Set.of(d.get("Eving"), d.get("Scharnhorst")), city, drk);
        Office luedo = office("Lütgendortmund", "Lütgendortmunder Straße 128", "44388",
                Set.of(d.get("Lütgendortmund")), city, ehc);

        venue("Vereinsheim der Nachbarschaftshilfe „Marten aktiv“ e.V.", "In der Meile 1a", "44379", luedo, marten);
        venue("Martin-Luther-King-Haus", "Holtestraße", null, luedo, christus);
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return organisations.save(new Organisation(name, kind));
    }

    private Office office(String name, String street, String postcode, Set<District> served, Organisation city,
            Organisation association) {
        Office office = new Office(FieldRules.slugOf(name), name, DORTMUND);
        OfficeForm form = office.toForm();
        form.setStreet(street == null ? "" : street);
        form.setPostcode(postcode == null ? "" : postcode);
        office.update(form, new LinkedHashSet<>(served));
        office.addTeamMember(new TeamMember(TeamRole.CITY_SOCIAL_WORKER, city, null));
        office.addTeamMember(new TeamMember(TeamRole.ASSOCIATION_SOCIAL_WORKER, association, null));
        return offices.save(office);
    }

    private void venue(String name, String street, String postcode, Office office, Organisation host) {
        Venue venue = new Venue(name, DORTMUND);
        VenueForm form = venue.toForm();
        form.setStreet(street);
        form.setPostcode(postcode == null ? "" : postcode);
        venue.update(form, office, host);
        venues.save(venue);
    }
}
