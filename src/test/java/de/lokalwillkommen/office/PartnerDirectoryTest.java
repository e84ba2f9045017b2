package de.lokalwillkommen.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.office.ui.PartnersView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The partner directory shows the public fields and never the staff-only ones. */
@WithUserDetails("koordination")
public class PartnerDirectoryTest extends GermanUiTest {

    @Autowired
    PartnerService partners;
    @Autowired
    OfficeService offices;

    /** A test organisation with public fields and staff-only ones; its name is unique per call. */
    public static long partnerWithSecrets(PartnerService partners, OfficeService offices, String name) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setKind(OrganisationKind.SPORTS_CLUB);
        form.setPhone("0231 998877");
        form.setAddress("Westerfilder Straße 54, 44357 Dortmund");
        form.setLanguages(new LinkedHashSet<>(List.of("de", "tr")));
        form.setDistricts(Set.of(offices.listDistricts().stream().filter(d -> d.name().equals("Mengede")).findFirst().orElseThrow()));
        form.setContactPerson("Frau Vertraulich");
        form.setInternalNotes("Nur intern: Schlüssel beim Hausmeister");
        return partners.saveOrganisation(form);
    }

    @Test
    void theEditorKeepsStaffOnlyFieldsApartAndTheDirectoryShowsOnlyPublicOnes() {
        long id = partnerWithSecrets(partners, offices, "Sportverein Test Westerfilde");

        OrganisationForm edited = partners.editOrganisation(id);
        assertThat(edited.getContactPerson()).isEqualTo("Frau Vertraulich");
        assertThat(edited.getInternalNotes()).isEqualTo("Nur intern: Schlüssel beim Hausmeister");
        long mengede = edited.getDistricts().iterator().next().id();
        assertThat(partners.directory(OrganisationKind.SPORTS_CLUB, mengede)).extracting(OrganisationSummary::name)
                .contains("Sportverein Test Westerfilde");
        assertThat(partners.directory(OrganisationKind.CHURCH_OR_MOSQUE, null)).extracting(OrganisationSummary::name)
                .doesNotContain("Sportverein Test Westerfilde");

        navigate(PartnersView.class);
        assertThat($view(H2.class).all().stream().map(H2::getText)).contains("Sportverein Test Westerfilde");
        List<String> texts = $view(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        assertThat(texts).contains("Zuständig für: Mengede", "Sprachen: Deutsch, Türkçe", "Westerfilder Straße 54, 44357 Dortmund");
        assertThat(String.join(" ", texts)).doesNotContain("Vertraulich").doesNotContain("Hausmeister");
    }
}
