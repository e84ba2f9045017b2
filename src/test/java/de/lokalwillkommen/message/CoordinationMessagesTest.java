package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.office.OfficeService;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Reports of accessibility barriers reach the coordination's own inbox, which only ADMIN opens. */
@AppTest
class CoordinationMessagesTest {

    @Autowired
    MessageService messages;
    @Autowired
    OfficeService offices;

    private static MessageRequest report(MessageCategory category, String key) {
        return new MessageRequest("", category, "Der Knopf zum Buchen ist mit dem Screenreader nicht zu finden.", "de",
                "Ada", "", "ada@example.com", true, key, "client-" + UUID.randomUUID());
    }

    private static final EnumSet<MessageStatus> ALL = EnumSet.allOf(MessageStatus.class);

    @Test
    @WithUserDetails("koordination")
    void aBarrierReportLandsInTheCoordinationsInboxAndInNoOfficesInbox() {
        MessageReceipt receipt = messages.sendToCoordination(report(MessageCategory.ACCESSIBILITY, UUID.randomUUID().toString()));
        assertThat(receipt.officeName()).contains("Koordination");
        MessageSummary row = messages.inbox(null, ALL, 0, 500).stream()
                .filter(m -> m.reference().equals(receipt.reference())).findFirst().orElseThrow();
        assertThat(row.category()).isEqualTo(MessageCategory.ACCESSIBILITY);
        assertThat(messages.open(null, row.id()).text()).contains("Screenreader");
        long brackel = offices.findBySlug("brackel-aplerbeck").orElseThrow().id();
        assertThat(messages.inbox(brackel, ALL, 0, 500)).noneMatch(m -> m.reference().equals(receipt.reference()));
        assertThat(messages.changeStatus(null, row.id(), messages.open(null, row.id()).version(), MessageStatus.CLOSED)
                .status()).isEqualTo(MessageStatus.CLOSED);
    }

    @Test
    @WithUserDetails("brackel")
    void anOfficeTeamCannotOpenTheCoordinationsInbox() {
        assertThatThrownBy(() -> messages.inbox(null, ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.count(null, ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyBarrierReportsGoToTheCoordinationAndASecondTapSendsOnce() {
        assertThatThrownBy(() -> messages.sendToCoordination(report(MessageCategory.LANDLORD, UUID.randomUUID().toString())))
                .isInstanceOf(UserFacingException.class);
        String key = UUID.randomUUID().toString();
        String first = messages.sendToCoordination(report(MessageCategory.ACCESSIBILITY, key)).reference();
        assertThat(messages.sendToCoordination(report(MessageCategory.ACCESSIBILITY, key)).reference()).isEqualTo(first);
    }

    @Test
    void aBarrierReportWithoutConsentIsRefused() {
        MessageRequest withoutConsent = new MessageRequest("", MessageCategory.ACCESSIBILITY, "Kontrast zu schwach.", "de",
                "", "", "", false, UUID.randomUUID().toString(), null);
        assertThatThrownBy(() -> messages.sendToCoordination(withoutConsent)).isInstanceOf(UserFacingException.class);
    }
}
