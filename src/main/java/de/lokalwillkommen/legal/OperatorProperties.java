package de.lokalwillkommen.legal;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this instance, as the imprint, privacy notice and accessibility statement name it
 * ({@code lw.municipality.*}, beside the name and zone of {@code MunicipalityProperties}). A value left
 * empty is shown as "to be completed by the operator", never replaced by an invented one.
 *
 * @param operator             the public body responsible (imprint; controller in the privacy notice)
 * @param address              its postal address
 * @param representative       who represents it by law (e.g. the mayor)
 * @param contactPhone         a phone number for questions about the app
 * @param contactEmail         an e-mail address for questions about the app
 * @param dataProtectionOfficer name and contact of the data-protection officer
 * @param supervisoryAuthority the data-protection supervisory authority (complaints, GDPR Art. 77)
 * @param enforcementBody      the accessibility enforcement body (BITV 2.0, EU directive 2016/2102)
 * @param accessibilityCheckedOn the date of the last accessibility check the statement reports
 */
@ConfigurationProperties("lw.municipality")
public record OperatorProperties(@Nullable String operator, @Nullable String address, @Nullable String representative,
        @Nullable String contactPhone, @Nullable String contactEmail, @Nullable String dataProtectionOfficer,
        @Nullable String supervisoryAuthority, @Nullable String enforcementBody,
        @Nullable LocalDate accessibilityCheckedOn) {

    /** A configured value, or empty when the operator has not filled it in. */
    public static Optional<String> given(@Nullable String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
