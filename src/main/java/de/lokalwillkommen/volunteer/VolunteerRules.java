package de.lokalwillkommen.volunteer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a valid offer looks like. Names may be written in any script; every field is bounded. The form
 * uses these rules for immediate feedback, the service checks again.
 */
public final class VolunteerRules {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int OTHER_HELP_MAX = 200;
    public static final int MESSAGE_MAX = 500;
    public static final int LANGUAGES_MAX = 12;
    public static final int NOTE_MAX = 1000;
    public static final int NEED_DESCRIPTION_MAX = 300;
    /** How far ahead someone may say they can start. */
    public static final int FROM_MAX_DAYS_AHEAD = 366;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/-]{5,28}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private VolunteerRules() {
    }

    public static boolean isName(@Nullable String name) {
        return name != null && !name.isBlank() && name.strip().length() <= NAME_MAX
                && NAME.matcher(name.strip()).matches();
    }

    public static boolean isOptionalPhone(@Nullable String phone) {
        return phone == null || phone.isBlank() || PHONE.matcher(phone.strip()).matches();
    }

    public static boolean isOptionalEmail(@Nullable String email) {
        return email == null || email.isBlank()
                || (email.strip().length() <= EMAIL_MAX && EMAIL.matcher(email.strip()).matches());
    }

    /** E-mail, phone or both: the team must be able to reach the volunteer. */
    public static boolean hasContact(@Nullable String email, @Nullable String phone) {
        return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
    }

    public static boolean isOptionalText(@Nullable String text, int max) {
        return text == null || text.strip().length() <= max;
    }

    public static boolean isLanguageCode(@Nullable String code) {
        return code != null && LANGUAGE_CODE.matcher(code).matches();
    }

    /** Digits and a leading plus only, so "0231 / 12 34" and "023112 34" are the same number. */
    public static @Nullable String normalisedPhone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String trimmed = phone.strip();
        return (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
    }

    public static @Nullable String normalisedEmail(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The translation key of the first problem with an offer, or null when it is fine. */
    static @Nullable String problemWith(OfferRequest request, LocalDate today, boolean consentRequired) {
        if (de.lokalwillkommen.base.PlainText.hasControlCharacters(request.name(), request.email(), request.phone(), request.otherHelp(), request.message())) {
            return de.lokalwillkommen.base.PlainText.PROBLEM;
        }
        if (!isName(request.name())) {
            return "volunteer.error.name";
        }
        if (!isOptionalEmail(request.email())) {
            return "volunteer.error.email";
        }
        if (!isOptionalPhone(request.phone())) {
            return "volunteer.error.phone";
        }
        if (!hasContact(request.email(), request.phone())) {
            return "volunteer.error.contact";
        }
        if (request.helpTypes().isEmpty()) {
            return "volunteer.error.helpTypes";
        }
        if (!isOptionalText(request.otherHelp(), OTHER_HELP_MAX)
                || (request.helpTypes().contains(HelpType.OTHER) && blankToNull(request.otherHelp()) == null)) {
            return "volunteer.error.otherHelp";
        }
        String languageProblem = problemWithLanguages(request.languages(), request.helpTypes());
        if (languageProblem != null) {
            return languageProblem;
        }
        if (request.districtIds().isEmpty() && !request.wholeCity()) {
            return "volunteer.error.area";
        }
        if (request.times().isEmpty()) {
            return "volunteer.error.times";
        }
        if (request.availableFrom().isAfter(today.plusDays(FROM_MAX_DAYS_AHEAD))) {
            return "volunteer.error.from";
        }
        if (request.availableUntil() != null && (request.availableUntil().isBefore(request.availableFrom())
                || request.availableUntil().isBefore(today))) {
            return "volunteer.error.until";
        }
        if (!isOptionalText(request.message(), MESSAGE_MAX)) {
            return "volunteer.error.message";
        }
        if (consentRequired && !request.consent()) {
            return "volunteer.error.consent";
        }
        if (request.uiLanguage().isBlank() || request.uiLanguage().length() > 10) {
            return "validation.invalidForm";
        }
        return null;
    }

    static @Nullable String problemWithLanguages(List<SpokenLanguage> languages, Set<HelpType> helpTypes) {
        if (languages.isEmpty()) {
            return "volunteer.error.languages";
        }
        Set<String> seen = new HashSet<>();
        if (languages.size() > LANGUAGES_MAX
                || !languages.stream().allMatch(l -> isLanguageCode(l.code()) && seen.add(l.code()))) {
            return "volunteer.error.languageTwice";
        }
        if (helpTypes.contains(HelpType.INTERPRETING) && languages.stream().noneMatch(SpokenLanguage::interprets)) {
            return "volunteer.error.interpreting";
        }
        return null;
    }
}
