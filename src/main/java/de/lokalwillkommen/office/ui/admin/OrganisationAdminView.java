package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.OrganisationForm;
import de.lokalwillkommen.office.OrganisationSummary;
import de.lokalwillkommen.office.PartnerService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The partner organisations: welfare associations, churches, clubs, public services. */
@Route(value = "admin/organisations", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class OrganisationAdminView extends AdminGridView<OrganisationSummary> {

    private final PartnerService partners;
    private final EditorDialog<OrganisationForm> editor;

    public OrganisationAdminView(PartnerService partners, OfficeService offices, Languages languages) {
        super("admin.organisations.title");
        this.partners = partners;
        this.editor = new EditorDialog<>(getTranslation("admin.organisations.edit"),
                new OrganisationFormView(offices.listDistricts(), languages),
                partners::saveOrganisation, this::refresh);
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("field.name")).setSortProperty("name");
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind().name())).setHeader(getTranslation("field.kind"));
        grid.addColumn(o -> o.phone() == null ? "" : o.phone()).setHeader(getTranslation("field.phone"));
        grid.setItemsPageable(page -> partners.listOrganisations(
                PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name"))));
    }

    @Override
    void openNew() {
        editor.open(new OrganisationForm());
    }

    @Override
    void openExisting(OrganisationSummary row) {
        editor.open(partners.editOrganisation(row.id()));
    }
}
