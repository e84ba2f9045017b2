package de.lokalwillkommen.message;

/**
 * Who is writing; the UI names each through "message.category.<NAME>" with the municipality's name as {0}
 * (NEWCOMER: "I am new in {0}"), see {@link #labelKey()}.
 */
public enum MessageCategory {
    NEWCOMER,
    NEIGHBOUR,
    LANDLORD,
    VOLUNTEER,
    PARTNER,
    OTHER,
    /** A report of an accessibility barrier in the app: it reaches the coordination, not an office. */
    ACCESSIBILITY,
    /** A reader's report of a wrong or unclear translation: it reaches the coordination, not an office. */
    TRANSLATION;

    /** The bundle key of the category's name; it takes the municipality's name as its one argument. */
    public String labelKey() {
        return "message.category." + name();
    }

    /** The categories a person picks from when writing to an office. */
    public static java.util.List<MessageCategory> forOffices() {
        return java.util.Arrays.stream(values()).filter(c -> !c.forCoordination()).toList();
    }

    /** Reports about the whole app, which land in the coordination's own inbox. */
    public boolean forCoordination() {
        return this == ACCESSIBILITY || this == TRANSLATION;
    }
}
