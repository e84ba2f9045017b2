package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.office.OfficeService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A withdrawn offer's link says so, from a tombstone that holds nothing about the person and is forgotten too. */
@AppTest
class VolunteerWithdrawalTest {

    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerRetention retention;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MunicipalityProperties municipality;
    @Autowired
    Clock clock;

    @Test
    void aWithdrawnLinkKnowsTheDayFromTheTokensHashAloneUntilTheRetentionForgetsIt() {
        long brackel = new VolunteerFixture(offices).district("Brackel");
        OfferDetails offer = volunteers.register(VolunteerFixture.request("Selin Kaya", VolunteerFixture.uniqueEmail(),
                null, brackel));
        String token = offer.manageToken();
        assertThat(volunteers.withdrawnOn(token)).isEmpty();

        volunteers.withdrawByToken(token);

        LocalDate today = municipality.now(clock).toLocalDate();
        assertThat(volunteers.findByToken(token)).isEmpty();
        assertThat(volunteers.withdrawnOn(token)).contains(today);
        assertThat(volunteers.withdrawnOn(token + "x")).isEmpty();
        String hash = VolunteerWithdrawal.hash(token);
        Map<String, Object> tombstone = jdbc.queryForMap("select * from volunteer_withdrawal where token_hash = ?", hash);
        assertThat(tombstone).containsOnlyKeys("token_hash", "withdrawn_on");
        assertThat(hash).hasSize(64).doesNotContain(token);

        jdbc.update("update volunteer_withdrawal set withdrawn_on = ? where token_hash = ?", today.minusDays(400), hash);
        retention.eraseEndedOffers();

        assertThat(volunteers.withdrawnOn(token)).isEmpty();
    }
}
