package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.TranslationCell;
import de.lokalwillkommen.guidance.TranslationStatus;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * Articles × languages with the status of each translation, so staff see at a glance what is
 * missing or outdated; a click on a cell opens the editor for that article and language.
 */
@Route(value = "staff/guide", layout = StaffLayout.class)
@PermitAll
public class GuideMatrixView extends Composite<VerticalLayout> implements HasDynamicTitle {

    private final Grid<TranslationCell> grid = new Grid<>();

    public GuideMatrixView(GuidanceService guidance, Languages languages) {
        grid.addClassName("lw-guide-matrix");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(TranslationCell::germanTitle).setKey("article").setHeader(getTranslation("guide.staff.article"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.published() ? "guide.staff.yes" : "guide.staff.no"))
                .setKey("published").setHeader(getTranslation("guide.staff.published")).setAutoWidth(true);
        for (Language language : languages.all()) {
            grid.addColumn(c -> getTranslation(status(c, language).labelKey())).setKey(language.code())
                    .setHeader(language.code() + (language.reviewed() ? "" : " *"))
                    .setTooltipGenerator(c -> language.name() + (language.reviewed() ? ""
                            : " – " + getTranslation("guide.staff.unreviewed.short")))
                    .setAutoWidth(true)
                    .setPartNameGenerator(c -> "lw-guide-cell-" + status(c, language).name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'));
        }
        grid.setItems(guidance.matrix());
        grid.addItemClickListener(e -> open(e.getItem(), e.getColumn() == null ? null : e.getColumn().getKey(),
                languages));
        getContent().setSizeFull();
        getContent().add(new H1(getTranslation("guide.staff.title")), new Paragraph(getTranslation("guide.staff.intro")),
                grid, unreviewedNote(languages));
    }

    /** Says plainly which languages' texts no native speaker has read yet (issue 17): staff weigh drafts by it. */
    private Paragraph unreviewedNote(Languages languages) {
        String codes = String.join(", ", languages.all().stream().filter(l -> !l.reviewed())
                .map(l -> l.name() + " (" + l.code() + ")").toList());
        Paragraph note = new Paragraph(getTranslation("guide.staff.unreviewed", codes));
        note.addClassName("lw-guide-unreviewed");
        note.setVisible(!codes.isEmpty());
        return note;
    }

    private static TranslationStatus status(TranslationCell cell, Language language) {
        return cell.statuses().getOrDefault(language.code(), TranslationStatus.MISSING);
    }

    private static void open(TranslationCell cell, String columnKey, Languages languages) {
        String language = columnKey == null || languages.byCode(columnKey).isEmpty() ? languages.source().code() : columnKey;
        UI.getCurrent().navigate(GuideEditorView.class, GuideEditorView.parameters(cell.slug(), language));
    }

    Grid<TranslationCell> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.staff.title") + " – " + getTranslation("app.name");
    }
}
