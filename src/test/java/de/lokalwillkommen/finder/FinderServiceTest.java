package de.lokalwillkommen.finder;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.office.DistrictRef;
import de.lokalwillkommen.office.OfficeSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
class FinderServiceTest {

    @Autowired
    FinderService finder;
    @Autowired
    StreetImport streetImport;

    private static List<String> names(List<DistrictRef> districts) {
        return districts.stream().map(DistrictRef::name).toList();
    }

    private List<String> offices(FinderHit hit) {
        return finder.candidates(hit.districts()).stream()
                .flatMap(c -> c.offices().stream().map(OfficeSummary::name)).toList();
    }

    @Test
    void aPostcodeInOneDistrictLeadsToItsOffice() {
        FinderHit hit = finder.byPostcode("44357").orElseThrow();
        assertThat(hit.ambiguous()).isFalse();
        assertThat(names(hit.districts())).containsExactly("Mengede");
        assertThat(offices(hit)).containsExactly("Mengede/Huckarde");
    }

    @Test
    void aPostcodeAcrossDistrictsOffersEveryCandidateOffice() {
        FinderHit hit = finder.byPostcode(" 44379 ").orElseThrow();
        assertThat(hit.ambiguous()).isTrue();
        assertThat(names(hit.districts())).containsExactly("Huckarde", "Lütgendortmund");
        assertThat(offices(hit)).containsExactly("Mengede/Huckarde", "Lütgendortmund");
    }

    @Test
    void aDistrictWithoutOfficeIsACandidateWithNoOffice() {
        FinderHit hit = finder.byPostcode("44145").orElseThrow();
        assertThat(finder.candidates(hit.districts())).singleElement()
                .satisfies(c -> assertThat(c.offices()).isEmpty());
    }

    @Test
    void typingTheStartOfAPostcodeSuggestsTheMatchingOnes() {
        assertThat(finder.search("4437")).extracting(FinderHit::postcode).containsExactly("44379");
        assertThat(finder.search("443")).extracting(FinderHit::postcode).contains("44309", "44357", "44388");
    }

    @Test
    void unknownPostcodesAndGibberishFindNothing() {
        assertThat(finder.byPostcode("99999")).isEmpty();
        assertThat(finder.byPostcode("Brackel")).isEmpty();
        assertThat(finder.search("x")).isEmpty();
    }

    @Test
    @WithUserDetails("koordination")
    void aStreetIsFoundHoweverItIsSpelled() {
        StreetSample.importInto(streetImport);
        for (String typed : List.of("Westerfilder Straße", "westerfilder str.", "WESTERFILDERSTRASSE", "erfilder")) {
            assertThat(finder.search(typed)).as(typed).singleElement().satisfies(hit -> {
                assertThat(hit.street()).isEqualTo("Westerfilder Straße");
                assertThat(hit.postcode()).isEqualTo("44357");
                assertThat(offices(hit)).containsExactly("Mengede/Huckarde");
            });
        }
        assertThat(finder.search("Luetgendortmunder")).extracting(FinderHit::street)
                .containsExactly("Lütgendortmunder Straße");
    }

    @Test
    @WithUserDetails("koordination")
    void theStreetDirectoryAddsToWhatAPostcodeIsKnownFor() {
        StreetSample.importInto(streetImport);
        // Rheinlanddamm, 44139, Innenstadt-West in the sample; the table already names both districts.
        assertThat(names(finder.byPostcode("44139").orElseThrow().districts()))
                .containsExactly("Innenstadt-Ost", "Innenstadt-West");
    }
}
