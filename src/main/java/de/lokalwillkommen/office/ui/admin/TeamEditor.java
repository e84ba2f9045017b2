package de.lokalwillkommen.office.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.lokalwillkommen.office.FieldRules;
import de.lokalwillkommen.office.OrganisationRef;
import de.lokalwillkommen.office.TeamMemberForm;
import de.lokalwillkommen.office.TeamRole;
import java.util.ArrayList;
import java.util.List;

/** The team of an office as editable rows: role, organisation, optional name; rows can be added and removed. */
class TeamEditor extends CustomField<List<TeamMemberForm>> {

    private final List<OrganisationRef> organisations;
    private final Div rows = new Div();
    private final List<Row> current = new ArrayList<>();

    TeamEditor(List<OrganisationRef> organisations) {
        this.organisations = organisations;
        setLabel(getTranslation("field.team"));
        Button add = new Button(getTranslation("team.add"), VaadinIcon.PLUS.create(), e -> addRow(new TeamMemberForm()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rows.addClassName("lw-team-rows");
        add(rows, add);
    }

    private void addRow(TeamMemberForm member) {
        Row row = new Row(member);
        current.add(row);
        rows.add(row.layout);
        updateValue();
    }

    @Override
    protected List<TeamMemberForm> generateModelValue() {
        return current.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<TeamMemberForm> team) {
        current.clear();
        rows.removeAll();
        (team == null ? List.<TeamMemberForm>of() : team).forEach(this::addRow);
    }

    /** Whether every row is complete enough to save; the invalid fields are marked. */
    boolean rowsValid() {
        return current.stream().allMatch(Row::valid);
    }

    private final class Row {
        final Select<TeamRole> role = new Select<>();
        final ComboBox<OrganisationRef> organisation = new ComboBox<>();
        final TextField name = new TextField();
        final Div layout = new Div();

        Row(TeamMemberForm member) {
            role.setItems(TeamRole.values());
            role.setItemLabelGenerator(r -> getTranslation("team.role." + r.name()));
            role.setAriaLabel(getTranslation("field.role"));
            role.setValue(member.getRole());
            organisation.setItems(organisations);
            organisation.setItemLabelGenerator(OrganisationRef::name);
            organisation.setAriaLabel(getTranslation("field.organisation"));
            organisation.setPlaceholder(getTranslation("field.organisation"));
            organisation.setValue(member.getOrganisation());
            name.setPlaceholder(getTranslation("field.personName"));
            name.setAriaLabel(getTranslation("field.personName"));
            name.setMaxLength(FieldRules.NAME_MAX);
            name.setValue(member.getName());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove());
            remove.setAriaLabel(getTranslation("team.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            role.addValueChangeListener(e -> updateValue());
            organisation.addValueChangeListener(e -> updateValue());
            name.addValueChangeListener(e -> updateValue());
            layout.addClassName("lw-team-row");
            layout.add(role, organisation, name, remove);
        }

        TeamMemberForm value() {
            return new TeamMemberForm(role.getValue(), organisation.getValue(), name.getValue());
        }

        boolean valid() {
            boolean ok = name.getValue().isBlank() || FieldRules.isName(name.getValue());
            name.setInvalid(!ok);
            name.setErrorMessage(getTranslation("validation.tooLong"));
            return ok;
        }

        void remove() {
            current.remove(this);
            rows.remove(layout);
            updateValue();
        }
    }
}
