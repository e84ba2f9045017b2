package de.lokalwillkommen.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
class OfficeEditingTest {

    @Autowired
    OfficeService offices;
    @Autowired
    PartnerService partners;

    private long idOf(String slug) {
        return offices.findBySlug(slug).orElseThrow().id();
    }

    @Test
    @WithUserDetails("koordination")
    void theSecondOfTwoEditorsIsToldThatTheOfficeChangedMeanwhile() {
        OfficeForm first = offices.editOffice(idOf("eving-scharnhorst"));
        OfficeForm second = offices.editOffice(idOf("eving-scharnhorst"));
        first.setAccessibilityNotes("Stufenloser Eingang");
        offices.saveOffice(first);
        second.setPhone("0231 123456");
        assertThatThrownBy(() -> offices.saveOffice(second)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.changedMeanwhile");
        assertThat(offices.findBySlug("eving-scharnhorst").orElseThrow().phone()).isNull();
    }

    @Test
    @WithUserDetails("koordination")
    void anOrganisationNameCanExistOnlyOnce() {
        OrganisationForm form = new OrganisationForm();
        form.setName("Caritasverband Dortmund e.V.");
        form.setKind(OrganisationKind.WELFARE_ASSOCIATION);
        assertThatThrownBy(() -> partners.saveOrganisation(form)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("organisation.error.duplicate");
    }

    @Test
    @WithUserDetails("koordination")
    void theServiceRefusesInvalidDataEvenWithoutTheForm() {
        OfficeForm form = new OfficeForm();
        form.setName("Innenstadt-West");
        form.setCity("Dortmund");
        form.setEmail("not-an-address");
        assertThatThrownBy(() -> offices.saveOffice(form)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("validation.invalidForm");
    }

    @Test
    @WithUserDetails("brackel")
    void staffCannotEditOffices() {
        assertThatThrownBy(() -> offices.editOffice(idOf("brackel-aplerbeck")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
