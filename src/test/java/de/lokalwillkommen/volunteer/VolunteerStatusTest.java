package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class VolunteerStatusTest {

    @Test
    void anOfferMovesAlongNewInConversationActivePausedEnded() {
        assertThat(VolunteerStatus.NEW.next()).containsExactlyInAnyOrder(VolunteerStatus.IN_CONVERSATION,
                VolunteerStatus.ENDED);
        assertThat(VolunteerStatus.IN_CONVERSATION.next()).containsExactlyInAnyOrder(VolunteerStatus.ACTIVE,
                VolunteerStatus.ENDED);
        assertThat(VolunteerStatus.ACTIVE.next()).containsExactlyInAnyOrder(VolunteerStatus.PAUSED, VolunteerStatus.ENDED);
        assertThat(VolunteerStatus.PAUSED.next()).containsExactlyInAnyOrder(VolunteerStatus.ACTIVE, VolunteerStatus.ENDED);
    }

    @Test
    void nobodyIsActivatedWithoutAConversationAndEndedOrWithdrawnOffersStayThatWay() {
        assertThat(VolunteerStatus.NEW.mayBecome(VolunteerStatus.ACTIVE)).isFalse();
        assertThat(VolunteerStatus.NEW.mayBecome(VolunteerStatus.PAUSED)).isFalse();
        for (VolunteerStatus target : EnumSet.allOf(VolunteerStatus.class)) {
            assertThat(VolunteerStatus.ENDED.mayBecome(target)).as("ended → %s", target).isFalse();
            assertThat(VolunteerStatus.WITHDRAWN.mayBecome(target)).as("withdrawn → %s", target).isFalse();
        }
        assertThat(EnumSet.allOf(VolunteerStatus.class)).allSatisfy(s ->
                assertThat(s.mayBecome(VolunteerStatus.WITHDRAWN)).as("staff never withdraw for the volunteer").isFalse());
    }
}
