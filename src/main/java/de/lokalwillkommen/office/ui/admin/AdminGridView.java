package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The common frame of the admin lists: a title, a "new" button and a grid whose rows open the editor. */
abstract class AdminGridView<S> extends Composite<VerticalLayout> implements HasDynamicTitle {

    protected final Grid<S> grid = new Grid<>();
    private final String titleKey;

    AdminGridView(String titleKey) {
        this.titleKey = titleKey;
        Button create = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> openNew());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation(titleKey)), create);
        header.addClassName("lw-admin-header");
        grid.addItemClickListener(e -> openExisting(e.getItem()));
        grid.setSizeFull();
        getContent().add(header, grid);
        getContent().setSizeFull();
    }

    abstract void openNew();

    abstract void openExisting(S row);

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
