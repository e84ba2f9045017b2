package de.lokalwillkommen.volunteer;

/**
 * Why a volunteer ranks where they do for a need. Each kind is one translation key
 * ({@code volunteer.reason.<KIND>}); its arguments are listed per constant.
 */
public enum ReasonKind {
    /** Offers the type of help asked for. Argument: the help type. */
    OFFERS_TYPE,
    /** Does not offer it. Argument: the help type. */
    OTHER_TYPE,
    /** Speaks one of the languages asked for. Arguments: language code, level. */
    SPEAKS,
    /** Interprets one of the languages asked for. Arguments: language code, level. */
    INTERPRETS,
    /** Speaks it but did not offer to interpret it. Arguments: language code, level. */
    SPEAKS_NOT_INTERPRETS,
    /** Speaks none of them. Argument: the languages asked for, comma-separated codes. */
    NO_LANGUAGE,
    /** Helps in the district of the need. Argument: district id. */
    SAME_DISTRICT,
    /** Helps in another district of the same office. Argument: district id. */
    OFFICE_AREA,
    /** Helps anywhere in the city. */
    WHOLE_CITY,
    /** Free at some of the times asked for. Arguments: how many, of how many, the common times as codes. */
    TIMES,
    /** Free at none of them. */
    NO_TIME,
    /** Available only from a later date. Argument: the date (ISO). */
    NOT_YET,
    /** Available until a date. Argument: the date (ISO). */
    UNTIL,
    /** Help for children, and the certificate of good conduct was seen. Argument: the date (ISO). */
    CERTIFICATE,
    /** Help for children, and no certificate of good conduct seen yet: cannot be matched. */
    NO_CERTIFICATE,
    /** Already helps in other matches. Argument: how many. */
    BUSY
}
