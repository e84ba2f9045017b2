package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.office.OfficeForm;
import de.lokalwillkommen.office.OfficeService;
import de.lokalwillkommen.office.OfficeSummary;
import de.lokalwillkommen.office.PartnerService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The network's offices as data: address, contact, districts served, languages, accessibility. */
@Route(value = "admin/offices", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class OfficeAdminView extends AdminGridView<OfficeSummary> {

    private final OfficeService offices;
    private final EditorDialog<OfficeForm> editor;

    public OfficeAdminView(OfficeService offices, PartnerService partners, Languages languages) {
        super("admin.offices.title");
        this.offices = offices;
        this.editor = new EditorDialog<>(getTranslation("admin.offices.edit"),
                new OfficeFormView(offices.listDistricts(), partners.organisationRefs(), languages), offices::saveOffice, this::refresh);
        grid.addColumn(OfficeSummary::name).setHeader(getTranslation("field.name")).setSortProperty("name");
        grid.addColumn(o -> String.join(", ", o.districts())).setHeader(getTranslation("field.districts"));
        grid.addColumn(o -> o.address() == null ? getTranslation("office.toBeCompleted") : o.address())
                .setHeader(getTranslation("field.address"));
        grid.setItemsPageable(page -> offices.listOffices(
                PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name"))));
    }

    @Override
    void openNew() {
        editor.open(new OfficeForm());
    }

    @Override
    void openExisting(OfficeSummary row) {
        editor.open(offices.editOffice(row.id()));
    }
}
