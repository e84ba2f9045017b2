package de.lokalwillkommen.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
class StreetImportTest {

    @Autowired
    StreetImport streetImport;
    @Autowired
    FinderService finder;

    @Test
    void theSampleFileGivesSevenRowsAndFiveRejectionsWithTheirReasons() {
        ImportPreview preview = streetImport.preview(StreetSample.bytes());

        assertThat(preview.separator()).isEqualTo(';');
        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.accepted()).extracting(ImportPreview.Row::street).containsExactly("Westerfilder Straße",
                "Brackeler Hellweg", "Lütgendortmunder Straße", "In der Meile", "Rahmer Straße", "Werner Straße",
                "Rheinlanddamm");
        assertThat(preview.accepted().get(6).district().name()).isEqualTo("Innenstadt-West");
        assertThat(preview.rejected()).extracting(ImportPreview.Rejected::line, ImportPreview.Rejected::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9L, "finder.import.reason.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(10L, "finder.import.reason.postcode"),
                        org.assertj.core.groups.Tuple.tuple(11L, "finder.import.reason.district"),
                        org.assertj.core.groups.Tuple.tuple(12L, "finder.import.reason.street"),
                        org.assertj.core.groups.Tuple.tuple(13L, "finder.import.reason.columns"));
        assertThat(preview.rejected().get(2).content()).isEqualTo("Hagener Straße | 44225 | Hombruch-Süd");
    }

    @Test
    void readsCommaSeparatedWindowsFilesWithoutHeaderAndQuotedNames() {
        String file = "\"Westerfilder Straße\",44357,Mengede\r\nBrackeler Hellweg,44309,Brackel\r\n\r\n";
        ImportPreview preview = streetImport.preview(file.getBytes(Charset.forName("windows-1252")));

        assertThat(preview.separator()).isEqualTo(',');
        assertThat(preview.encoding()).isEqualTo("windows-1252");
        assertThat(preview.accepted()).extracting(ImportPreview.Row::street)
                .containsExactly("Westerfilder Straße", "Brackeler Hellweg");
        assertThat(preview.rejected()).isEmpty();
    }

    @Test
    void aBrokenQuoteIsReportedInsteadOfFailing() {
        String file = "Westerfilder Straße;44357;Mengede\n\"Brackeler Hellweg;44309;Brackel\n";
        ImportPreview preview = streetImport.preview(file.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.accepted()).hasSize(1);
        assertThat(preview.rejected()).extracting(ImportPreview.Rejected::reasonKey)
                .containsExactly("finder.import.reason.unreadable");
    }

    @Test
    void anOversizedFileIsRefused() {
        assertThatThrownBy(() -> streetImport.preview(new byte[StreetImport.MAX_BYTES + 1]))
                .isInstanceOf(UserFacingException.class).hasMessage("finder.import.tooLarge");
    }

    @Test
    @WithUserDetails("koordination")
    void importingReplacesTheWholeDirectory() {
        StreetSample.importInto(streetImport);
        assertThat(finder.streetCount()).isEqualTo(7);
        StreetSample.importInto(streetImport);
        assertThat(finder.streetCount()).isEqualTo(7);
    }

    @Test
    @WithUserDetails("brackel")
    void onlyTheCoordinationImports() {
        ImportPreview preview = streetImport.preview(StreetSample.bytes());
        assertThatThrownBy(() -> streetImport.replaceDirectory(preview)).isInstanceOf(AccessDeniedException.class);
    }
}
