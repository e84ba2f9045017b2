package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.PartnerService;
import de.lokalwillkommen.office.VenueForm;
import de.lokalwillkommen.office.VenueSummary;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Partner places where teams hold outreach hours (a club house in Marten, a parish hall). */
@Route(value = "admin/venues", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class VenueAdminView extends AdminGridView<VenueSummary> {

    private final PartnerService partners;
    private final EditorDialog<VenueForm> editor;

    public VenueAdminView(PartnerService partners, OfficeService offices) {
        super("admin.venues.title");
        this.partners = partners;
        this.editor = new EditorDialog<>(getTranslation("admin.venues.edit"),
                new VenueFormView(offices.officeRefs(), partners.organisationRefs()), partners::saveVenue, this::refresh);
        grid.addColumn(VenueSummary::name).setHeader(getTranslation("field.name")).setSortProperty("name");
        grid.addColumn(v -> v.address() == null ? "" : v.address()).setHeader(getTranslation("field.address"));
        grid.addColumn(v -> v.office() == null ? "" : v.office()).setHeader(getTranslation("field.office"));
        grid.setItemsPageable(page -> partners.listVenues(
                PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name"))));
    }

    @Override
    void openNew() {
        editor.open(new VenueForm());
    }

    @Override
    void openExisting(VenueSummary row) {
        editor.open(partners.editVenue(row.id()));
    }
}
