package de.lokalwillkommen.staff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.StaffAccounts.StaffAccountView;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coordination's list of staff accounts: who may sign in, with which role and for which offices. New accounts
 * get a temporary password that must be changed at the first sign-in.
 */
@Route(value = "admin/staff", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class StaffAdminView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final StaffAccounts accounts;
    private final CurrentStaff currentStaff;
    private final Map<Long, String> officeNames;
    private final Grid<StaffAccountView> grid = new Grid<>();

    public StaffAdminView(StaffAccounts accounts, CurrentStaff currentStaff, OfficeDirectory offices) {
        this.accounts = accounts;
        this.currentStaff = currentStaff;
        this.officeNames = offices.contacts().stream()
                .collect(Collectors.toMap(OfficeDirectory.OfficeContact::id, OfficeDirectory.OfficeContact::name));
        Button create = new Button(getTranslation("staffadmin.new"), e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addClassName("lw-ops-staff-grid");
        grid.addColumn(StaffAccountView::username).setHeader(getTranslation("staffadmin.username")).setAutoWidth(true);
        grid.addColumn(StaffAccountView::displayName).setHeader(getTranslation("staffadmin.displayName"));
        grid.addColumn(a -> getTranslation("staffadmin.role." + a.role().name())).setHeader(getTranslation("staffadmin.role"));
        grid.addColumn(this::offices).setHeader(getTranslation("staffadmin.offices"));
        grid.addColumn(this::state).setHeader(getTranslation("staffadmin.state"));
        grid.addComponentColumn(a -> new Button(getTranslation("staffadmin.edit"), e -> open(a)))
                .setHeader(getTranslation("staffadmin.actions"));
        grid.setAllRowsVisible(true);
        getContent().addClassName("lw-ops-page");
        getContent().add(new H1(getTranslation("staffadmin.title")), new Paragraph(getTranslation("staffadmin.intro")),
                create, grid);
        refresh();
    }

    private String offices(StaffAccountView account) {
        if (account.role() == StaffRole.ADMIN) {
            return getTranslation("staff.allOffices");
        }
        return account.officeIds().stream().sorted().map(id -> officeNames.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "));
    }

    private String state(StaffAccountView account) {
        String state = getTranslation(account.active() ? "staffadmin.active" : "staffadmin.inactive");
        return account.mustChangePassword() ? state + " · " + getTranslation("staffadmin.mustChange") : state;
    }

    private void open(StaffAccountView account) {
        long me = currentStaff.get().orElseThrow().accountId();
        new StaffAccountDialog(accounts, officeNames, account, me, this::refresh).open();
    }

    void refresh() {
        grid.setItems(accounts.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staffadmin.title") + " – " + getTranslation("app.name");
    }
}
