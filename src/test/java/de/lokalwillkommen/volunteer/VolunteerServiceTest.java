package de.lokalwillkommen.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import de.lokalwillkommen.office.OfficeService;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AppTest
@RecordApplicationEvents
class VolunteerServiceTest {

    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerRetention retention;
    @Autowired
    OfficeService offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    VolunteerFixture fixture;
    long brackel;
    long hoerde;

    @BeforeEach
    void districts() {
        fixture = new VolunteerFixture(offices);
        brackel = fixture.district("Brackel");
        hoerde = fixture.district("Hörde");
    }

    private String refusal(Runnable call) {
        try {
            call.run();
        } catch (UserFacingException refused) {
            return refused.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aDoubleSubmitRegistersOnceAndTellsTheOtherFeatures() {
        OfferRequest request = VolunteerFixture.request("Rana Haddad", VolunteerFixture.uniqueEmail(), null, brackel);
        OfferDetails first = volunteers.register(request);
        OfferDetails again = volunteers.register(request);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.reference()).matches("F-[A-Z2-9]{6}");
        assertThat(first.manageToken()).hasSize(43);
        assertThat(first.status()).isEqualTo(VolunteerStatus.NEW);
        assertThat(events.stream(VolunteerEvents.VolunteerOfferRegistered.class).filter(e -> e.offerId() == first.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.email()).isEqualTo(request.email());
                    assertThat(e.language()).isEqualTo("de");
                    assertThat(e.managePath()).isEqualTo("volunteer/offer/" + first.manageToken());
                });
    }

    @Test
    void anOfferWithoutContactOrConsentIsRefusedAndNothingIsStored() {
        Long before = jdbc.queryForObject("select count(*) from volunteer_offer", Long.class);
        OfferRequest valid = VolunteerFixture.request("Nour", null, null, brackel);
        assertThat(refusal(() -> volunteers.register(valid))).isEqualTo("volunteer.error.contact");
        OfferRequest noConsent = new OfferRequest("Nour", "nour@example.org", null, valid.helpTypes(), null,
                valid.languages(), valid.districtIds(), false, valid.times(), valid.rhythm(), valid.availableFrom(), null,
                null, false, "ar", UUID.randomUUID().toString(), null);
        assertThat(refusal(() -> volunteers.register(noConsent))).isEqualTo("volunteer.error.consent");
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer", Long.class)).isEqualTo(before);
    }

    @Test
    void aFloodOfSubmitsFromOneClientIsSlowedDown() {
        String client = "flood-" + UUID.randomUUID();
        OfferRequest nameless = VolunteerFixture.request("", "x@example.org", null, brackel);
        OfferRequest flooding = new OfferRequest("", "x@example.org", null, nameless.helpTypes(), null,
                nameless.languages(), nameless.districtIds(), false, nameless.times(), nameless.rhythm(),
                nameless.availableFrom(), null, null, true, "de", null, client);
        for (int i = 0; i < 5; i++) {
            assertThat(refusal(() -> volunteers.register(flooding))).isEqualTo("volunteer.error.name");
        }
        assertThat(refusal(() -> volunteers.register(flooding))).isEqualTo("volunteer.error.tooManyAttempts");
    }

    @Test
    void withdrawingThroughThePersonalLinkErasesThePersonalDataAtOnce() {
        OfferDetails offer = volunteers.register(VolunteerFixture.request("Yusuf Demir", VolunteerFixture.uniqueEmail(),
                "0176 1234567", brackel));
        String token = offer.manageToken();
        volunteers.withdrawByToken(token);

        Map<String, Object> row = jdbc.queryForMap("select * from volunteer_offer where id = ?", offer.id());
        assertThat(row.get("status")).isEqualTo("WITHDRAWN");
        assertThat(row.get("name")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("message")).isNull();
        assertThat(row.get("manage_token")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer_language where offer_id = ?", Long.class,
                offer.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer_time where offer_id = ?", Long.class,
                offer.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from volunteer_offer_help where offer_id = ?", Long.class,
                offer.id())).as("what was offered stays for the figures").isEqualTo(2);
        assertThat(volunteers.findByToken(token)).isEmpty();
        assertThat(refusal(() -> volunteers.withdrawByToken(token))).isEqualTo("volunteer.error.link");
    }

    @Test
    void theVolunteerUpdatesThroughThePersonalLinkAndPausesOnlyAnActiveOffer() {
        OfferDetails offer = volunteers.register(VolunteerFixture.request("Lina", VolunteerFixture.uniqueEmail(), null,
                brackel));
        OfferRequest changed = VolunteerFixture.request("Lina Saleh", offer.email(), "0231 998877", hoerde);
        OfferDetails updated = volunteers.updateByToken(offer.manageToken(), changed);
        assertThat(updated.name()).isEqualTo("Lina Saleh");
        assertThat(updated.phone()).isEqualTo("0231998877");
        assertThat(updated.districtIds()).containsExactly(hoerde);
        assertThat(refusal(() -> volunteers.pauseByToken(offer.manageToken()))).isEqualTo("volunteer.error.notActive");
    }

    @Test
    @WithUserDetails("brackel")
    void statusChangesFollowTheReviewAndHelpForChildrenNeedsTheCertificateFirst() {
        OfferDetails offer = volunteers.register(VolunteerFixture.request("Omar", VolunteerFixture.uniqueEmail(), null,
                brackel));
        assertThat(refusal(() -> volunteers.changeStatus(offer.id(), VolunteerStatus.ACTIVE)))
                .isEqualTo("volunteer.error.transition");
        volunteers.changeStatus(offer.id(), VolunteerStatus.IN_CONVERSATION);
        assertThat(refusal(() -> volunteers.changeStatus(offer.id(), VolunteerStatus.ACTIVE)))
                .isEqualTo("volunteer.error.certificateFirst");
        volunteers.certificateSeen(offer.id(), de.lokalwillkommen.TestDays.today().minusDays(1));
        volunteers.addNote(offer.id(), "Erstgespräch am Dienstag, sehr motiviert.");
        OfferDetails active = volunteers.changeStatus(offer.id(), VolunteerStatus.ACTIVE);
        assertThat(active.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(active.notes()).singleElement().satisfies(n -> assertThat(n.author()).isEqualTo("Team Brackel/Aplerbeck"));
        volunteers.changeStatus(offer.id(), VolunteerStatus.PAUSED);
        volunteers.changeStatus(offer.id(), VolunteerStatus.ENDED);
        assertThat(refusal(() -> volunteers.changeStatus(offer.id(), VolunteerStatus.ACTIVE)))
                .isEqualTo("volunteer.error.transition");
    }

    @Test
    @WithUserDetails("brackel")
    void aTeamSeesOnlyTheVolunteersWhoServeItsOffice() {
        OfferDetails inHoerde = volunteers.register(VolunteerFixture.request("Ivan", VolunteerFixture.uniqueEmail(), null,
                hoerde));
        OfferDetails inBrackel = volunteers.register(VolunteerFixture.request("Aya", VolunteerFixture.uniqueEmail(), null,
                brackel));
        assertThat(volunteers.queue(QueueFilter.all())).extracting(OfferDetails::id).contains(inBrackel.id())
                .doesNotContain(inHoerde.id());
        assertThat(volunteers.queue(QueueFilter.all())).extracting(OfferDetails::name)
                .contains("Leyla Aydın").as("helps anywhere in the city").doesNotContain("Olena Kovalenko");
        assertThatThrownBy(() -> volunteers.offer(inHoerde.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volunteers.changeStatus(inHoerde.id(), VolunteerStatus.IN_CONVERSATION))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("koordination")
    void theCoordinationSeesEveryVolunteer() {
        OfferDetails inHoerde = volunteers.register(VolunteerFixture.request("Ivan", VolunteerFixture.uniqueEmail(), null,
                hoerde));
        assertThat(volunteers.queue(QueueFilter.all())).extracting(OfferDetails::name)
                .contains("Olena Kovalenko", "Samira Haddad", "Tomasz Nowak");
        assertThat(volunteers.offer(inHoerde.id()).name()).isEqualTo("Ivan");
    }

    @Test
    @WithUserDetails("brackel")
    void theQueueFiltersByLanguageDistrictTypeAndTime() {
        QueueFilter arabic = new QueueFilter(null, null, null, "ar", null, null, null);
        assertThat(volunteers.queue(arabic)).extracting(OfferDetails::name).contains("Samira Haddad", "Hannah Vogel")
                .doesNotContain("Peter Schulte");
        QueueFilter aplerbeck = new QueueFilter(null, null, fixture.district("Aplerbeck"), null, null, null, null);
        assertThat(volunteers.queue(aplerbeck)).extracting(OfferDetails::name).contains("Peter Schulte", "Samira Haddad")
                .doesNotContain("Hannah Vogel");
        QueueFilter practical = new QueueFilter(null, null, null, null, HelpType.PRACTICAL, null, null);
        assertThat(volunteers.queue(practical)).extracting(OfferDetails::name).contains("Peter Schulte")
                .doesNotContain("Samira Haddad");
        QueueFilter saturdayMorning = new QueueFilter(null, null, null, null, null, java.time.DayOfWeek.SATURDAY,
                PartOfDay.MORNING);
        assertThat(volunteers.queue(saturdayMorning)).extracting(OfferDetails::name).contains("Peter Schulte")
                .doesNotContain("Samira Haddad");
        assertThat(volunteers.queue(QueueFilter.all().withStatus(VolunteerStatus.IN_CONVERSATION)))
                .extracting(OfferDetails::name).contains("Mariam Ahmadi").doesNotContain("Samira Haddad");
    }

    @Test
    @WithUserDetails("brackel")
    void aSecondRegistrationWithTheSameEmailIsRecognisedAndMergedIntoTheFirst() {
        String email = VolunteerFixture.uniqueEmail();
        OfferDetails first = volunteers.register(VolunteerFixture.request("Karim Aziz", email, null, brackel));
        OfferRequest second = new OfferRequest("Karim Aziz", email.toUpperCase(), "0157 555000",
                java.util.Set.of(HelpType.PRACTICAL), null,
                java.util.List.of(new SpokenLanguage("fa", LanguageLevel.GOOD, false)),
                java.util.Set.of(fixture.district("Aplerbeck")), false,
                java.util.Set.of(new TimeSlot(java.time.DayOfWeek.SATURDAY, PartOfDay.MORNING)), Rhythm.ONE_OFF,
                de.lokalwillkommen.TestDays.today(), null, null, true, "fa", UUID.randomUUID().toString(), null);
        OfferDetails duplicate = volunteers.register(second);

        assertThat(volunteers.duplicatesOf(first.id())).extracting(OfferDetails::id).containsExactly(duplicate.id());
        OfferDetails merged = volunteers.merge(first.id(), duplicate.id());

        assertThat(merged.helpTypes()).containsExactlyInAnyOrder(HelpType.HOMEWORK_HELP, HelpType.SPORT_LEISURE,
                HelpType.PRACTICAL);
        assertThat(merged.languages()).extracting(SpokenLanguage::code).containsExactlyInAnyOrder("ar", "de", "fa");
        assertThat(merged.districtIds()).containsExactlyInAnyOrder(brackel, fixture.district("Aplerbeck"));
        assertThat(merged.phone()).isEqualTo("0157555000");
        assertThat(merged.times()).hasSize(2);
        assertThat(volunteers.findByToken(duplicate.manageToken())).isEmpty();
        assertThat(volunteers.duplicatesOf(first.id())).isEmpty();
        assertThat(refusal(() -> volunteers.merge(first.id(), first.id()))).isEqualTo("volunteer.error.mergeSelf");
    }

    @Test
    @WithUserDetails("koordination")
    void offersThatAreNotActiveLoseTheirPersonalDataAYearAfterTheLastActivity() {
        OfferDetails old = volunteers.register(VolunteerFixture.request("Alte Meldung", VolunteerFixture.uniqueEmail(),
                null, brackel));
        OfferDetails forgotten = volunteers.register(VolunteerFixture.request("Nie bearbeitet",
                VolunteerFixture.uniqueEmail(), null, brackel));
        OfferDetails recent = volunteers.register(VolunteerFixture.request("Neue Meldung", VolunteerFixture.uniqueEmail(),
                null, brackel));
        volunteers.changeStatus(old.id(), VolunteerStatus.ENDED);
        volunteers.changeStatus(recent.id(), VolunteerStatus.ENDED);
        jdbc.update("update volunteer_offer set updated_at = ? where id in (?, ?)", de.lokalwillkommen.TestDays.now().minusDays(400),
                old.id(), forgotten.id());

        assertThat(retention.eraseEndedOffers()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select name from volunteer_offer where id = ?", String.class, forgotten.id()))
                .as("an offer left new for a year").isNull();

        assertThat(jdbc.queryForMap("select name, email, erased_at from volunteer_offer where id = ?", old.id()))
                .containsEntry("name", null).containsEntry("email", null);
        assertThat(jdbc.queryForObject("select name from volunteer_offer where id = ?", String.class, recent.id()))
                .isEqualTo("Neue Meldung");
    }
}
