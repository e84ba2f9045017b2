package de.lokalwillkommen.base.client;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Phone numbers and e-mail addresses as keys, so one person is one key however they write it:
 * {@code +49 231 1234567}, {@code 0231 / 123 45 67} and {@code 0049231 1234567} are {@code +492311234567};
 * {@code Name+1@Example.org} is {@code name@example.org}.
 */
@Component
public class ContactKeys {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String region;

    public ContactKeys(AbuseProperties properties) {
        this.region = properties.phoneRegion().toUpperCase(Locale.ROOT);
    }

    /**
     * The number in E.164 (with the configured region for numbers without a country code); a number
     * libphonenumber cannot read keeps its digits and a leading plus, so it still counts as itself.
     */
    public @Nullable String phone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        try {
            PhoneNumber parsed = PHONES.parse(phone.strip(), region);
            if (PHONES.isPossibleNumber(parsed)) {
                return PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException unreadable) {
            // counted by its digits below
        }
        String trimmed = phone.strip();
        return (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
    }

    /** Lower case, without a {@code +tag} in the local part: what reaches the same mailbox is one key. */
    public static @Nullable String email(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String lower = email.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at <= 0) {
            return lower;
        }
        String local = lower.substring(0, at);
        int tag = local.indexOf('+');
        return (tag > 0 ? local.substring(0, tag) : local) + lower.substring(at);
    }
}
