package de.lokalwillkommen.legal;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.base.security.StaffRole;
import de.lokalwillkommen.message.ui.CoordinationInboxView;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every consent text names everyone who can see the data it asks about, in every language: the list comes
 * from {@link PersonalData#seenBy()} and each role's translated name, not from a hand-kept string.
 */
class ConsentTruthTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

    @Test
    void everyConsentTextNamesEveryRoleThatSeesItsDataInEveryLanguage() throws IOException {
        List<Path> bundles = bundles();
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(13);
        int checked = 0;
        for (Path file : bundles) {
            Properties bundle = load(file);
            for (PersonalData kind : PersonalData.values()) {
                if (kind.consentKey().isEmpty()) {
                    continue;
                }
                String consent = bundle.getProperty(kind.consentKey().get());
                for (StaffRole role : kind.seenBy()) {
                    String name = bundle.getProperty(role.nameKey());
                    assertThat(name).as("%s in %s", role.nameKey(), file.getFileName()).isNotBlank();
                    assertThat(names(consent, name)).as("%s in %s names %s (\"%s\"): %s", kind.consentKey().get(),
                            file.getFileName(), role, name, consent).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(bundles.size() * 3 * 2);
    }

    @Test
    void theBarrierReportConsentNamesExactlyTheRolesThatMayOpenTheCoordinationsInbox() throws IOException {
        Set<StaffRole> readers = Stream.of(CoordinationInboxView.class.getAnnotation(RolesAllowed.class).value())
                .map(StaffRole::valueOf).collect(Collectors.toSet());
        assertThat(readers).containsExactly(StaffRole.ADMIN);
        for (Path file : bundles()) {
            Properties bundle = load(file);
            String consent = bundle.getProperty("accessibility.feedback.consent");
            for (StaffRole role : StaffRole.values()) {
                assertThat(names(consent, bundle.getProperty(role.nameKey())))
                        .as("%s in %s names %s: %s", "accessibility.feedback.consent", file.getFileName(), role, consent)
                        .isEqualTo(readers.contains(role));
            }
        }
    }

    @Test
    void theCoordinationSeesBookingsMessagesAndVolunteerOffersOfEveryOffice() {
        assertThat(PersonalData.BOOKING.seenBy()).contains(StaffRole.ADMIN, StaffRole.STAFF);
        assertThat(PersonalData.MESSAGE.seenBy()).contains(StaffRole.ADMIN, StaffRole.STAFF);
        assertThat(PersonalData.VOLUNTEER.seenBy()).contains(StaffRole.ADMIN, StaffRole.STAFF);
        assertThat(Stream.of(PersonalData.values()).filter(kind -> kind.consentKey().isPresent()))
                .extracting(kind -> kind.consentKey().orElseThrow())
                .containsExactly("book.consent.explanation", "message.consent.explanation",
                        "volunteer.consent.explanation");
    }

    @Test
    void theCheckRejectsTheOldPromiseThatOnlyTheOfficeTeamSeesTheData() {
        String old = "Nur das Team Ihres Büros sieht diese Angaben.";
        assertThat(names(old, "Team")).isTrue();
        assertThat(names(old, "Koordination")).isFalse();
    }

    private static boolean names(String text, String roleName) {
        return text.toLowerCase(Locale.ROOT).contains(roleName.toLowerCase(Locale.ROOT));
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().startsWith("translations_")).sorted().toList();
        }
    }

    /** A regional variant's bundle (translations_fa_AF) holds only what differs: it is read over its parent's. */
    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        java.util.regex.Matcher variant = java.util.regex.Pattern.compile("translations_([a-z]+)_[A-Z]{2}\\.properties")
                .matcher(file.getFileName().toString());
        if (variant.matches()) {
            properties.putAll(load(file.resolveSibling("translations_" + variant.group(1) + ".properties")));
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
