package de.lokalwillkommen.notification;

import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.mail.Mailer;
import de.lokalwillkommen.base.mail.TemplatedMail;
import de.lokalwillkommen.volunteer.VolunteerEvents;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The confirmation to a volunteer who registered an offer, in the language of the form, with the reference and
 * the personal link to change, pause or withdraw. Sent after the registration has committed; an offer without an
 * e-mail address (phone only) gets none.
 */
@Component
class VolunteerMails {

    static final String CONFIRMATION = "volunteer.confirmation";

    private final Mailer mailer;
    private final PublicAddress publicAddress;

    VolunteerMails(Mailer mailer, PublicAddress publicAddress) {
        this.mailer = mailer;
        this.publicAddress = publicAddress;
    }

    @TransactionalEventListener
    void on(VolunteerEvents.VolunteerOfferRegistered registered) {
        if (registered.email() == null || registered.email().isBlank()) {
            return;
        }
        mailer.sendAfterCommit(new TemplatedMail(CONFIRMATION, "volunteer:" + registered.offerId(), registered.email(),
                registered.language(), "mail.volunteer.subject", "mail.volunteer.body",
                List.of(registered.reference()), publicAddress.of(registered.managePath()), null, null, List.of()));
    }
}
