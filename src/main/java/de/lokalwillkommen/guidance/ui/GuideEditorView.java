package de.lokalwillkommen.guidance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import de.lokalwillkommen.base.security.CurrentStaff;
import de.lokalwillkommen.base.ui.StaffLayout;
import de.lokalwillkommen.guidance.GuidanceService;
import de.lokalwillkommen.guidance.TranslationConflictException;
import de.lokalwillkommen.guidance.TranslationEditing;
import de.lokalwillkommen.guidance.TranslationStatus;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * One language of one article beside its German source, with a preview. Saving against a version
 * someone else replaced meanwhile is refused: the text typed here stays, theirs is shown below it.
 */
@Route(value = "staff/guide/:slug/:language", layout = StaffLayout.class)
@PermitAll
public class GuideEditorView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final GuidanceService guidance;
    private final Languages languages;
    private final boolean admin;
    private final Paragraph message = new Paragraph();
    private final Paragraph state = new Paragraph();
    private final Div preview = new Div();
    private final Div theirs = new Div();
    private @Nullable TranslationForm form;
    private @Nullable TranslationEditing editing;
    private String title = "";

    public GuideEditorView(GuidanceService guidance, Languages languages, CurrentStaff staff) {
        this.guidance = guidance;
        this.languages = languages;
        this.admin = staff.get().map(s -> s.isAdmin()).orElse(false);
        message.addClassName("lw-guide-message");
        message.getElement().setAttribute("role", "status");
        preview.addClassName("lw-guide-preview");
        preview.setVisible(false);
        theirs.addClassName("lw-guide-theirs");
        theirs.setVisible(false);
        getContent().addClassName("lw-guide-editor-page");
    }

    static RouteParameters parameters(String slug, String language) {
        return new RouteParameters(java.util.Map.of("slug", slug, "language", language));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Language language = event.getRouteParameters().get("language").flatMap(languages::byCode)
                .orElse(languages.source());
        try {
            editing = guidance.editing(slug, language.code());
        } catch (UserFacingException e) {
            event.forwardTo(GuideMatrixView.class);
            return;
        }
        build(editing, language);
    }

    private void build(TranslationEditing current, Language language) {
        boolean source = language.code().equals(languages.source().code());
        title = current.source().title();
        form = new TranslationForm(language.code(), language.rtl(), source);
        form.show(current.text(), current.status() == TranslationStatus.MACHINE_DRAFT);
        Select<Language> switcher = new Select<>();
        switcher.setLabel(getTranslation("guide.editor.language"));
        switcher.setItems(languages.all());
        switcher.setItemLabelGenerator(l -> l.name() + " (" + l.code() + ")");
        switcher.setValue(language);
        switcher.addValueChangeListener(e -> UI.getCurrent().navigate(GuideEditorView.class,
                parameters(current.slug(), e.getValue().code())));
        Div columns = new Div();
        columns.addClassName("lw-guide-editor");
        if (!source) {
            SourcePanel german = new SourcePanel(getTranslation("guide.editor.source"), current.source(),
                    guidance.preview(current.source().body()), languages.source().code(), languages.source().rtl());
            german.addClassName("lw-guide-source");
            columns.add(german);
        }
        Div mine = new Div(new H2(getTranslation(source ? "guide.editor.source" : "guide.editor.translation")), form,
                actions());
        columns.add(mine);
        showState(current);
        getContent().removeAll();
        getContent().add(new RouterLink(getTranslation("guide.editor.back"), GuideMatrixView.class), new H1(title),
                switcher, state, message, columns, theirs, preview);
    }

    private Div actions() {
        Button save = new Button(getTranslation("guide.editor.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("lw-guide-save");
        Button review = new Button(getTranslation("guide.editor.review"), e -> review());
        review.addClassName("lw-guide-review");
        Button show = new Button(getTranslation("guide.editor.preview"), e -> preview());
        show.addClassName("lw-guide-show-preview");
        Div actions = new Div(save, review, show);
        if (admin) {
            Button publish = new Button(getTranslation("guide.editor.publish"), e -> publish(true));
            publish.addClassName("lw-guide-publish");
            Button unpublish = new Button(getTranslation("guide.editor.unpublish"), e -> publish(false));
            unpublish.addClassName("lw-guide-unpublish");
            actions.add(publish, unpublish);
        }
        actions.addClassName("lw-guide-actions");
        return actions;
    }

    private void save() {
        TranslationEditing current = editing();
        try {
            editing = guidance.save(current.slug(), current.language(), form().text(), form().machine.getValue(),
                    current.version());
            theirs.setVisible(false);
            say("guide.editor.saved");
            showState(editing);
        } catch (TranslationConflictException e) {
            showTheirs();
        } catch (UserFacingException e) {
            say(e.messageKey());
        }
    }

    private void review() {
        TranslationEditing current = editing();
        if (current.version() == null) {
            say("guide.editor.nothingToReview");
            return;
        }
        try {
            editing = guidance.review(current.slug(), current.language(), current.version());
            say("guide.editor.reviewed");
            showState(editing);
        } catch (TranslationConflictException e) {
            showTheirs();
        } catch (UserFacingException e) {
            say(e.messageKey());
        }
    }

    /** Nothing the person typed is touched: their fields stay, the saved text appears beside them. */
    private void showTheirs() {
        TranslationEditing saved = guidance.editing(editing().slug(), editing().language());
        Language language = languages.byCode(saved.language()).orElse(languages.source());
        theirs.removeAll();
        theirs.add(new SourcePanel(getTranslation("guide.editor.theirs"), saved.text(),
                guidance.preview(saved.text().body()), language.code(), language.rtl()));
        theirs.setVisible(true);
        // The next save is a deliberate one, made after seeing the other version.
        editing = saved;
        say("guide.editor.conflict");
        showState(saved);
    }

    private void preview() {
        preview.getElement().setProperty("innerHTML", guidance.preview(form().body.getValue()));
        preview.setVisible(true);
    }

    private void publish(boolean published) {
        guidance.publish(editing().slug(), published);
        editing = guidance.editing(editing().slug(), editing().language());
        say(published ? "guide.editor.published" : "guide.editor.unpublished");
        showState(editing);
    }

    private void showState(TranslationEditing current) {
        String status = getTranslation(current.status().labelKey());
        String published = getTranslation(current.published() ? "guide.editor.published" : "guide.editor.unpublished");
        state.setText(getTranslation("guide.editor.status", status) + " · " + published);
    }

    private void say(String key) {
        message.setText(getTranslation(key));
    }

    private TranslationEditing editing() {
        if (editing == null) {
            throw new IllegalStateException("no article loaded");
        }
        return editing;
    }

    private TranslationForm form() {
        if (form == null) {
            throw new IllegalStateException("no article loaded");
        }
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("guide.staff.title");
    }
}
