package de.lokalwillkommen.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.audit.AuditAction;
import de.lokalwillkommen.base.audit.AuditEntry;
import de.lokalwillkommen.base.audit.AuditLog;
import de.lokalwillkommen.base.audit.AuditQuery;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log for the network's coordination: who opened or changed which record, when. Read only: the
 * application has no way to change or remove a line (only the retention job removes old ones).
 */
@Route(value = "admin/audit", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class AuditLogView extends Composite<VerticalLayout> implements HasDynamicTitle {

    static final int LIMIT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final OfficeDirectory offices;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField actor = new TextField();
    final Select<AuditAction> action = new Select<>();
    final Select<String> recordType = new Select<>();
    final TextField recordId = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public AuditLogView(AuditLog audit, OfficeDirectory offices, MunicipalityProperties municipality, Clock clock) {
        this.audit = audit;
        this.offices = offices;
        from.setLabel(getTranslation("audit.from"));
        from.setValue(municipality.now(clock).toLocalDate().minusDays(7));
        to.setLabel(getTranslation("audit.to"));
        actor.setLabel(getTranslation("audit.actor"));
        action.setLabel(getTranslation("audit.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.any"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.any") : getTranslation("audit.action." + a.name()));
        recordType.setLabel(getTranslation("audit.recordType"));
        recordType.setEmptySelectionAllowed(true);
        recordType.setEmptySelectionCaption(getTranslation("audit.any"));
        recordType.setItems(audit.recordTypes());
        recordId.setLabel(getTranslation("audit.recordId"));
        Button search = new Button(getTranslation("audit.search"), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addClassName("lw-ops-audit-grid");
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name())).setHeader(getTranslation("audit.action"));
        grid.addColumn(e -> e.recordType() + (e.recordId() == null ? "" : " #" + e.recordId()))
                .setHeader(getTranslation("audit.record"));
        grid.addColumn(e -> e.officeId() == null ? "" : offices.officeName(e.officeId()).orElse("#" + e.officeId()))
                .setHeader(getTranslation("audit.office"));
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail"));
        getContent().addClassName("lw-ops-page");
        getContent().add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")),
                new FormLayout(from, to, actor, action, recordType, recordId), search, count, grid);
        search();
    }

    void search() {
        List<AuditEntry> found = audit.search(new AuditQuery(from.getValue(), to.getValue(), actor.getValue(),
                action.getValue(), recordType.getValue(), recordId.getValue(), null), LIMIT);
        grid.setItems(found);
        count.setText(getTranslation(found.size() >= LIMIT ? "audit.countLimited" : "audit.count", found.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.name");
    }
}
