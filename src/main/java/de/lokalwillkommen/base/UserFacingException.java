package de.lokalwillkommen.base;

/**
 * A refusal a person can act on (a duplicate name, a record someone else changed meanwhile).
 * Carries a translation key, never a technical message, so the view can say it in the user's language.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
