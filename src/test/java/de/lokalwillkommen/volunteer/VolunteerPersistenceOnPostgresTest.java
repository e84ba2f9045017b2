package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.EmbeddedPostgresSupport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The volunteering migration and mapping on a real PostgreSQL: an offer with its lists, found by contact, erased. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class VolunteerPersistenceOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "volunteering");
    }

    @Autowired
    VolunteerOfferRepository offers;
    @Autowired
    NeedRepository needs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anOfferKeepsItsListsIsFoundByContactAndLosesThePersonalDataOnErasure() {
        jdbc.update("insert into district (code, name) values ('pg-brackel', 'PG Brackel')");
        long district = jdbc.queryForObject("select id from district where code = 'pg-brackel'", Long.class);
        OfferRequest request = new OfferRequest("Samira Haddad", "Samira@Example.org", "0231 / 55 01", Set.of(
                HelpType.MENTORING, HelpType.INTERPRETING), null, List.of(new SpokenLanguage("ar", LanguageLevel.NATIVE,
                true), new SpokenLanguage("de", LanguageLevel.GOOD, false)), Set.of(district), false,
                Set.of(new TimeSlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)), Rhythm.REGULAR, de.lokalwillkommen.TestDays.today(), null,
                "Gern nachmittags.", true, "ar", UUID.randomUUID().toString(), null);
        long id = transaction.execute(s -> offers.saveAndFlush(new VolunteerOffer("F-PGTEST", "pg-token", request,
                de.lokalwillkommen.TestDays.now())).getId());

        OfferDetails stored = transaction.execute(s -> offers.findByEmailAndErasedAtIsNull("samira@example.org")
                .getFirst().toDetails());
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.phone()).isEqualTo("02315501");
        assertThat(stored.languages()).containsExactly(new SpokenLanguage("ar", LanguageLevel.NATIVE, true),
                new SpokenLanguage("de", LanguageLevel.GOOD, false));
        assertThat(stored.districtIds()).containsExactly(district);

        transaction.executeWithoutResult(s -> {
            VolunteerOffer offer = offers.findById(id).orElseThrow();
            offer.addNote("Erstgespräch geführt.", "Team", de.lokalwillkommen.TestDays.now());
            offer.erasePersonalData(de.lokalwillkommen.TestDays.now());
            offers.flush();
        });
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer where id = ? and name is null "
                + "and email is null and manage_token is null", Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer_note where offer_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer_help where offer_id = ?", Long.class, id))
                .isEqualTo(2);
    }
}
