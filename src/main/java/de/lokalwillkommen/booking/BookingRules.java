package de.lokalwillkommen.booking;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a valid booking looks like. Names may be written in any script (Arabic, Cyrillic, Ge'ez,
 * Latin...); every field is bounded. Views use these rules for immediate feedback, the service again.
 */
public final class BookingRules {

    public static final int NAME_MAX = 100;
    public static final int NOTE_MAX = 500;
    public static final int PERSONS_MAX = 20;
    public static final int EMAIL_MAX = 200;
    /** Active future bookings one phone number, e-mail address or device may hold. */
    public static final int ACTIVE_BOOKINGS_PER_CONTACT = 3;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/-]{5,28}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");

    private BookingRules() {
    }

    public static boolean isName(@Nullable String name) {
        return name != null && !name.isBlank() && name.strip().length() <= NAME_MAX && NAME.matcher(name.strip()).matches();
    }

    public static boolean isOptionalPhone(@Nullable String phone) {
        return phone == null || phone.isBlank() || PHONE.matcher(phone.strip()).matches();
    }

    public static boolean isOptionalEmail(@Nullable String email) {
        return email == null || email.isBlank()
                || (email.strip().length() <= EMAIL_MAX && EMAIL.matcher(email.strip()).matches());
    }

    public static boolean isPersons(int persons) {
        return persons >= 1 && persons <= PERSONS_MAX;
    }

    /**
     * Whether staff may record that someone came or did not come: only from the appointment's start on, so a
     * slip of the finger two days ahead can neither end the newcomer's appointment nor count in the figures.
     */
    public static boolean outcomeCanBeRecorded(BookingStatus status, LocalDateTime start, LocalDateTime now) {
        return status != BookingStatus.CANCELLED && !now.isBefore(start);
    }

    public static boolean isNote(@Nullable String note) {
        return note == null || note.length() <= NOTE_MAX;
    }

    /** Digits and a leading plus only, as staff read it; the limits count the E.164 key (ContactKeys). */
    static @Nullable String normalisedPhone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String trimmed = phone.strip();
        return (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
    }

    static @Nullable String normalisedEmail(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The translation key of the first problem with a request, or null when it is fine. */
    static @Nullable String problemWith(BookingRequest request, boolean consentRequired) {
        if (de.lokalwillkommen.base.PlainText.hasControlCharacters(request.name(), request.phone(), request.email(), request.note())) {
            return de.lokalwillkommen.base.PlainText.PROBLEM;
        }
        if (!isName(request.name())) {
            return "booking.error.name";
        }
        if (!isOptionalPhone(request.phone())) {
            return "booking.error.phone";
        }
        if (!isOptionalEmail(request.email())) {
            return "booking.error.email";
        }
        if (!isPersons(request.persons())) {
            return "booking.error.persons";
        }
        if (!isNote(request.note()) || request.language().isBlank() || request.language().length() > 10) {
            return "validation.invalidForm";
        }
        if (consentRequired && !request.consent()) {
            return "booking.error.consent";
        }
        return null;
    }
}
