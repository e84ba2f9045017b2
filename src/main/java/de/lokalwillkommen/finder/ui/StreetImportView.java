package de.lokalwillkommen.finder.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.finder.FinderService;
import de.lokalwillkommen.finder.ImportPreview;
import de.lokalwillkommen.finder.StreetImport;
import jakarta.annotation.security.RolesAllowed;

/**
 * The coordination imports the city's street directory: upload a CSV file, read the preview (what would
 * be imported, which lines not and why), then replace the directory. Nothing is saved before the button.
 */
@Route(value = "admin/streets", layout = StaffLayout.class)
@RolesAllowed(StaffRole.ADMIN_NAME)
public class StreetImportView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final StreetImport streetImport;
    private final FinderService finder;
    private final Paragraph count = new Paragraph();
    private final Div preview = new Div();

    public StreetImportView(StreetImport streetImport, FinderService finder) {
        this.streetImport = streetImport;
        this.finder = finder;
        Upload upload = new Upload(UploadHandler.inMemory((file, bytes) -> showPreview(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StreetImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(e -> showRefusal(getTranslation("finder.import.rejectedFile")));
        preview.addClassName("lw-contact-import-preview");
        getContent().add(new H1(getTranslation("finder.import.title")), count,
                new Paragraph(getTranslation("finder.import.format")), upload, preview);
        showCount();
    }

    private void showPreview(byte[] bytes) {
        preview.removeAll();
        try {
            ImportPreview checked = streetImport.preview(bytes);
            Button confirm = new Button(getTranslation("finder.import.confirm", checked.accepted().size()),
                    e -> replace(checked));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setDisableOnClick(true);
            confirm.setEnabled(!checked.accepted().isEmpty());
            preview.add(new Paragraph(getTranslation("finder.import.summary", checked.accepted().size(),
                    checked.rejected().size(), String.valueOf(checked.separator()), checked.encoding())));
            if (!checked.rejected().isEmpty()) {
                preview.add(new H2(getTranslation("finder.import.rejected")), rejectedGrid(checked));
            }
            preview.add(new H2(getTranslation("finder.import.accepted")), acceptedGrid(checked), confirm);
        } catch (UserFacingException refused) {
            showRefusal(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private void replace(ImportPreview checked) {
        int saved = streetImport.replaceDirectory(checked);
        preview.removeAll();
        Paragraph done = new Paragraph(getTranslation("finder.import.done", saved, checked.rejected().size()));
        done.getElement().setAttribute("role", "status");
        preview.add(done);
        showCount();
    }

    private Grid<ImportPreview.Rejected> rejectedGrid(ImportPreview checked) {
        Grid<ImportPreview.Rejected> grid = new Grid<>();
        grid.addColumn(r -> r.line() < 0 ? "" : Long.toString(r.line())).setHeader(getTranslation("finder.import.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportPreview.Rejected::content).setHeader(getTranslation("finder.import.content"));
        grid.addColumn(r -> getTranslation(r.reasonKey())).setHeader(getTranslation("finder.import.reason"));
        grid.setItems(checked.rejected());
        grid.setAllRowsVisible(checked.rejected().size() <= 20);
        return grid;
    }

    private Grid<ImportPreview.Row> acceptedGrid(ImportPreview checked) {
        Grid<ImportPreview.Row> grid = new Grid<>();
        grid.addColumn(r -> Long.toString(r.line())).setHeader(getTranslation("finder.import.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportPreview.Row::street).setHeader(getTranslation("field.street"));
        grid.addColumn(ImportPreview.Row::postcode).setHeader(getTranslation("field.postcode"));
        grid.addColumn(r -> r.district().name()).setHeader(getTranslation("field.districts"));
        grid.setItems(checked.accepted());
        return grid;
    }

    private void showRefusal(String message) {
        preview.removeAll();
        Paragraph refusal = new Paragraph(message);
        refusal.addClassName("lw-refusal");
        refusal.getElement().setAttribute("role", "alert");
        preview.add(refusal);
    }

    private void showCount() {
        count.setText(getTranslation("finder.import.count", finder.streetCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finder.import.title") + " – " + getTranslation("app.name");
    }
}
