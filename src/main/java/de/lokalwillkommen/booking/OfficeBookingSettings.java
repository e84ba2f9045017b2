package de.lokalwillkommen.booking;

public record OfficeBookingSettings(long officeId, int horizonDays, int leadMinutes, int walkInSharePercent) {

    public boolean isValid() {
        return horizonDays >= 1 && horizonDays <= 365 && leadMinutes >= 0 && leadMinutes <= 10080
                && walkInSharePercent >= 0 && walkInSharePercent <= 100;
    }
}
