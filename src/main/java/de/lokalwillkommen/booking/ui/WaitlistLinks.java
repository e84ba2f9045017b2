package de.lokalwillkommen.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.booking.Topic;

/**
 * Links into the waitlist (decision record 0026) by its route: the waitlist feature uses booking's services, so
 * booking must not compile against it. The routes are the waitlist's JoinView ("waitlist/join").
 */
final class WaitlistLinks {

    private WaitlistLinks() {
    }

    /** Below "no free time" and the time choice: wait for a time with what was chosen so far. */
    static Paragraph join(long officeId, BookingDraft draft) {
        Topic topic = draft.getTopic();
        String query = "office=" + officeId + (topic == null ? "" : "&topic=" + topic.name()) + "&language="
                + draft.getLanguage() + "&interpreter=" + draft.isInterpreter() + "&persons=" + draft.getPersons();
        return paragraph(new Anchor("waitlist/join?" + query, ""), "waitlist.join.link");
    }

    /** On the personal booking page (also the confirmation): tell me if something earlier becomes free. */
    static Paragraph earlier(String token) {
        return paragraph(new Anchor("waitlist/join?booking=" + token, ""), "waitlist.earlier.link");
    }

    private static Paragraph paragraph(Anchor link, String key) {
        link.setText(link.getTranslation(key));
        link.addClassName("lw-waitlist-link");
        return new Paragraph(link);
    }
}
