package de.lokalwillkommen.base.push;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import de.lokalwillkommen.base.UserFacingException;
import java.util.Locale;

/**
 * "Remind me on this phone": the opt-in to Web Push for one record (a booking now; a waitlist entry or a message
 * conversation later). A small static script (/scripts/lw-push.js, no frontend bundle) finds out what the browser
 * can do, asks for the permission inside the tap, subscribes with the VAPID key and hands the subscription back
 * through {@link #subscribed}; the server stores it through {@link PushSubscriptions}. Where the browser cannot
 * receive push (iPhone Safari outside the home screen, notifications blocked, no service worker) it says so in
 * plain words and explains how to add the app to the home screen. Turning reminders off removes the server's
 * record only: the browser's subscription may serve other bookings.
 */
public class PushOptIn extends Composite<Div> {

    static final String SCRIPT = "scripts/lw-push.js";

    /** What the visitor sees. */
    public enum State { CHECKING, READY, SUBSCRIBED, UNSUBSCRIBED, DENIED, IOS_INSTALL, UNSUPPORTED, FAILED }

    private final PushSubscriptions subscriptions;
    private final OwnerKind kind;
    private final long ownerId;
    private final Paragraph status = new Paragraph();
    private final Button on = new Button();
    private final Button off = new Button();
    private final NativeDetails install = new NativeDetails();
    private State state = State.CHECKING;
    private String endpoint = "";

    public PushOptIn(PushSubscriptions subscriptions, OwnerKind kind, long ownerId) {
        this.subscriptions = subscriptions;
        this.kind = kind;
        this.ownerId = ownerId;
        Div content = getContent();
        content.addClassName("lw-push");
        status.addClassName("lw-push-status");
        status.getElement().setAttribute("role", "status");
        on.addClassName("lw-push-on");
        on.addThemeVariants(ButtonVariant.PRIMARY);
        off.addClassName("lw-push-off");
        off.addClickListener(e -> turnOff());
        install.addClassName("lw-push-install");
        on.setText(getTranslation(key("on")));
        off.setText(getTranslation(key("off")));
        install.setSummaryText(getTranslation("push.optin.install.title"));
        install.setContent(new UnorderedList(new ListItem(getTranslation("push.optin.install.ios")),
                new ListItem(getTranslation("push.optin.install.android")),
                new ListItem(getTranslation("push.optin.install.other"))));
        content.add(new H2(getTranslation(key("title"))), new Paragraph(getTranslation(explainKey())),
                on, off, status, install);
        show(State.CHECKING);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("""
                const element = this;
                const run = () => window.lwPush && window.lwPush.attach(element, $1);
                if (window.lwPush) { run(); return; }
                const script = document.createElement('script');
                script.src = $0;
                script.onload = run;
                document.head.appendChild(script);""", SCRIPT, subscriptions.publicKey());
    }

    /**
     * What the browser can do ({@code ready}, {@code denied}, {@code ios-install}, {@code unsupported},
     * {@code failed}) and the endpoint of its current subscription, if it has one.
     */
    @ClientCallable
    public void capability(String capability, String currentEndpoint) {
        endpoint = currentEndpoint == null ? "" : currentEndpoint;
        if (!endpoint.isEmpty() && subscriptions.isSubscribed(kind, ownerId, endpoint)) {
            show(State.SUBSCRIBED);
            return;
        }
        show(switch (capability) {
            case "ready" -> state == State.UNSUBSCRIBED ? State.UNSUBSCRIBED : State.READY;
            case "denied" -> State.DENIED;
            case "ios-install" -> State.IOS_INSTALL;
            case "unsupported" -> State.UNSUPPORTED;
            default -> State.FAILED;
        });
    }

    /** The browser subscribed (after the visitor's tap and permission): store it for this record. */
    @ClientCallable
    public void subscribed(String newEndpoint, String p256dh, String auth) {
        try {
            // The whole tag: a Dari reader ("fa-AF") gets Dari notices, not Farsi ones.
            String language = getLocale() == null ? "de" : getLocale().toLanguageTag();
            subscriptions.subscribe(kind, ownerId, new BrowserSubscription(newEndpoint, p256dh, auth), language);
            endpoint = newEndpoint;
            show(State.SUBSCRIBED);
        } catch (UserFacingException refused) {
            show(State.FAILED);
            status.setText(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private void turnOff() {
        if (!endpoint.isEmpty()) {
            subscriptions.unsubscribe(kind, ownerId, endpoint);
        }
        show(State.UNSUBSCRIBED);
    }

    public State state() {
        return state;
    }

    private void show(State shown) {
        state = shown;
        on.setVisible(shown == State.READY || shown == State.UNSUBSCRIBED || shown == State.FAILED
                || shown == State.DENIED);
        on.setEnabled(shown != State.DENIED);
        off.setVisible(shown == State.SUBSCRIBED);
        install.setVisible(shown == State.IOS_INSTALL || shown == State.UNSUPPORTED);
        install.setOpen(shown == State.IOS_INSTALL);
        getContent().getElement().setAttribute("data-state", shown.name().toLowerCase(Locale.ROOT));
        status.setText(switch (shown) {
            case CHECKING, READY -> "";
            case SUBSCRIBED -> getTranslation(key("subscribed"));
            case UNSUBSCRIBED -> getTranslation(key("unsubscribed"));
            case DENIED -> getTranslation("push.optin.denied");
            case IOS_INSTALL -> getTranslation(key("ios"));
            case UNSUPPORTED -> getTranslation(key("unsupported"));
            case FAILED -> getTranslation(key("failed"));
        });
        status.setVisible(!status.getText().isEmpty());
    }

    /**
     * A booking's texts speak of reminders; a waitlist entry or a conversation gets notices, not reminders, so
     * their texts say "notifications" and explain what that record's notices are.
     */
    private String key(String text) {
        return kind == OwnerKind.BOOKING ? "push.optin." + text : "push.optin.any." + text;
    }

    private String explainKey() {
        return kind == OwnerKind.BOOKING ? "push.optin.explain"
                : "push.optin." + kind.name().toLowerCase(Locale.ROOT) + ".explain";
    }
}
