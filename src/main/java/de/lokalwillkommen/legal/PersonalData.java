package de.lokalwillkommen.legal;

import static de.lokalwillkommen.base.security.StaffRole.ADMIN;
import static de.lokalwillkommen.base.security.StaffRole.STAFF;

import de.lokalwillkommen.base.jobs.RetentionProperties;
import de.lokalwillkommen.base.security.StaffRole;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Each kind of personal data the app keeps, who of the staff roles sees it and how long it stays: the
 * privacy notice is written from this list, and a test holds every consent text to it. The texts are
 * "privacy.data.NAME.title|what|why|howLong" in the bundles; howLong takes the days as {0}.
 */
public enum PersonalData {
    /** STAFF see the bookings of their offices, ADMIN (the coordination) those of all offices. */
    BOOKING(EnumSet.of(STAFF, ADMIN), "book.consent.explanation", RetentionProperties::bookingDays),
    MESSAGE(EnumSet.of(STAFF, ADMIN), "message.consent.explanation", RetentionProperties::messageDays),
    VOLUNTEER(EnumSet.of(STAFF, ADMIN), "volunteer.consent.explanation", RetentionProperties::volunteerDays),
    /**
     * A waitlist entry (issue 15): STAFF see their offices' entries; erased at once on leaving or getting a time and
     * the day after its last useful date, so no period setting governs it.
     */
    WAITLIST(EnumSet.of(STAFF, ADMIN), null, null),
    /**
     * A browser's Web Push subscription (issue 15) for a booking, a waitlist entry or a conversation: no staff role
     * sees it in the app; it goes with the booking's data ({@code booking-days}) or with the entry or conversation.
     */
    PUSH_SUBSCRIPTION(EnumSet.noneOf(StaffRole.class), null, RetentionProperties::bookingDays),
    /** Which mail went out about which booking: no address, no text; only the database administration reads it. */
    MAIL_LOG(EnumSet.noneOf(StaffRole.class), null, RetentionProperties::mailLogDays),
    AUDIT_LOG(EnumSet.of(ADMIN), null, RetentionProperties::auditDays),
    STAFF_ACCOUNT(EnumSet.of(ADMIN), null, null),
    /** Kept in memory only, at most 15 minutes (base/security/SignInThrottle). */
    SIGN_IN_FAILURES(EnumSet.noneOf(StaffRole.class), null, null);

    private final Set<StaffRole> seenBy;
    private final @Nullable String consentKey;
    private final @Nullable ToIntFunction<RetentionProperties> retentionDays;

    PersonalData(Set<StaffRole> seenBy, @Nullable String consentKey,
            @Nullable ToIntFunction<RetentionProperties> retentionDays) {
        this.seenBy = seenBy;
        this.consentKey = consentKey;
        this.retentionDays = retentionDays;
    }

    /** The staff roles that can open this data in the app. */
    public Set<StaffRole> seenBy() {
        return seenBy;
    }

    /** The consent text people agree to before this data is stored, if they are asked. */
    public Optional<String> consentKey() {
        return Optional.ofNullable(consentKey);
    }

    /**
     * The days the deletion job keeps this data, as the running configuration says; empty when no
     * setting governs it; 0 means kept without a deletion date (only the audit log allows that).
     */
    public Optional<Integer> retentionDays(RetentionProperties retention) {
        return Optional.ofNullable(retentionDays).map(days -> days.applyAsInt(retention));
    }

    public String key(String part) {
        return "privacy.data." + name() + "." + part;
    }
}
