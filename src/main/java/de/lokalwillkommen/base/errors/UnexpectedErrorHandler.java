package de.lokalwillkommen.base.errors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import de.lokalwillkommen.base.UserFacingException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every exception a view did not handle during an action (a tap, a change, a dialog's save) ends here:
 * it is logged with an {@link ErrorId}, the person gets a notice in their language with that id and a
 * phone number, the form stays as it was, and a button that disabled itself on the tap is usable again
 * (without this it stayed grey, and the person saw nothing at all).
 */
class UnexpectedErrorHandler extends DefaultErrorHandler {

    /** The attribute a Vaadin button carries while {@code setDisableOnClick(true)} is on. */
    static final String DISABLE_ON_CLICK = "disableonclick";

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final String coordinationPhone;

    UnexpectedErrorHandler(String coordinationPhone) {
        this.coordinationPhone = coordinationPhone;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = findRelevantThrowable(event.getThrowable());
        if (!shouldHandle(failure)) {
            return; // a closed connection and the like: nobody is there to read a notice
        }
        Optional<Component> source = event.getComponent();
        source.ifPresent(UnexpectedErrorHandler::usableAgain);
        @Nullable UI ui = source.flatMap(Component::getUI).orElseGet(UI::getCurrent);
        Optional<UserFacingException> refusal = refusalIn(event.getThrowable());
        if (refusal.isPresent()) {
            // A refusal the view forgot to say: say it, it is not a defect of the system.
            LOG.info("Refusal not handled by its view: {}", refusal.get().messageKey());
            if (ui != null) {
                ErrorNotice.show(ui, ui.getTranslation(refusal.get().messageKey(), refusal.get().args()), "");
            }
            return;
        }
        String id = ErrorId.next();
        LOG.error("Unexpected error {} during an action", id, event.getThrowable());
        if (ui != null) {
            String phone = officePhone(source.orElse(null), ui).orElse(coordinationPhone);
            ErrorNotice.show(ui, ui.getTranslation("error.unexpected", isolate(phone)),
                    ui.getTranslation("error.id", id));
        }
    }

    /**
     * Vaadin disabled the tapped button before the listener ran; the failed listener never enabled it again. Asked by
     * the attribute Vaadin's buttons set for it, not by class: a reference to Button here would put vaadin-button and
     * vaadin-tooltip into every first visit (this handler is loaded eagerly, decision 0030).
     */
    static void usableAgain(Component source) {
        if (source instanceof HasEnabled enabled && source.getElement().hasAttribute(DISABLE_ON_CLICK)) {
            enabled.setEnabled(true);
        }
    }

    /** The office of the page or dialog the person is on, where it knows one. */
    static Optional<String> officePhone(@Nullable Component source, UI ui) {
        for (Component c = source; c != null; c = c.getParent().orElse(null)) {
            if (c instanceof OfficeContact contact) {
                return contact.officePhone();
            }
        }
        // A dialog hangs at the UI, not in the view: ask the views and layouts currently shown.
        for (HasElement target : ui.getInternals().getActiveRouterTargetsChain()) {
            if (target instanceof OfficeContact contact) {
                return contact.officePhone();
            }
        }
        return Optional.empty();
    }

    private static Optional<UserFacingException> refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** A phone number keeps its left-to-right order inside an Arabic sentence. */
    static String isolate(String text) {
        return "\u2068" + text + "\u2069";
    }
}
