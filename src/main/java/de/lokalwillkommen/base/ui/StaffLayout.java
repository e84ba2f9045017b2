package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.lokalwillkommen.base.OfficeDirectory;
import de.lokalwillkommen.base.i18n.UiLanguage;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.security.SignedInStaff;
import de.lokalwillkommen.base.security.StaffAccounts;
import de.lokalwillkommen.base.security.ui.ChangePasswordView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The staff workspace: navigation that features extend, who is signed in for which office, sign-out. */
@PermitAll
public class StaffLayout extends AppLayout implements BeforeEnterObserver {

    private final CurrentStaff currentStaff;
    private final StaffAccounts accounts;

    public StaffLayout(CurrentStaff currentStaff, StaffAccounts accounts, List<StaffMenuEntry> entries,
            OfficeDirectory offices, UiLanguage uiLanguage) {
        this.currentStaff = currentStaff;
        this.accounts = accounts;
        addClassName("lw-staff");
        SignedInStaff staff = currentStaff.get().orElseThrow();
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("lw-staff-title");
        Span who = new Span(getTranslation("staff.signedInAs", staff.displayName(), officesOf(staff, offices)));
        who.addClassName("lw-staff-who");
        Button signOut = new Button(getTranslation("staff.signOut"), VaadinIcon.SIGN_OUT.create(),
                e -> currentStaff.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div bar = new Div(title, who, new LanguageSwitcher(uiLanguage), signOut);
        bar.addClassName("lw-staff-bar");
        addToNavbar(new DrawerToggle(), bar);
        // The drawer's foot is the staff pages' footer: the privacy notice, imprint and accessibility statement.
        Footer footer = new Footer(LegalLinks.footer());
        footer.addClassName("lw-staff-footer");
        addToDrawer(navigation(staff, entries), footer);
        setPrimarySection(Section.DRAWER);
    }

    /** An account with a temporary password can do nothing else until the password is changed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A deactivated account is signed out at its next step, not only at its next sign-in.
        if (currentStaff.get().map(s -> !accounts.isActive(s.accountId())).orElse(false)) {
            currentStaff.signOut();
            return;
        }
        boolean mustChange = currentStaff.get().map(s -> accounts.mustChangePassword(s.accountId())).orElse(false);
        if (mustChange && event.getNavigationTarget() != ChangePasswordView.class) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    private SideNav navigation(SignedInStaff staff, List<StaffMenuEntry> entries) {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("staff.navigation"));
        entries.stream()
                .filter(entry -> staff.isAdmin() || !entry.adminOnly())
                .sorted(Comparator.comparingInt(StaffMenuEntry::order))
                .forEach(entry -> nav.addItem(
                        new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create())));
        return nav;
    }

    private String officesOf(SignedInStaff staff, OfficeDirectory offices) {
        if (staff.isAdmin()) {
            return getTranslation("staff.allOffices");
        }
        return staff.officeIds().stream().sorted()
                .map(id -> offices.officeName(id).orElse("#" + id))
                .collect(Collectors.joining(", "));
    }
}
