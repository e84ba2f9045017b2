package de.lokalwillkommen.message;

import de.lokalwillkommen.office.FieldRules;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a valid message looks like; the form uses these for immediate feedback, the service again. */
public final class MessageRules {

    public static final int TEXT_MAX = 2000;
    public static final int NAME_MAX = 100;
    public static final int NOTE_MAX = 1000;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*");

    private MessageRules() {
    }

    public static boolean isText(@Nullable String text) {
        return text != null && !text.isBlank() && text.strip().length() <= TEXT_MAX;
    }

    public static boolean isOptionalName(@Nullable String name) {
        return name == null || name.isBlank() || (name.strip().length() <= NAME_MAX && NAME.matcher(name.strip()).matches());
    }

    /** The translation key of the first problem with a message, or null when it can be sent. */
    static @Nullable String problemWith(MessageRequest request) {
        if (de.lokalwillkommen.base.PlainText.hasControlCharacters(request.text(), request.name(), request.phone(), request.email())) {
            return de.lokalwillkommen.base.PlainText.PROBLEM;
        }
        if (request.category() == null) {
            return "message.error.category";
        }
        if (!isText(request.text())) {
            return request.text() != null && request.text().strip().length() > TEXT_MAX ? "message.error.textTooLong"
                    : "message.error.text";
        }
        if (!isOptionalName(request.name())) {
            return "message.error.name";
        }
        if (!FieldRules.isOptionalPhone(request.phone())) {
            return "message.error.phone";
        }
        if (!FieldRules.isOptionalEmail(request.email())) {
            return "message.error.email";
        }
        if (request.answerLanguage().isBlank() || request.answerLanguage().length() > 10
                || request.idempotencyKey().isBlank() || request.idempotencyKey().length() > 64) {
            return "validation.invalidForm";
        }
        if (!request.consent()) {
            return "message.error.consent";
        }
        return null;
    }
}
