package de.lokalwillkommen.staff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.client.SharedNetworks;
import de.lokalwillkommen.base.client.SharedNetworks.SharedNetwork;
import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coordination's list of shared networks (a shelter's Wi-Fi): who sits behind one shares a multiple of the
 * per-client limits. ADMIN only, because a range counts for every office (docs/decisions/0023).
 */
@Route(value = "admin/shared-networks", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class SharedNetworksView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final SharedNetworks networks;
    private final Map<Long, String> officeNames;
    final SharedNetworkForm form;
    final Grid<SharedNetwork> grid = new Grid<>();

    public SharedNetworksView(SharedNetworks networks, OfficeDirectory offices) {
        this.networks = networks;
        this.officeNames = offices.contacts().stream()
                .collect(Collectors.toMap(OfficeDirectory.OfficeContact::id, OfficeDirectory.OfficeContact::name));
        this.form = new SharedNetworkForm(networks, officeNames, this::refresh);
        grid.addColumn(SharedNetwork::cidr).setHeader(getTranslation("sharednetwork.cidr")).setAutoWidth(true);
        grid.addColumn(n -> "× " + n.factor()).setHeader(getTranslation("sharednetwork.factor")).setAutoWidth(true);
        grid.addColumn(SharedNetwork::label).setHeader(getTranslation("sharednetwork.label"));
        grid.addColumn(n -> n.officeId() == null ? "–" : officeNames.getOrDefault(n.officeId(), "#" + n.officeId()))
                .setHeader(getTranslation("sharednetwork.office"));
        grid.addColumn(n -> n.createdBy() + ", " + LocalDates.of(this).day(n.createdAt().toLocalDate()))
                .setHeader(getTranslation("sharednetwork.added"));
        grid.addComponentColumn(n -> new Button(getTranslation("sharednetwork.remove"), e -> remove(n)))
                .setHeader(getTranslation("staffadmin.actions"));
        grid.setAllRowsVisible(true);
        getContent().addClassName("lw-ops-page");
        getContent().add(new H1(getTranslation("sharednetwork.title")),
                new Paragraph(getTranslation("sharednetwork.intro")), form, grid);
        refresh();
    }

    private void remove(SharedNetwork network) {
        networks.remove(network.id());
        Notification.show(getTranslation("sharednetwork.removed", network.cidr()));
        refresh();
    }

    void refresh() {
        grid.setItems(networks.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sharednetwork.title") + " – " + getTranslation("app.name");
    }
}
