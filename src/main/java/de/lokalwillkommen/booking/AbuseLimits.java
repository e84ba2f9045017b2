package de.lokalwillkommen.booking;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How online booking resists one person taking an office's places (README, "Booking abuse").
 *
 * @param perClientDay online bookings one client key (IPv4 address or IPv6 /64) may make in 24 hours, times its
 *        shared-network factor
 * @param brakeBookings the office brake engages when more than this many online bookings were made in
 *        {@code brakeWindow}...
 * @param brakeWindow ...(10 minutes by default)
 * @param brakeHourlyShare ...or when the online bookings of the last hour exceed this share of the office's online
 *        places that were free an hour ago (0 switches this measure off)
 * @param brakeHourlyMinimum the hourly measure never engages below this many bookings (small offices)
 * @param brakeDailyShare ...or when the online bookings of the last 24 hours exceed this share of the places free
 *        24 hours ago (0 switches it off): a slow drip that stays under the hourly share
 * @param brakeDailyMinimum the daily measure never engages below this many bookings
 * @param holdFor once engaged, how long after the last held attempt the brake stays on
 * @param groupWindow how far back the agenda groups online bookings by client key and device
 * @param groupMinimum the smallest group the agenda shows (a family books two or three times)
 */
@ConfigurationProperties("lw.booking.abuse")
public record AbuseLimits(int perClientDay, int brakeBookings, Duration brakeWindow, @Nullable Double brakeHourlyShare,
        int brakeHourlyMinimum, @Nullable Double brakeDailyShare, int brakeDailyMinimum, Duration holdFor, Duration groupWindow, int groupMinimum) {

    public AbuseLimits {
        perClientDay = perClientDay <= 0 ? 8 : perClientDay;
        brakeBookings = brakeBookings <= 0 ? 10 : brakeBookings;
        brakeWindow = brakeWindow == null ? Duration.ofMinutes(10) : brakeWindow;
        brakeHourlyShare = brakeHourlyShare == null ? 0.15 : Math.max(0, brakeHourlyShare);
        brakeHourlyMinimum = brakeHourlyMinimum <= 0 ? 6 : brakeHourlyMinimum;
        brakeDailyShare = brakeDailyShare == null ? 0.4 : Math.max(0, brakeDailyShare);
        brakeDailyMinimum = brakeDailyMinimum <= 0 ? 12 : brakeDailyMinimum;
        holdFor = holdFor == null ? Duration.ofHours(2) : holdFor;
        groupWindow = groupWindow == null ? Duration.ofHours(24) : groupWindow;
        groupMinimum = groupMinimum <= 0 ? 3 : groupMinimum;
    }
}
